import type { DraftScore, ItemId } from "@/lib/rubric/types";

// Pure (no server, no React): which rubric items a change of text won or lost.

export type RubricItemLabel = { id: ItemId; label: string };

export type RubricChange = {
  /** Items met in the newer text that were not met in the older one, in rubric order. */
  gained: RubricItemLabel[];
  /** Items met in the older text that are no longer met, in rubric order. */
  lost: RubricItemLabel[];
  before: number;
  after: number;
};

type Scored = Pick<DraftScore, "total" | "items">;

export function rubricChange(before: Scored, after: Scored, items: readonly RubricItemLabel[]): RubricChange {
  const met = (score: Scored, id: ItemId) => score.items[id]?.status === "met";
  return {
    gained: items.filter((item) => met(after, item.id) && !met(before, item.id)).map(({ id, label }) => ({ id, label })),
    lost: items.filter((item) => met(before, item.id) && !met(after, item.id)).map(({ id, label }) => ({ id, label })),
    before: before.total,
    after: after.total,
  };
}

