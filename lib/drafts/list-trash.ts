import "server-only";

import { db } from "@/lib/db";
import { trashedDraftWhere } from "@/lib/drafts/draft-access";
import { purgeDate } from "@/lib/drafts/lifecycle-schema";
import { purgeExpiredTrash } from "@/lib/drafts/purge-trash";

export type TrashItem = {
  id: string;
  title: string;
  questionTitle: string;
  deletedAt: Date;
  /** When it will be removed for good. */
  purgeAt: Date;
};

/** The caller's deleted drafts, most recently deleted first, after purging expired ones. */
export async function listTrash(ownerId: string, now: Date = new Date()): Promise<TrashItem[]> {
  await purgeExpiredTrash(ownerId, now);
  const rows = await db.draft.findMany({
    where: trashedDraftWhere(ownerId),
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, deletedAt: true, question: { select: { title: true } } },
  });
  return rows.map((row) => {
    const deletedAt = row.deletedAt ?? now; // never null here: the `where` requires it
    return { id: row.id, title: row.title, questionTitle: row.question.title, deletedAt, purgeAt: purgeDate(deletedAt) };
  });
}
