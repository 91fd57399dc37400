/**
 * Gameday rubric engine: explainable scoring of an infra-ownership answer against the
 * probe checklist of shared/rubric/ITEMS.md. Pure TypeScript: runs the same in the
 * browser, on the server and in the CLI. Design: docs/decisions/002-rubric-engine.md.
 *
 * Public API (stable; add, don't rename):
 *
 *   scoreDraft(sections: Partial<Sections>, options?: { profile?: string | QuestionProfile; learned?: false }): DraftScore
 *     The rules decide first; the learned sentence layer (learned.ts, weights in
 *     learned-model.ts) may then meet an item the rules missed, with the words that carried it
 *     as evidence. `learned: false` scores with the rules alone.
 *     sections = { situation, task, actions, results } (strings; missing ones count as empty).
 *     Never throws. Result:
 *       total      0–100 (weighted: met = 1, partial = PARTIAL_CREDIT; times focus.factor; capped for stuffing/off-topic)
 *       items      { [ItemId]: { id, status: "met"|"partial"|"missing", evidence: Evidence[],
 *                                message?, probe?, weight } }   message/probe only when not met
 *       sections   { situation|task|actions|results|any: { score, max, percent } }  per home section
 *       gate       { kind: "ok" } | { kind: "empty"|"stuffed"|"offtopic", message }
 *       focus      { offQuestion: 0–1 | null, factor, message? }: how far the whole answer reads as a story
 *                  about something other than an infrastructure component one owned (the answer rows'
 *                  off-question row, 120+ words), and the share of the total it keeps
 *       adjacent   { detected, comparesToStorage, evidence, message? }
 *       delivery   { words{per section,total}, speakingSeconds, length, firstPerson{i,we,iShare,verdict},
 *                    balance{shares,largest,actionsLargest}, confidentiality{flagged,findings}, notes }
 *       profile    the profile id used
 *     Evidence = { section, start, end, text }: start/end are exact UTF-16 indexes into the
 *     string the caller passed for that section, so `sections[section].slice(start, end) === text`.
 *
 *   scoreFollowUp(text: string, itemIds: readonly string[], options?): FollowUpScore
 *     Scores a short drill answer for the targeted items only: { items, total }.
 *     Evidence spans point into `text`, with section "answer".
 *
 *   RUBRIC_ITEMS      ordered item metadata: { id, section, label, weight, description }
 *   QUESTION_PROFILES the seed question ("infra-ownership", the default) and four related ones,
 *                     each { id, title, question, weights } (weight overrides per item)
 *   FOLLOW_UPS        common follow-up questions: { id, question, targets: ItemId[] }
 */

export { scoreDraft, scoreFollowUp, PARTIAL_CREDIT, STUFFED_CAP, OFFTOPIC_CAP, type ScoreOptions } from "./engine";
export { QUESTION_PROFILES, DEFAULT_PROFILE_ID, type QuestionProfile } from "./profiles";
export { FOLLOW_UPS, type FollowUp } from "./follow-ups";
export { WORDS_PER_MINUTE, TARGET_SECONDS, spokenLength } from "./length";
export { ITEM_IDS, SECTION_KEYS } from "./types";
export { RUBRIC_ITEMS, ITEM_META, type RubricItem, type ItemMeta } from "./items";
export type {
  AdjacentSignal,
  ConfidentialityFinding,
  DeliverySignals,
  DraftScore,
  Evidence,
  FollowUpScore,
  Gate,
  ItemHome,
  ItemId,
  ItemResult,
  ItemStatus,
  SectionKey,
  Sections,
  SectionSubtotal,
} from "./types";
