import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { Prisma } from "@/lib/generated/sqlite/client";

// Who may reach a draft, decided here and nowhere else (CONVENTIONS.md #14, issue 9 §1).
// Every query of a draft, or of a row that hangs off one (revisions, drill answers,
// rehearsals), spreads `draftAccess(...)` into its `where` instead of naming an owner itself,
// so a new role (a coach with a live share may read and comment) changes this one function.
//
// - "edit":    change the text, tags, lifecycle, drills and runs: the owner only.
// - "read":    see the draft and its history: the owner, or a reviewer with a live share.
// - "comment": annotate it: the owner, or a reviewer with a live share.
// A share is live while its `revokedAt` is null. It is read from the database on every
// request (nothing is cached in memory), so a revoke ends access at once on every instance
// (docs/decisions/007-sharing.md).
// A draft in the trash is out of reach of every page, action and export (issue 8); only the
// trash's own functions (list, restore, purge) ask for `state: "trashed"`.

export type DraftAccessMode = "read" | "edit" | "comment";

type AccessOptions = { draftId?: string; state?: "live" | "trashed" };

export function draftAccess(actor: Actor, mode: DraftAccessMode, options: AccessOptions = {}) {
  const { draftId, state = "live" } = options;
  const who = accessByMode[mode](actor);
  return {
    ...who,
    deletedAt: state === "live" ? null : { not: null },
    ...(draftId === undefined ? {} : { id: draftId }),
  } satisfies Prisma.DraftWhereInput;
}

const owner = (actor: Actor): Prisma.DraftWhereInput => ({ ownerId: actor.userId });

const ownerOrLiveShare = (actor: Actor): Prisma.DraftWhereInput => ({
  OR: [{ ownerId: actor.userId }, { shares: { some: { coachId: actor.userId, revokedAt: null } } }],
});

const accessByMode: Record<DraftAccessMode, (actor: Actor) => Prisma.DraftWhereInput> = {
  edit: owner,
  read: ownerOrLiveShare,
  comment: ownerOrLiveShare,
};

/**
 * The "edit" rule of `draftAccess` as a SQL condition on the `"Draft"` table, for the one
 * write done in SQL rather than through Prisma's query builder: the save
 * (lib/drafts/write-save.server.ts, issue 10), whose conditional UPDATE must check access in
 * the same statement that writes. Keep it equal to `draftAccess(actor, "edit")` for a live
 * draft: tests/integration/draft-access-sql.test.ts compares the two for every member of the
 * authorization cast.
 */
export function draftEditAccessSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`"Draft"."ownerId" = ${actor.userId} AND "Draft"."deletedAt" IS NULL`;
}

/** The one answer for a draft the caller may not reach: missing, trashed and not theirs look alike. */
export const DRAFT_NOT_FOUND = "That draft does not exist or is not yours.";
