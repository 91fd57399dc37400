import type { DraftSections } from "@/lib/drafts/draft-schema";
import { scoreDraft, type DraftScore } from "@/lib/rubric";

/**
 * The score the server stores with each saved version: the same engine the browser
 * runs for live feedback, so the list and the editor agree.
 */
export function scoreSections(sections: DraftSections, profile: string): number {
  const { situation, task, actions, results } = sections;
  return scoreDraft({ situation, task, actions, results }, { profile }).total;
}

/** The whole score of a saved draft, for the editor's first render (its worker scores after that). */
export function scoreForEditor(sections: DraftSections, profile: string): DraftScore {
  const { situation, task, actions, results } = sections;
  return scoreDraft({ situation, task, actions, results }, { profile });
}
