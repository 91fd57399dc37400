import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { purgeDate } from "@/lib/drafts/story-bank-schema";
import { purgeExpiredTrash } from "@/lib/drafts/purge-trash.server";

export type TrashItem = {
  id: string;
  title: string;
  questionTitle: string;
  deletedAt: Date;
  /** When it will be removed for good. */
  purgeAt: Date;
};

/** The caller's deleted drafts, most recently deleted first, after purging expired ones. */
export async function listTrash(actor: Actor, now: Date = new Date()): Promise<TrashItem[]> {
  await purgeExpiredTrash(actor, now);
  const rows = await db.draft.findMany({
    where: draftAccess(actor, "edit", { state: "trashed" }),
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, deletedAt: true, question: { select: { title: true } } },
  });
  return rows.map((row) => {
    const deletedAt = row.deletedAt ?? now; // never null here: the `where` requires it
    return { id: row.id, title: row.title, questionTitle: row.question.title, deletedAt, purgeAt: purgeDate(deletedAt) };
  });
}
