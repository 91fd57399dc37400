import { z } from "zod";

import { DRAFT_LIMITS, IdSchema } from "@/lib/drafts/draft-schema";

// Tags and story-bank filters: one schema each, shared by the forms and the server.
export const TAG_LIMITS = { count: 8, length: 24 } as const;
export const SEARCH_LIMIT = 100;

const TAG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} +#._/-]*$/u;

/** "Postgres, on-call ,postgres" → ["postgres", "on-call"]: trimmed, lower-cased, de-duplicated. */
export function splitTagInput(input: string): string[] {
  const tags = input
    .split(",")
    .map((tag) => tag.trim().replace(/\s+/g, " ").toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Draft.tags as stored (comma-joined) → list. Tolerates anything an older version stored. */
export function parseStoredTags(stored: string): string[] {
  return splitTagInput(stored);
}

export const TagListSchema = z
  .string({ error: "Tags must be text." })
  .max(1_000, { error: "That is far too many tags." })
  .transform(splitTagInput)
  .pipe(
    z
      .array(
        z
          .string()
          .max(TAG_LIMITS.length, { error: (issue) => `“${String(issue.input)}” is longer than ${TAG_LIMITS.length} characters.` })
          .regex(TAG_PATTERN, {
            error: (issue) => `“${String(issue.input)}” may only use letters, digits, spaces and + # . _ / -.`,
          }),
      )
      .max(TAG_LIMITS.count, { error: `Keep it to ${TAG_LIMITS.count} tags or fewer.` }),
  );

export const UpdateTagsSchema = z.object({
  draftId: IdSchema,
  tags: TagListSchema,
});
export type UpdateTagsInput = z.input<typeof UpdateTagsSchema>;

const COPY_SUFFIX = " (copy)";

/** "<title> (copy)", shortening the title so the result stays within the title limit. */
export function copyTitle(title: string): string {
  const room = DRAFT_LIMITS.title - COPY_SUFFIX.length;
  return `${title.length > room ? title.slice(0, room).trimEnd() : title}${COPY_SUFFIX}`;
}

export const DuplicateDraftSchema = z.object({
  draftId: IdSchema,
  questionId: IdSchema,
});

const optionalParam = (max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim().slice(0, max) || undefined);

/** GET parameters of the drafts page; anything malformed is ignored rather than an error. */
export const StoryBankFiltersSchema = z.object({
  q: optionalParam(SEARCH_LIMIT),
  tag: optionalParam(TAG_LIMITS.length).transform((tag) => tag?.toLowerCase()),
  question: optionalParam(64),
  // Which list: the active drafts (default) or the archived ones.
  show: optionalParam(16).transform((show) => (show === "archived" ? ("archived" as const) : undefined)),
});
export type StoryBankFilters = { q?: string; tag?: string; question?: string; show?: "archived" };

export function parseStoryBankFilters(params: Record<string, string | string[] | undefined>): StoryBankFilters {
  const parsed = StoryBankFiltersSchema.safeParse(params);
  return parsed.success ? parsed.data : {};
}

// ── Lifecycle: delete (to the trash), restore and archive ──
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

/** A lifecycle button's form: the draft and the list it was pressed in. */
export const LifecycleFormSchema = DraftIdInputSchema.extend({ view: ListViewSchema });
export const SetArchivedFormSchema = SetArchivedSchema.extend({ view: ListViewSchema });
