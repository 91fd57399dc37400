import type { Prisma } from "@/lib/generated/sqlite/client";

// Who may reach a draft, decided in one place (CONVENTIONS.md #14): every query of a
// draft spreads one of these instead of writing its own `where`. A draft in the trash
// is not a draft any page, action or export can reach (issue 8); only the trash's own
// functions (restore, list, purge) use `trashedDraftWhere`.

/** The caller's own drafts that are not in the trash (archived ones included). */
export function liveDraftWhere(ownerId: string, draftId?: string) {
  return { ownerId, deletedAt: null, ...(draftId === undefined ? {} : { id: draftId }) } satisfies Prisma.DraftWhereInput;
}

/** The caller's own drafts in the trash. */
export function trashedDraftWhere(ownerId: string, draftId?: string) {
  return { ownerId, deletedAt: { not: null }, ...(draftId === undefined ? {} : { id: draftId }) } satisfies Prisma.DraftWhereInput;
}
