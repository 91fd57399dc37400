import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { contentOf, DRAFT_CONTENT_SELECT, sameContent, type DraftSnapshot, type SaveDraftInput } from "@/lib/drafts/draft-schema";
import { removedCharacters } from "@/lib/drafts/removed-characters";
import { scoreSections } from "@/lib/drafts/score-sections";
import { draftSearchText } from "@/lib/drafts/search-text";
import { AppError } from "@/lib/errors";


export type SaveDraftResult =
  | { status: "saved"; version: number; savedAt: Date; score: number | null }
  | { status: "conflict"; current: DraftSnapshot<Date> };

/**
 * Autosave fires on every pause in typing. Saves that follow each other within this
 * window fold into the newest revision, so history shows one entry per burst of work
 * rather than one per pause.
 */
export const REVISION_BURST_MS = 2 * 60 * 1000;

/**
 * A folded save that takes away at least this many characters keeps the text it
 * replaced as a hidden step of the burst (source "step"), so a rewrite regretted a
 * minute later can still be restored. Typo fixes (a few characters) just fold.
 */
export const STEP_MIN_REMOVED = 8;

const snapshotSelect = {
  ...DRAFT_CONTENT_SELECT,
  version: true,
  updatedAt: true,
  score: true,
  question: { select: { profile: true } },
} as const;

/**
 * Saves a draft the caller owns, with optimistic concurrency and idempotency:
 * - a save whose text is already stored succeeds without a new version (a retry after
 *   a lost response, or two tabs typing the same thing);
 * - a save whose clientSaveId was already applied returns that result again;
 * - a save based on an old version is refused with the current content: nothing is overwritten;
 * - a save that changes the text bumps the version and records a revision (folded into
 *   the newest one when it belongs to the same burst of editing).
 * Scoring is CPU work, so it runs before the transaction: the write lock is held only
 * for the conditional update and the revision write (issue #8, point 0).
 * The input must already be parsed with SaveDraftSchema.
 */
export async function saveDraft(
  actor: Actor,
  input: SaveDraftInput,
  options: { source?: "edit" | "restore"; now?: Date } = {},
): Promise<SaveDraftResult> {
  const source = options.source ?? "edit";
  const draft = await db.draft.findFirst({ where: draftAccess(actor, "edit", { draftId: input.draftId }), select: { ...snapshotSelect, tags: true } });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  const { question, score: currentScore, tags, ...current } = draft;
  const content = contentOf(input);

  if (sameContent(content, current)) {
    return { status: "saved", version: current.version, savedAt: current.updatedAt, score: currentScore };
  }
  if (current.version !== input.baseVersion) {
    // Only a save whose version moved on can be a retry of one already applied (applying it
    // moved the version), so only then is its id looked up (issue 10: one query less per save).
    const replay = await db.draftRevision.findUnique({
      where: { draftId_clientSaveId: { draftId: input.draftId, clientSaveId: input.clientSaveId } },
      select: { version: true, updatedAt: true, score: true },
    });
    if (replay) return { status: "saved", version: replay.version, savedAt: replay.updatedAt, score: replay.score };
    return { status: "conflict", current };
  }

  const score = scoreSections(content, question.profile);
  const nextVersion = input.baseVersion + 1;
  const now = options.now ?? new Date();
  // The revision of baseVersion, read before the transaction so the write lock is held for
  // two statements only. Safe: only the one save that moves the draft past baseVersion (the
  // conditional update below) ever changes this row, and if that is not us we change nothing.
  const head = await db.draftRevision.findFirst({
    where: { draftId: input.draftId, version: input.baseVersion },
    select: { id: true, source: true, createdAt: true, sealedAt: true },
  });

  return db.$transaction(async (tx) => {
    // The version in the `where` makes this the only writer of baseVersion + 1.
    const updated = await tx.draft.updateMany({
      where: { ...draftAccess(actor, "edit", { draftId: input.draftId }), version: input.baseVersion },
      // searchText uses the tags read above: a tag edit landing in between is folded in by the
      // next save (tags are filtered on their own column, so only free text could miss it).
      data: { ...content, score, version: nextVersion, searchText: draftSearchText({ ...content, tags }) },
    });
    if (updated.count === 0) {
      // Another save won the race since we read the draft.
      const latest = await tx.draft.findFirstOrThrow({ where: draftAccess(actor, "edit", { draftId: input.draftId }), select: snapshotSelect });
      return { status: "conflict", current: { ...contentOf(latest), version: latest.version, updatedAt: latest.updatedAt } };
    }

    const snapshot = { ...content, version: nextVersion, clientSaveId: input.clientSaveId, score };
    const select = { updatedAt: true } as const;
    const newRevision = (createdAt: Date) =>
      tx.draftRevision.create({ data: { ...snapshot, draftId: input.draftId, source, createdAt }, select });
    // A sealed revision (a review comment points at it, docs/decisions/009-review-comments.md)
    // ends its burst: nothing folds into it, so the text the comment quotes stays as it was.
    const sameBurst =
      source === "edit" && head?.source === "edit" && head.sealedAt === null && now.getTime() - head.createdAt.getTime() < REVISION_BURST_MS;
    // The fold and the step below touch the head only while it is still unsealed: a comment
    // may seal it between our read and this write, and then the save starts a new revision.
    const unsealedHead = head ? { id: head.id, sealedAt: null } : undefined;
    let revision: { updatedAt: Date };
    if (!sameBurst || !unsealedHead) {
      revision = await newRevision(now);
    } else if (removedCharacters(current, content) >= STEP_MIN_REMOVED) {
      // Keep the replaced text as a hidden step; the burst goes on in a new revision
      // that starts when the burst started, so the window is unchanged.
      const stepped = await tx.draftRevision.updateMany({ where: unsealedHead, data: { source: "step" } });
      revision = await newRevision(stepped.count === 1 ? head!.createdAt : now);
    } else {
      const folded = await tx.draftRevision.updateMany({ where: unsealedHead, data: snapshot });
      revision = folded.count === 1 ? await tx.draftRevision.findUniqueOrThrow({ where: { id: unsealedHead.id }, select }) : await newRevision(now);
    }
    return { status: "saved", version: nextVersion, savedAt: revision.updatedAt, score };
  });
}
