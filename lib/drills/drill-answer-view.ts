import { z } from "zod";

import { ITEM_IDS, type ItemId, type ItemStatus } from "@/lib/rubric";

// How a saved drill answer travels to the page: plain data, no database row.
export type DrillItemStatus = { id: ItemId; status: ItemStatus };

export type DrillAnswerView = {
  promptId: string;
  question: string;
  answer: string;
  score: number | null;
  statuses: DrillItemStatus[];
  updatedAt: string;
};

const StoredStatusesSchema = z.record(z.string(), z.enum(["met", "partial", "missing"]));

/** Parses DrillAnswer.statuses (JSON) into checklist order, dropping anything the rubric no longer knows. */
export function parseStoredStatuses(json: string): DrillItemStatus[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  const parsed = StoredStatusesSchema.safeParse(raw);
  if (!parsed.success) return [];
  return ITEM_IDS.filter((id) => parsed.data[id] !== undefined).map((id) => ({ id, status: parsed.data[id]! }));
}
