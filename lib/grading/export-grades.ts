// The rows behind `npm run -s export:grades` (scripts/export-grades.ts): every grade a reviewer
// gave, as one answer of a labeled corpus in the format of shared/rubric/FORMAT.md, plus a
// documented `provenance` object. The data to improve the rubric with (issue 9 §3). Not
// `server-only`, because the script imports it; nothing in the browser may (it reads the
// database directly: an operator's tool, like the backup, outside any user's access).
//
// Choices (docs/decisions/008-coach-grades.md):
//  - `sections` are the text of the version that was graded (stored with the grade), not the
//    draft's text today;
//  - `labels` hold every item id: the reviewer's label where they set one, otherwise the
//    engine's label of that same graded version (the reviewer saw it and let it stand);
//  - `grade` is the reviewer's overall grade;
//  - `kind` is derived, because reviewers are not asked for one: "unstructured" when at most
//    one section has text, "adjacent" when the candidate marked the example as adjacent to
//    storage, else by grade: 4-5 "strong", 3 "medium", 1-2 "weak". "stuffed" and "offtopic"
//    are never derived (the engine's gate would be its own opinion, not a label);
//  - drafts in the trash are left out.
import type { PrismaClient } from "@/lib/db";
import { type CorpusAnswer, CorpusAnswerSchema, type CorpusKind } from "@/lib/grading/corpus-answer-schema";
import { readGradedText, readLabels, readOverrides } from "@/lib/star/grade-schema";
import { ITEM_IDS, SECTION_KEYS, type ItemId, type ItemStatus, type Sections } from "@/lib/rubric/types";

export type ExportedGrade = CorpusAnswer & {
  provenance: {
    source: "gameday-coach-grade";
    gradeId: string;
    draftId: string;
    /** The draft version the reviewer read and graded. */
    draftVersion: number;
    gradedAt: string;
    /** The reviewer's user id (no name or e-mail). */
    coachId: string;
    questionId: string;
    profile: string;
    /** How `kind` was chosen: always "derived" here (see above). */
    kindSource: "derived";
    /** Which items carry the reviewer's own label; the rest are the engine's. */
    coachLabeled: ItemId[];
    /** The engine's label of every item and its total, for the graded version. */
    engineLabels: Record<ItemId, ItemStatus>;
    engineScore: number;
    /** The reviewer's words: their summary, and a note per item they labelled. */
    summary: string;
    notes: Partial<Record<ItemId, string>>;
  };
};

export function corpusKindOf(sections: Sections, adjacent: boolean, grade: number): CorpusKind {
  if (SECTION_KEYS.filter((key) => sections[key].trim()).length <= 1) return "unstructured";
  if (adjacent) return "adjacent";
  return grade >= 4 ? "strong" : grade === 3 ? "medium" : "weak";
}

const PAGE = 200;

/** Every grade of a live draft, oldest first, a page of rows at a time. */
export async function* exportGrades(client: PrismaClient): AsyncGenerator<ExportedGrade> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await client.draftGrade.findMany({
      where: { draft: { deletedAt: null } },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true,
        draftId: true,
        coachId: true,
        version: true,
        overall: true,
        summary: true,
        overrides: true,
        engineLabels: true,
        engineScore: true,
        gradedText: true,
        updatedAt: true,
        draft: { select: { adjacent: true, questionId: true, question: { select: { profile: true } } } },
      },
    });
    for (const row of rows) yield toCorpusAnswer(row);
    if (rows.length < PAGE) return;
    cursor = rows[rows.length - 1]!.id;
  }
}

type GradeRow = {
  id: string;
  draftId: string;
  coachId: string;
  version: number;
  overall: number;
  summary: string;
  overrides: string;
  engineLabels: string;
  engineScore: number;
  gradedText: string;
  updatedAt: Date;
  draft: { adjacent: boolean; questionId: string; question: { profile: string } };
};

export function toCorpusAnswer(row: GradeRow): ExportedGrade {
  const text = readGradedText(row.gradedText);
  const overrides = readOverrides(row.overrides);
  const engineLabels = readLabels(row.engineLabels);
  const sections: Sections = { situation: text.situation, task: text.task, actions: text.actions, results: text.results };
  const labels = Object.fromEntries(ITEM_IDS.map((id) => [id, overrides[id]?.label ?? engineLabels[id]])) as Record<ItemId, ItemStatus>;
  const coachLabeled = ITEM_IDS.filter((id) => overrides[id] !== undefined);
  const answer: ExportedGrade = {
    id: `grade-${row.id}`,
    kind: corpusKindOf(sections, row.draft.adjacent, row.overall),
    grade: row.overall,
    sections,
    labels,
    provenance: {
      source: "gameday-coach-grade",
      gradeId: row.id,
      draftId: row.draftId,
      draftVersion: row.version,
      gradedAt: row.updatedAt.toISOString(),
      coachId: row.coachId,
      questionId: row.draft.questionId,
      profile: row.draft.question.profile,
      kindSource: "derived",
      coachLabeled,
      engineLabels,
      engineScore: row.engineScore,
      summary: row.summary,
      notes: Object.fromEntries(coachLabeled.map((id) => [id, overrides[id]!.note])),
    },
  };
  // The line must be a valid corpus answer before it is written.
  CorpusAnswerSchema.parse(answer);
  return answer;
}
