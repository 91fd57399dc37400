import Link from "next/link";

import { QUEUE_SORT_LABELS, QUEUE_SORTS, type ReviewQueueFilters } from "@/lib/star/review-queue-schema";

/**
 * The review queue's filters as a plain GET form: works without JavaScript, and the URL says
 * what is shown (so it can be bookmarked or shared with oneself).
 */
export function QueueFilters({ filters, candidates }: { filters: ReviewQueueFilters; candidates: Array<{ id: string; name: string }> }) {
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form method="get" action="/review" aria-label="Filter and sort the queue" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        Show
        <select name="show" defaultValue={filters.show} className={select}>
          <option value="all">All drafts</option>
          <option value="unread">Only drafts with something new</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        Candidate
        <select name="candidate" defaultValue={filters.candidate ?? ""} className={select}>
          <option value="">Everyone</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
        Sort by
        <select name="sort" defaultValue={filters.sort} className={select}>
          {QUEUE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {QUEUE_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
        Apply
      </button>
      <Link href="/review" className="py-2 text-sm font-medium text-brand-700 hover:underline">
        Reset
      </Link>
    </form>
  );
}
