import "server-only";

import { db } from "@/lib/db";
import { SECTION_KEYS, type DraftContent, type SaveDraftInput } from "@/lib/drafts/draft-schema";
import { scoreSections } from "@/lib/drafts/score-sections";
import { AppError } from "@/lib/errors";

export type DraftSnapshot = DraftContent & { version: number; updatedAt: Date };

export type SaveDraftResult =
  | { status: "saved"; version: number; savedAt: Date; score: number | null }
  | { status: "conflict"; current: DraftSnapshot };

const snapshotSelect = {
  title: true,
  situation: true,
  task: true,
  actions: true,
  results: true,
  version: true,
  updatedAt: true,
  score: true,
  question: { select: { profile: true } },
} as const;

function sameContent(a: DraftContent, b: DraftContent): boolean {
  return a.title === b.title && SECTION_KEYS.every((key) => a[key] === b[key]);
}

/**
 * Saves a draft the caller owns, with optimistic concurrency and idempotency:
 * - a save based on an old version is refused with the current content (nothing is overwritten);
 * - a save whose clientSaveId was already applied returns that result again;
 * - a save that changes the text bumps the version and records an immutable revision.
 * The input must already be parsed with SaveDraftSchema.
 */
export async function saveDraft(ownerId: string, input: SaveDraftInput): Promise<SaveDraftResult> {
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({
      where: { id: input.draftId, ownerId },
      select: snapshotSelect,
    });
    if (!draft) throw new AppError("not_found", "That draft does not exist or is not yours.");

    const replay = await tx.draftRevision.findUnique({
      where: { draftId_clientSaveId: { draftId: input.draftId, clientSaveId: input.clientSaveId } },
      select: { version: true, createdAt: true, score: true },
    });
    if (replay) return { status: "saved", version: replay.version, savedAt: replay.createdAt, score: replay.score };

    const { question, score: currentScore, ...current } = draft;
    if (draft.version !== input.baseVersion) return { status: "conflict", current };

    const content: DraftContent = {
      title: input.title,
      situation: input.situation,
      task: input.task,
      actions: input.actions,
      results: input.results,
    };
    if (sameContent(content, current)) {
      return { status: "saved", version: current.version, savedAt: current.updatedAt, score: currentScore };
    }

    const score = scoreSections(content, question.profile);
    const nextVersion = input.baseVersion + 1;
    const updated = await tx.draft.updateMany({
      where: { id: input.draftId, ownerId, version: input.baseVersion },
      data: { ...content, score, version: nextVersion },
    });
    if (updated.count === 0) {
      // Another save won the race between our read and our write.
      const latest = await tx.draft.findFirstOrThrow({ where: { id: input.draftId, ownerId }, select: snapshotSelect });
      const { question: _q, score: _s, ...latestContent } = latest;
      return { status: "conflict", current: latestContent };
    }
    const revision = await tx.draftRevision.create({
      data: { draftId: input.draftId, version: nextVersion, clientSaveId: input.clientSaveId, score, ...content },
      select: { createdAt: true },
    });
    return { status: "saved", version: nextVersion, savedAt: revision.createdAt, score };
  });
}
