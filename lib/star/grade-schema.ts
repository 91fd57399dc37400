// zod/mini, like draft-schema.ts: the grade form on the review page validates with it too.
import { z } from "zod/mini";

import { IdSchema } from "@/lib/drafts/draft-schema";
import { ITEM_META } from "@/lib/rubric/items";
import { ITEM_IDS, type ItemId, type ItemStatus } from "@/lib/rubric/types";

// A reviewer's grade of a shared draft (issue 9 §3, docs/decisions/008-coach-grades.md): the
// form's schema, used by the grade form for instant errors and re-parsed by the server
// (CONVENTIONS.md #4). The limits live here and the form shows them.

export const GRADE_LIMITS = {
  /** Why the coach's label differs from the engine's: a sentence or two. */
  note: 280,
  /** The overall summary for the candidate: a short paragraph. */
  summary: 2000,
} as const;

/** The labels of shared/rubric/FORMAT.md, in the order the form offers them. */
export const GRADE_LABELS = ["met", "partial", "missing"] as const satisfies readonly ItemStatus[];

/** The overall grade of FORMAT.md: 1 (would fail the screen) to 5 (bar-raising). */
export const OVERALL_GRADES = [
  { value: 1, name: "Would fail the screen" },
  { value: 2, name: "Below the bar" },
  { value: 3, name: "Borderline" },
  { value: 4, name: "Clears the bar" },
  { value: 5, name: "Bar-raising" },
] as const;

export const LABEL_NAMES: Record<ItemStatus, string> = { met: "met", partial: "partly met", missing: "missing" };

const formatNumber = (n: number) => n.toLocaleString("en-US");

// NUL characters cannot be stored in PostgreSQL text and are invisible: dropped, not refused.
const text = (limit: number, tooLong: (length: number) => string) =>
  z.pipe(
    z.pipe(
      z.string({ error: "That field must be text." }),
      z.transform((value: string) => value.replaceAll("\u0000", "").trim()),
    ),
    z.string().check(z.maxLength(limit, { error: (issue) => tooLong(String(issue.input).length) })),
  );

export const GradeOverrideSchema = z
  .object({
    itemId: z.enum(ITEM_IDS, { error: "That checklist item does not exist. Reload the page and try again." }),
    label: z.enum(GRADE_LABELS, { error: "Choose met, partly met or missing." }),
    note: text(GRADE_LIMITS.note, (length) => `A note is ${formatNumber(length)} characters; the limit is ${GRADE_LIMITS.note}. Shorten it to save.`),
  })
  .check(
    z.superRefine((override, context) => {
      if (override.note.length === 0) {
        context.addIssue({
          code: "custom",
          path: ["note"],
          message: `Add a short note to "${ITEM_META[override.itemId].label}": why your label differs from the checklist's.`,
        });
      }
    }),
  );
export type GradeOverride = z.infer<typeof GradeOverrideSchema>;

export const GradeDraftSchema = z.object({
  draftId: IdSchema,
  // The version the coach read: a grade is refused when the draft moved on since, so it never
  // records a judgement of text the coach did not see.
  version: z.int({ error: "Reload the page and try again." }).check(z.positive()),
  overall: z
    .int({ error: "Choose an overall grade from 1 to 5." })
    .check(z.minimum(1, { error: "Choose an overall grade from 1 to 5." }), z.maximum(5, { error: "Choose an overall grade from 1 to 5." })),
  summary: z.pipe(
    text(GRADE_LIMITS.summary, (length) => `The summary is ${formatNumber(length)} characters; the limit is ${formatNumber(GRADE_LIMITS.summary)}. Shorten it to save.`),
    z.string().check(z.minLength(1, { error: "Write a short summary for the candidate." })),
  ),
  overrides: z
    .array(GradeOverrideSchema)
    .check(
      z.maxLength(ITEM_IDS.length),
      z.refine((list) => new Set(list.map((o) => o.itemId)).size === list.length, { error: "Each checklist item can have one label only." }),
    ),
});
export type GradeDraftInput = z.input<typeof GradeDraftSchema>;
export type GradeDraftData = z.output<typeof GradeDraftSchema>;

// What is stored in the grade's JSON columns, read back through these schemas so a row edited
// by hand cannot break a page.
export const StoredOverridesSchema = z.partialRecord(
  z.enum(ITEM_IDS),
  z.object({ label: z.enum(GRADE_LABELS), note: z.string() }),
);
export type StoredOverrides = Partial<Record<ItemId, { label: ItemStatus; note: string }>>;
export const StoredLabelsSchema = z.record(z.enum(ITEM_IDS), z.enum(GRADE_LABELS));
export type ItemLabels = Record<ItemId, ItemStatus>;
export const StoredTextSchema = z.object({
  title: z.string(),
  situation: z.string(),
  task: z.string(),
  actions: z.string(),
  results: z.string(),
});
export type GradedText = z.infer<typeof StoredTextSchema>;

// The JSON columns of a stored grade, parsed (a malformed column is a bug worth a loud error).
export const readOverrides = (json: string) => StoredOverridesSchema.parse(JSON.parse(json)) as StoredOverrides;
export const readLabels = (json: string) => StoredLabelsSchema.parse(JSON.parse(json)) as ItemLabels;
export const readGradedText = (json: string): GradedText => StoredTextSchema.parse(JSON.parse(json));
