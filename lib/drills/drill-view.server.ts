import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { getDraft } from "@/lib/drafts/queries.server";
import type { DrillAnswerView } from "@/lib/drills/drill-answer-view";
import { buildDrillPrompts } from "@/lib/drills/drill-prompts";
import { listDrillAnswers } from "@/lib/drills/list-drill-answers.server";
import { RUBRIC_ITEMS, scoreDraft } from "@/lib/rubric";

// What the follow-up drill page shows (CONVENTIONS.md #17): the questions the draft's
// current score calls for, each with its saved answer, and answers to questions the drill
// no longer asks (the draft has since covered them), which stay visible.

export type DrillQuestionView = {
  promptId: string;
  question: string;
  heading: string;
  targetLabels: string[];
  saved: DrillAnswerView | null;
};

export type DrillView = {
  draft: { id: string; title: string; questionTitle: string };
  /** Rubric item id -> label, for the checklist under each answer. */
  labels: Record<string, string>;
  questions: DrillQuestionView[];
  earlier: DrillQuestionView[];
  answeredNow: number;
};

const LABELS: Record<string, string> = Object.fromEntries(RUBRIC_ITEMS.map((item) => [item.id, item.label]));
const labelOf = (id: string) => LABELS[id] ?? id;

export async function getDrillView(actor: Actor, draftId: string): Promise<DrillView> {
  const draft = await getDraft(actor, draftId, "edit");
  const { situation, task, actions, results } = draft;
  const prompts = buildDrillPrompts(scoreDraft({ situation, task, actions, results }, { profile: draft.question.profile }));
  const answers = await listDrillAnswers(actor, draft.id);
  const answerFor = new Map(answers.map((answer) => [answer.promptId, answer]));
  const questions = prompts.map((prompt, index) => ({
    promptId: prompt.id,
    question: prompt.question,
    heading: `Question ${index + 1} of ${prompts.length}${prompt.kind === "probe" ? " · a gap in your draft" : " · asked of most answers"}`,
    targetLabels: prompt.targets.map(labelOf),
    saved: answerFor.get(prompt.id) ?? null,
  }));
  const earlier = answers
    .filter((answer) => !prompts.some((prompt) => prompt.id === answer.promptId))
    .map((answer) => ({
      promptId: answer.promptId,
      question: answer.question,
      heading: "Earlier question",
      targetLabels: answer.statuses.map((status) => labelOf(status.id)),
      saved: answer,
    }));
  return {
    draft: { id: draft.id, title: draft.title, questionTitle: draft.question.title },
    labels: LABELS,
    questions,
    earlier,
    answeredNow: questions.filter((question) => question.saved !== null).length,
  };
}
