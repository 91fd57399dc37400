import { z } from "zod";

import { IdSchema } from "@/lib/drafts/draft-schema";

// The drill form's single source of truth: the client shows these limits and checks
// with this schema; the server action re-parses with it (CONVENTIONS.md #4).
export const DRILL_LIMITS = {
  // A follow-up answer is a few spoken sentences; 2,000 characters is roughly a minute.
  answer: 2_000,
  // How many follow-up questions one drill asks.
  prompts: 8,
} as const;

/** "probe:<item id>" or the id of a common follow-up; checked against the rubric on the server. */
export const PromptIdSchema = z
  .string({ error: "Malformed question id." })
  .trim()
  .min(1, { error: "Malformed question id." })
  .max(80, { error: "Malformed question id." })
  .regex(/^[a-z0-9_:-]+$/i, { error: "Malformed question id." });

export const DrillAnswerTextSchema = z
  .string({ error: "The answer must be text." })
  .transform((value) => value.replaceAll("\u0000", "").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Write an answer before saving." })
      .max(DRILL_LIMITS.answer, {
        error: (issue) =>
          `This answer is ${String(issue.input).length.toLocaleString("en-US")} characters; the limit is ${DRILL_LIMITS.answer.toLocaleString("en-US")}. Trim it to the essentials.`,
      }),
  );

export const SaveDrillAnswerSchema = z.object({
  draftId: IdSchema,
  promptId: PromptIdSchema,
  answer: DrillAnswerTextSchema,
});
export type SaveDrillAnswerInput = z.infer<typeof SaveDrillAnswerSchema>;

export type DrillFieldErrors = Partial<Record<"answer" | "promptId" | "draftId", string[]>>;

export function drillFieldErrors(error: z.ZodError): DrillFieldErrors {
  return z.flattenError(error).fieldErrors as DrillFieldErrors;
}
