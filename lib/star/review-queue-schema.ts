import { z } from "zod";

import { IdSchema } from "@/lib/drafts/draft-schema";

// The review queue's filters and sort, from the URL (`/review?show=unread&candidate=…&sort=score`).
// Each parameter is checked on its own: a malformed one falls back to its default and the page
// says so, instead of failing or silently showing something else.

export const QUEUE_SORTS = ["changed", "activity", "score", "candidate"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_SORT_LABELS: Record<QueueSort, string> = {
  changed: "Last change, newest first",
  activity: "Unread first",
  score: "Score, lowest first",
  candidate: "Candidate, A to Z",
};

const single = z.union([z.string(), z.array(z.string())]).optional().transform((value) => (Array.isArray(value) ? value[0] : value) || undefined);

const QueueParamSchemas = {
  show: z.enum(["all", "unread"]),
  candidate: IdSchema,
  sort: z.enum(QUEUE_SORTS),
} as const;

export type ReviewQueueFilters = { show: "all" | "unread"; candidate?: string; sort: QueueSort };
export const DEFAULT_QUEUE_FILTERS: ReviewQueueFilters = { show: "all", sort: "changed" };

/** The filters in the URL, and the names of the parameters that were not understood. */
export function parseReviewQueueFilters(params: Record<string, string | string[] | undefined>): { filters: ReviewQueueFilters; ignored: string[] } {
  const filters: ReviewQueueFilters = { ...DEFAULT_QUEUE_FILTERS };
  const ignored: string[] = [];
  for (const key of ["show", "candidate", "sort"] as const) {
    const given = single.safeParse(params[key]);
    const raw = given.success ? given.data : "";
    if (raw === undefined) continue;
    const parsed = QueueParamSchemas[key].safeParse(raw);
    if (!parsed.success) {
      ignored.push(key);
      continue;
    }
    Object.assign(filters, { [key]: parsed.data });
  }
  return { filters, ignored };
}

type QueueRow = { candidateId: string; candidateName: string; score: number; updatedAt: string; hasUnread: boolean };
const newestFirst = (a: QueueRow, b: QueueRow) => b.updatedAt.localeCompare(a.updatedAt);
const QUEUE_ORDER: Record<QueueSort, (a: QueueRow, b: QueueRow) => number> = {
  changed: newestFirst,
  activity: (a, b) => Number(b.hasUnread) - Number(a.hasUnread) || newestFirst(a, b),
  // Lowest first: the drafts that need a coach most.
  score: (a, b) => a.score - b.score || newestFirst(a, b),
  candidate: (a, b) => a.candidateName.localeCompare(b.candidateName) || newestFirst(a, b),
};

/**
 * The queue as the filters ask, and every candidate in the whole queue (the choices of the
 * candidate filter, so it never offers a name that leads nowhere).
 */
export function filterReviewQueue<T extends QueueRow>(queue: T[], filters: ReviewQueueFilters): { items: T[]; candidates: Array<{ id: string; name: string }> } {
  const candidates = [...new Map(queue.map((item) => [item.candidateId, item.candidateName])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const items = queue
    .filter((item) => (filters.show === "unread" ? item.hasUnread : true))
    .filter((item) => (filters.candidate ? item.candidateId === filters.candidate : true))
    .sort(QUEUE_ORDER[filters.sort]);
  return { items, candidates };
}
