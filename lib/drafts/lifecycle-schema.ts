import { z } from "zod";

import { IdSchema } from "@/lib/drafts/draft-schema";

// Delete (to the trash), restore and archive: one schema per form, shared by the
// buttons and re-parsed by the server actions and lib functions (CONVENTIONS.md #4).

/** Days a deleted draft stays in the trash before it is removed for good. */
export const TRASH_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a draft deleted at `deletedAt` is removed for good. */
export function purgeDate(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + TRASH_RETENTION_DAYS * DAY_MS);
}

/** Drafts deleted before this moment are due to be removed. */
export function purgeCutoff(now: Date): Date {
  return new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS);
}

export const DraftIdInputSchema = z.object({ draftId: IdSchema });

export const SetArchivedSchema = z.object({
  draftId: IdSchema,
  // Form fields arrive as text.
  archived: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});

/** Which list a lifecycle button was pressed in, so the action returns there. */
export const ListViewSchema = z.enum(["active", "archived", "trash"]).catch("active");
export type ListView = z.infer<typeof ListViewSchema>;
