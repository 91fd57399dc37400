import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess, draftEditAccessSql, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { contentOf, DRAFT_CONTENT_SELECT, sameContent, type DraftSnapshot, type SaveDraftInput } from "@/lib/drafts/draft-schema";
import { removedCharacters } from "@/lib/drafts/removed-characters";
import { scoreSections } from "@/lib/drafts/score-sections";
import { draftSearchText } from "@/lib/drafts/search-text";
import { writeSave, type RevisionWrite } from "@/lib/drafts/write-save.server";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";


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

const snapshotSelect = { ...DRAFT_CONTENT_SELECT, version: true, updatedAt: true } as const;

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
  const draft = await readForSave(actor, input.draftId, input.baseVersion);
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  const { profile, score: currentScore, tags, head, ...current } = draft;
  const content = contentOf(input);

  if (sameContent(content, current)) {
    return { status: "saved", version: current.version, savedAt: current.updatedAt, score: currentScore };
  }
  if (current.version !== input.baseVersion) return replayOrConflict(actor, input, current);

  const score = scoreSections(content, profile);
  const now = options.now ?? new Date();
  // The head (the revision of baseVersion) was read with the draft, before the write. Safe: only the one save that moves the
  // draft past baseVersion (the conditional write) ever changes this row, and if that is not
  // us we change nothing; a comment sealing it in between is re-checked inside the write.
  // A sealed revision (a review comment points at it, docs/decisions/009-review-comments.md)
  // ends its burst: nothing folds into it, so the text the comment quotes stays as it was.
  const sameBurst =
    source === "edit" && head?.source === "edit" && head.sealedAt === null && now.getTime() - head.createdAt.getTime() < REVISION_BURST_MS;
  const revision: RevisionWrite = !sameBurst
    ? { kind: "new" }
    : removedCharacters(current, content) >= STEP_MIN_REMOVED
      ? // Keep the replaced text as a hidden step; the burst goes on in a new revision that
        // starts when the burst started, so the window is unchanged.
        { kind: "step", headId: head.id, headCreatedAt: head.createdAt }
      : { kind: "fold", headId: head.id };
  const stamp = new Date();
  const applied = await writeSave(actor, {
    draftId: input.draftId,
    baseVersion: input.baseVersion,
    content,
    score,
    // searchText uses the tags read above: a tag edit landing in between is folded in by the
    // next save (tags are filtered on their own column, so only free text could miss it).
    searchText: draftSearchText({ ...content, tags }),
    clientSaveId: input.clientSaveId,
    source,
    revision,
    startedAt: now,
    stamp,
  });
  // Not applied: another save won the race since we read the draft (or it went away).
  if (!applied) return replayOrConflict(actor, input, null);
  return { status: "saved", version: input.baseVersion + 1, savedAt: stamp, score };
}

type ReadRow = {
  title: string; situation: string; task: string; actions: string; results: string;
  version: number | bigint; updatedAt: Date | string; score: number | bigint | null; tags: string; profile: string;
  headId: string | null; headSource: string | null; headCreatedAt: Date | string | null; headSealedAt: Date | string | null;
};

/**
 * What a save needs, in ONE statement (issue 10: on PostgreSQL each statement is a round trip,
 * and Prisma's nested select sent three): the draft as this actor may edit it (the access rule
 * of `draftAccess(actor, "edit")` as SQL, `draftEditAccessSql`), its question's rubric profile,
 * and the revision of baseVersion, the head the write may fold into. Null: not found for them.
 */
async function readForSave(actor: Actor, draftId: string, baseVersion: number) {
  const [row] = await db.$queryRaw<ReadRow[]>(Prisma.sql`
    SELECT "Draft"."title", "Draft"."situation", "Draft"."task", "Draft"."actions", "Draft"."results", "Draft"."version",
      "Draft"."updatedAt", "Draft"."score", "Draft"."tags", "Question"."profile",
      "DraftRevision"."id" AS "headId", "DraftRevision"."source" AS "headSource",
      "DraftRevision"."createdAt" AS "headCreatedAt", "DraftRevision"."sealedAt" AS "headSealedAt"
    FROM "Draft"
    JOIN "Question" ON "Question"."id" = "Draft"."questionId"
    LEFT JOIN "DraftRevision" ON "DraftRevision"."draftId" = "Draft"."id" AND "DraftRevision"."version" = ${baseVersion}
    WHERE "Draft"."id" = ${draftId} AND ${draftEditAccessSql(actor)}`);
  if (!row) return null;
  const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
  return {
    ...contentOf(row),
    version: Number(row.version),
    updatedAt: date(row.updatedAt),
    score: row.score === null ? null : Number(row.score),
    tags: row.tags,
    profile: row.profile,
    head:
      row.headId === null
        ? undefined
        : { id: row.headId, source: row.headSource, createdAt: date(row.headCreatedAt!), sealedAt: row.headSealedAt === null ? null : date(row.headSealedAt) },
  };
}

/**
 * A save whose base version is no longer the draft's. Only a save whose version moved on can
 * be a retry of one already applied (applying it moved the version), so only then is its id
 * looked up (issue 10: one query less per save); otherwise the caller is told who won, with
 * the winner's text (`current`, or read now when the race was lost inside the write).
 */
async function replayOrConflict(actor: Actor, input: SaveDraftInput, current: DraftSnapshot<Date> | null): Promise<SaveDraftResult> {
  const replay = await db.draftRevision.findUnique({
    where: { draftId_clientSaveId: { draftId: input.draftId, clientSaveId: input.clientSaveId } },
    select: { version: true, updatedAt: true, score: true },
  });
  if (replay) return { status: "saved", version: replay.version, savedAt: replay.updatedAt, score: replay.score };
  if (current) return { status: "conflict", current };
  const latest = await db.draft.findFirst({ where: draftAccess(actor, "edit", { draftId: input.draftId }), select: snapshotSelect });
  if (!latest) throw new AppError("not_found", DRAFT_NOT_FOUND);
  return { status: "conflict", current: { ...contentOf(latest), version: latest.version, updatedAt: latest.updatedAt } };
}
