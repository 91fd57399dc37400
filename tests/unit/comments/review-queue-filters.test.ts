import { describe, expect, it } from "vitest";

import { DEFAULT_QUEUE_FILTERS, filterReviewQueue, parseReviewQueueFilters } from "@/lib/star/review-queue-schema";

// The review queue's filters and sort (issue 9 §3): read from the URL with zod, each parameter
// on its own, and applied to the queue.

describe("parseReviewQueueFilters", () => {
  it("reads the defaults from an empty address", () => {
    expect(parseReviewQueueFilters({})).toEqual({ filters: DEFAULT_QUEUE_FILTERS, ignored: [] });
  });

  it("reads valid values, the first of repeated ones", () => {
    expect(parseReviewQueueFilters({ show: "unread", candidate: "cabc123", sort: ["score", "candidate"] })).toEqual({
      filters: { show: "unread", candidate: "cabc123", sort: "score" },
      ignored: [],
    });
  });

  it("ignores each malformed value on its own and names it", () => {
    expect(parseReviewQueueFilters({ show: "everything", candidate: "../x", sort: "score" })).toEqual({
      filters: { show: "all", sort: "score" },
      ignored: ["show", "candidate"],
    });
    expect(parseReviewQueueFilters({ sort: "<script>" }).ignored).toEqual(["sort"]);
  });
});

describe("filterReviewQueue", () => {
  const row = (id: string, candidateName: string, score: number, updatedAt: string, hasUnread: boolean) => ({
    id,
    candidateId: `u-${candidateName}`,
    candidateName,
    score,
    updatedAt,
    hasUnread,
  });
  const queue = [
    row("a", "Zoe", 70, "2026-12-01T10:00:00.000Z", false),
    row("b", "Ada", 40, "2026-12-02T10:00:00.000Z", true),
    row("c", "Ada", 90, "2026-11-30T10:00:00.000Z", true),
  ];
  const ids = (filters: Parameters<typeof filterReviewQueue>[1]) => filterReviewQueue(queue, filters).items.map((item) => item.id);

  it("sorts by last change, unread first, score (lowest first) or candidate", () => {
    expect(ids({ show: "all", sort: "changed" })).toEqual(["b", "a", "c"]);
    expect(ids({ show: "all", sort: "activity" })).toEqual(["b", "c", "a"]);
    expect(ids({ show: "all", sort: "score" })).toEqual(["b", "a", "c"]);
    expect(ids({ show: "all", sort: "candidate" })).toEqual(["b", "c", "a"]);
  });

  it("filters to unread and to one candidate, and lists every candidate once", () => {
    expect(ids({ show: "unread", sort: "changed" })).toEqual(["b", "c"]);
    expect(ids({ show: "all", candidate: "u-Zoe", sort: "changed" })).toEqual(["a"]);
    expect(ids({ show: "unread", candidate: "u-Zoe", sort: "changed" })).toEqual([]);
    expect(filterReviewQueue(queue, DEFAULT_QUEUE_FILTERS).candidates).toEqual([
      { id: "u-Ada", name: "Ada" },
      { id: "u-Zoe", name: "Zoe" },
    ]);
  });
});
