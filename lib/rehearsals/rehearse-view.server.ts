import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { getDraft } from "@/lib/drafts/queries.server";
import type { RehearsalView } from "@/lib/rehearsals/record-rehearsal.server";
import { listRehearsals } from "@/lib/rehearsals/list-rehearsals.server";
import { buildOutline, type OutlineSection } from "@/lib/rehearsals/outline";
import { scoreDraft } from "@/lib/rubric";

// What the rehearsal page shows (CONVENTIONS.md #17): the outline built from the draft and
// its score, the word count the editor shows too, and the past runs.

export type RehearseView = {
  draft: { id: string; title: string };
  outline: OutlineSection[];
  totalWords: number;
  empty: boolean;
  runs: RehearsalView[];
};

export async function getRehearseView(actor: Actor, draftId: string): Promise<RehearseView> {
  const draft = await getDraft(actor, draftId, "edit");
  const sections = { situation: draft.situation, task: draft.task, actions: draft.actions, results: draft.results };
  const score = scoreDraft(sections, { profile: draft.question.profile });
  const outline = buildOutline(sections, score);
  const runs = await listRehearsals(actor, draft.id);
  return {
    draft: { id: draft.id, title: draft.title },
    outline,
    totalWords: score.delivery.words.total,
    empty: outline.every((section) => section.words === 0),
    runs,
  };
}
