import type { ItemLabels } from "@/lib/star/grade-schema";
import { ITEM_IDS, type DraftScore } from "@/lib/rubric/types";

/** The engine's label of every checklist item, by the ids of shared/rubric/ITEMS.md. */
export function engineLabelsOf(score: Pick<DraftScore, "items">): ItemLabels {
  return Object.fromEntries(ITEM_IDS.map((id) => [id, score.items[id].status])) as ItemLabels;
}
