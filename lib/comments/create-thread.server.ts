import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import type { CreateThreadInput } from "@/lib/star/comment-schema";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { AppError } from "@/lib/errors";

export const DRAFT_MOVED_ON =
  "The candidate changed the draft since you opened it, so those words are not where you selected them. Reload the page to comment on the newest version; copy your comment first.";

/**
 * A reviewer starts a thread on a span of one section of the version they read. The
 * revision of that version is sealed in the same transaction (a later save never rewrites
 * it, lib/drafts/save-draft.server.ts), so the quoted words stay exactly as they were; the
 * quote the browser sent must be what that revision holds between start and end.
 */
export async function createThread(actor: Actor, input: CreateThreadInput, now = new Date()) {
  try {
    return await createThreadOnce(actor, input, now);
  } catch (error) {
    // Two first comments on a draft with no revision of its version yet both made one; the
    // loser finds the winner's row on the second try.
    if (isUniqueViolation(error)) return createThreadOnce(actor, input, now);
    throw error;
  }
}

async function createThreadOnce(actor: Actor, input: CreateThreadInput, now: Date) {
  const { draftId, version, section, start, end, quote, body } = input;
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, "comment", { draftId }),
    select: { id: true, ownerId: true, version: true, score: true, ...DRAFT_CONTENT_SELECT },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  if (draft.ownerId === actor.userId) {
    throw new AppError("bad_request", "Comments are how reviewers talk to you: reply to theirs, or change your text in the editor.");
  }

  return db.$transaction(async (tx) => {
    // Seal the revision of that version if it is still that version (a save may fold it
    // forward at the same moment: then exactly one of the two conditional writes wins).
    await tx.draftRevision.updateMany({ where: { draftId, version, sealedAt: null }, data: { sealedAt: now } });
    let revision = await tx.draftRevision.findFirst({ where: { draftId, version }, select: { id: true, sealedAt: true, ...DRAFT_CONTENT_SELECT } });
    if (!revision) {
      // No row holds that version: either the draft never had one (made before its first
      // save) or a save folded it forward. The draft we read is that version's text only if
      // it was still at that version when we read it.
      if (draft.version !== version) throw new AppError("conflict", DRAFT_MOVED_ON);
      const { title, situation, task, actions, results } = draft;
      revision = await tx.draftRevision.create({
        data: { draftId, version, title, situation, task, actions, results, score: draft.score, source: "edit", sealedAt: now },
        select: { id: true, sealedAt: true, ...DRAFT_CONTENT_SELECT },
      });
    }
    const text = revision[section];
    if (end > text.length || text.slice(start, end) !== quote) throw new AppError("conflict", DRAFT_MOVED_ON);

    return tx.commentThread.create({
      data: {
        draftId,
        authorId: actor.userId,
        revisionId: revision.id,
        version,
        section,
        start,
        end,
        quote,
        createdAt: now,
        lastActivityAt: now,
        comments: { create: { authorId: actor.userId, body, createdAt: now } },
      },
      select: { id: true },
    });
  });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
