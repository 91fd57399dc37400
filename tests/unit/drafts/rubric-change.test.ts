import { describe, expect, it } from "vitest";

import { rubricChange } from "@/lib/drafts/rubric-change";
import type { DraftScore, ItemId, ItemStatus } from "@/lib/rubric/types";

const ITEMS = [
  { id: "scale", label: "Scale" },
  { id: "rollout", label: "Rollout" },
  { id: "validation", label: "Validation" },
] as const satisfies readonly { id: ItemId; label: string }[];

function scored(total: number, statuses: Partial<Record<ItemId, ItemStatus>>): Pick<DraftScore, "total" | "items"> {
  const items = Object.fromEntries(
    Object.entries(statuses).map(([id, status]) => [id, { id, status, evidence: [], weight: 1 }]),
  ) as unknown as DraftScore["items"];
  return { total, items };
}

describe("rubricChange", () => {
  it("lists items that became met and items that stopped being met, in rubric order", () => {
    const change = rubricChange(
      scored(40, { scale: "met", rollout: "partial", validation: "met" }),
      scored(55, { scale: "partial", rollout: "met", validation: "met" }),
      ITEMS,
    );
    expect(change).toEqual({
      gained: [{ id: "rollout", label: "Rollout" }],
      lost: [{ id: "scale", label: "Scale" }],
      before: 40,
      after: 55,
    });
  });

  it("reports nothing when the met items are the same", () => {
    const same = scored(10, { scale: "met" });
    expect(rubricChange(same, same, ITEMS)).toMatchObject({ gained: [], lost: [] });
  });
});
