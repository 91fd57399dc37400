import { z } from "zod";

import { GRADE_LABELS } from "@/lib/star/grade-schema";
import { ITEM_IDS, SECTION_KEYS } from "@/lib/rubric/types";

// One answer of a labeled corpus, exactly as shared/rubric/FORMAT.md describes it, strict:
// every section a string, `kind` one of FORMAT's seven, `grade` 1-5, and `labels` holding
// every item id of ITEMS.md. `npm run export:grades` checks each line against it before
// writing, and the tests hold the shared devset to it too.

export const CORPUS_KINDS = ["strong", "medium", "weak", "adjacent", "stuffed", "offtopic", "unstructured"] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];

export const CorpusAnswerSchema = z.looseObject({
  id: z.string().min(1),
  kind: z.enum(CORPUS_KINDS),
  grade: z.number().int().min(1).max(5),
  sections: z.object(Object.fromEntries(SECTION_KEYS.map((key) => [key, z.string()])) as Record<(typeof SECTION_KEYS)[number], z.ZodString>),
  labels: z.record(z.enum(ITEM_IDS), z.enum(GRADE_LABELS)),
});
export type CorpusAnswer = z.infer<typeof CorpusAnswerSchema>;
