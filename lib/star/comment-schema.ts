import { z } from "zod/mini";

import { DRAFT_LIMITS, IdSchema, SECTION_KEYS } from "@/lib/drafts/draft-schema";

// Inputs of the review-comment actions (issue 9 §3, docs/decisions/009-review-comments.md),
// shared by the client forms (instant errors, the limit shown under the box) and the server,
// which parses them again. Ids and offsets name rows and characters the server looks up again
// through the access layer and checks against the stored text; none is trusted on its own.

export const COMMENT_LIMITS = {
  /** The most a comment or a reply may say. */
  body: 2_000,
} as const;

// zod/mini, like draft-schema.ts: the review page's client code validates with it too.
export const CommentBodySchema = z.pipe(
  z.pipe(
    z.string({ error: "A comment must be text." }),
    z.transform((value: string) => value.replaceAll("\u0000", "").trim()),
  ),
  z.string().check(
    z.minLength(1, { error: "Write something before sending." }),
    z.maxLength(COMMENT_LIMITS.body, {
      error: (issue) =>
        `That comment is ${String(issue.input).length.toLocaleString("en-US")} characters; the limit is ${COMMENT_LIMITS.body.toLocaleString("en-US")}. Shorten it to send.`,
    }),
  ),
);

const offset = z.int({ error: "The selection could not be read." }).check(z.minimum(0), z.maximum(DRAFT_LIMITS.section));

/**
 * A new thread: the span of one section of the version the reviewer was reading, the words
 * they selected (checked against the stored text) and what they say about them. An empty
 * span (start = end = 0, quote "") comments on the whole section.
 */
export const CreateThreadSchema = z
  .object({
    draftId: IdSchema,
    version: z.int({ error: "The draft's version could not be read." }).check(z.positive()),
    section: z.enum(SECTION_KEYS, { error: "Choose a section to comment on." }),
    start: offset,
    end: offset,
    quote: z.string({ error: "The selection could not be read." }).check(z.maxLength(DRAFT_LIMITS.section)),
    body: CommentBodySchema,
  })
  .check(
    z.refine((input) => input.end >= input.start && input.quote.length === input.end - input.start, {
      error: "The selection could not be read. Select the words again.",
    }),
  );
export type CreateThreadInput = z.output<typeof CreateThreadSchema>;

export const ReplySchema = z.object({ draftId: IdSchema, threadId: IdSchema, body: CommentBodySchema });
export type ReplyInput = z.output<typeof ReplySchema>;

export const SetThreadResolvedSchema = z.object({
  draftId: IdSchema,
  threadId: IdSchema,
  resolved: z.boolean({ error: "Say whether the thread is resolved." }),
});
export type SetThreadResolvedInput = z.output<typeof SetThreadResolvedSchema>;

/** The one answer for a thread the caller may not reach: missing and not theirs look alike. */
export const THREAD_NOT_FOUND = "That comment does not exist, or you no longer have access to it.";
