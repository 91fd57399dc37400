import type { DraftSections } from "@/lib/drafts/draft-schema";

/**
 * The score the server stores with each saved version. Returns null until the
 * rubric engine (issue #3) is wired in; the UI shows "not scored yet" for null.
 */
export function scoreSections(_sections: DraftSections, _profile: string): number | null {
  return null;
}
