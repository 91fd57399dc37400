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

/** Whether a tag could have been stored (the tag filter of the URL may hold anything). */
export function isStorableTag(tag: string): boolean {
  return tag.length <= TAG_LIMITS.length && TAG_PATTERN.test(tag);
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

// ── Paging: keyset cursors on (updatedAt desc, id desc) (docs/decisions/010-story-bank-paging.md) ──

/** Stories per page of the story bank. */
export const STORY_BANK_PAGE_SIZE = 25;

/** A position in the story bank: the edit time (epoch ms) and id of the story on the edge of a page. */
export type StoryBankCursor = { updatedAt: Date; id: string };
/** Which page: the first, the one after (`older`) a cursor or the one before (`newer`) it. */
export type StoryBankPage = { direction: "older" | "newer"; cursor: StoryBankCursor } | undefined;

const CURSOR_PATTERN = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/;

/** `1764680000000.cmabc123`: what `?after=` / `?before=` carry. */
export function encodeCursor(row: { updatedAt: Date; id: string }): string {
  return `${row.updatedAt.getTime()}.${row.id}`;
}

/**
 * A cursor from the URL. It only says where to start in the caller's own list (the query
 * still names the owner), so a forged one can at worst show a different page of their own
 * stories; anything malformed is ignored and the first page is shown.
 */
export const StoryBankCursorSchema = z
  .string()
  .max(90)
  .regex(CURSOR_PATTERN)
  .transform((value, ctx) => {
    const [, ms, id] = CURSOR_PATTERN.exec(value)!;
    const updatedAt = new Date(Number(ms));
    if (Number.isNaN(updatedAt.getTime())) {
      ctx.addIssue({ code: "custom", message: "Malformed cursor." });
      return z.NEVER;
    }
    return { updatedAt, id: id! } satisfies StoryBankCursor;
  });

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** `?after=<cursor>` (older stories) or `?before=<cursor>` (newer ones); the first page otherwise. */
export function parseStoryBankPage(params: Record<string, string | string[] | undefined>): StoryBankPage {
  for (const [key, direction] of [["after", "older"], ["before", "newer"]] as const) {
    const raw = firstOf(params[key]);
    if (raw === undefined) continue;
    const parsed = StoryBankCursorSchema.safeParse(raw);
    return parsed.success ? { direction, cursor: parsed.data } : undefined;
  }
  return undefined;
}

/** The drafts page URL for these filters, optionally at a page: every control is a plain link. */
export function storyBankHref(filters: StoryBankFilters, page?: { after: string } | { before: string }): string {
  const params = new URLSearchParams();
  if (filters.show) params.set("show", filters.show);
  if (filters.q) params.set("q", filters.q);
  if (filters.tag) params.set("tag", filters.tag);
  if (filters.question) params.set("question", filters.question);
  if (page && "after" in page) params.set("after", page.after);
  if (page && "before" in page) params.set("before", page.before);
  const query = params.toString();
  return query ? `/drafts?${query}` : "/drafts";
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
