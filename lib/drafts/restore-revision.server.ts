import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { contentOf, sameContent, DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { scoreSections } from "@/lib/drafts/score-sections";
import { draftSearchText } from "@/lib/drafts/search-text";
import { AppError } from "@/lib/errors";

export type RestoreResult = {
  /** The draft's version after the restore. */
  version: number;
  /** The version whose text was copied. */
  restoredFrom: number;
  /** False when the draft already held exactly that text (nothing was written). */
  changed: boolean;
};

/**
 * Brings back an earlier version of a draft as a new version: the old text is copied
 * into the draft, the version goes up by one and a revision with source "restore" is
 * recorded, so nothing in between is lost and an editor open on the old version sees
 * a conflict instead of overwriting the restore. Ownership is part of every `where`:
 * a revision of someone else's draft is simply not found.
 */
export async function restoreRevision(actor: Actor, draftId: string, revisionId: string): Promise<RestoreResult> {
  // Reads and scoring happen before the transaction; the version check in the update
  // keeps it safe, and the write lock is held only for the two writes.
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, "edit", { draftId }),
    select: { version: true, tags: true, ...DRAFT_CONTENT_SELECT, question: { select: { profile: true } } },
  });
  const revision = await db.draftRevision.findFirst({
    where: { id: revisionId, draftId, draft: draftAccess(actor, "edit") },
    select: { version: true, ...DRAFT_CONTENT_SELECT },
  });
  if (!draft || !revision) throw new AppError("not_found", "That version does not exist or is not yours.");

  const content = contentOf(revision);
  if (sameContent(content, contentOf(draft))) return { version: draft.version, restoredFrom: revision.version, changed: false };

  const score = scoreSections(content, draft.question.profile);
  const version = draft.version + 1;
  return db.$transaction(async (tx) => {
    const updated = await tx.draft.updateMany({
      where: { ...draftAccess(actor, "edit", { draftId }), version: draft.version },
      data: { ...content, score, version, searchText: draftSearchText({ ...content, tags: draft.tags }) },
    });
    if (updated.count === 0) {
      // A save landed between our read and our write; the candidate decides again.
      throw new AppError("conflict", "The draft was saved while restoring. Reload the history and try again.");
    }
    await tx.draftRevision.create({ data: { ...content, draftId, version, score, source: "restore" } });
    return { version, restoredFrom: revision.version, changed: true };
  });
}
