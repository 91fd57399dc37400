import { FOLLOW_UPS, ITEM_IDS, RUBRIC_ITEMS, type DraftScore, type ItemId, type ItemStatus } from "@/lib/rubric";

import { DRILL_LIMITS } from "@/lib/drills/drill-schema";

// Which follow-up questions the drill asks, decided from the draft's score alone
// (pure: runs on the server for the page and again in the save action to resolve an id).

export type DrillPrompt = {
  /** "probe:<item id>" for an item the draft misses, or a common follow-up's id. */
  id: string;
  question: string;
  /** The rubric items an answer to this question is scored on. */
  targets: ItemId[];
  kind: "probe" | "follow-up";
};

const PROBE_PREFIX = "probe:";
// Probes get most of the slots; the rest go to the follow-ups interviewers ask of
// almost every answer, so a strong draft still has something to practise.
const MAX_PROBES = 5;

export function probePromptId(itemId: ItemId): string {
  return `${PROBE_PREFIX}${itemId}`;
}

function isItemId(value: string): value is ItemId {
  return (ITEM_IDS as readonly string[]).includes(value);
}

const labelOf = (id: ItemId) => RUBRIC_ITEMS.find((item) => item.id === id)?.label ?? id;

function probeQuestion(score: DraftScore, id: ItemId): string {
  return score.items[id]?.probe ?? `Tell me more about this part of your story: ${labelOf(id).toLowerCase()}.`;
}

const STATUS_RANK: Record<ItemStatus, number> = { missing: 0, partial: 1, met: 2 };

/**
 * The items the draft does not fully earn, weakest first: missing before partial,
 * then the heavier item first, then the checklist's own order.
 */
export function weakItems(score: DraftScore): ItemId[] {
  const order = new Map(RUBRIC_ITEMS.map((item, index) => [item.id, index]));
  return RUBRIC_ITEMS.map((item) => score.items[item.id])
    .filter((result) => result && result.status !== "met")
    .sort(
      (a, b) =>
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        b.weight - a.weight ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    )
    .map((result) => result.id);
}

/** The drill for a draft: at most `max` questions, the ones about its weakest items first. */
export function buildDrillPrompts(score: DraftScore, max: number = DRILL_LIMITS.prompts): DrillPrompt[] {
  const weak = weakItems(score);
  const rank = (id: ItemId) => {
    const index = weak.indexOf(id);
    return index === -1 ? weak.length + 1 : index;
  };

  const probes: DrillPrompt[] = weak.map((id) => ({
    id: probePromptId(id),
    question: probeQuestion(score, id),
    targets: [id],
    kind: "probe",
  }));
  const followUps: DrillPrompt[] = FOLLOW_UPS.map((followUp, index) => ({ followUp, index }))
    .sort((a, b) => Math.min(...a.followUp.targets.map(rank)) - Math.min(...b.followUp.targets.map(rank)) || a.index - b.index)
    .map(({ followUp }) => ({ id: followUp.id, question: followUp.question, targets: [...followUp.targets], kind: "follow-up" }));

  const chosen = probes.slice(0, MAX_PROBES);
  for (const prompt of followUps) if (chosen.length < max) chosen.push(prompt);
  for (const prompt of probes.slice(MAX_PROBES)) if (chosen.length < max) chosen.push(prompt);

  const weakest = (prompt: DrillPrompt) => Math.min(...prompt.targets.map(rank));
  return chosen
    .map((prompt, index) => ({ prompt, index }))
    .sort((a, b) => weakest(a.prompt) - weakest(b.prompt) || a.index - b.index)
    .map(({ prompt }) => prompt);
}

/**
 * The question and targets behind a prompt id, whether or not the drill would still
 * ask it today (a draft that improved keeps its earlier answers). Null for an id the
 * rubric does not know.
 */
export function resolveDrillPrompt(promptId: string, score: DraftScore): DrillPrompt | null {
  if (promptId.startsWith(PROBE_PREFIX)) {
    const itemId = promptId.slice(PROBE_PREFIX.length);
    if (!isItemId(itemId)) return null;
    return { id: promptId, question: probeQuestion(score, itemId), targets: [itemId], kind: "probe" };
  }
  const followUp = FOLLOW_UPS.find((candidate) => candidate.id === promptId);
  if (!followUp) return null;
  return { id: followUp.id, question: followUp.question, targets: [...followUp.targets], kind: "follow-up" };
}

/** The checklist label of an item ("Root cause", ...). */
export function itemLabel(id: ItemId): string {
  return labelOf(id);
}
