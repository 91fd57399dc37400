import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { LocalTime } from "@/components/relative-time";
import { QueueFilters } from "@/components/review/queue-filters";
import { UnreadSummary } from "@/components/review/unread-summary";
import { requireActor } from "@/lib/auth/current-actor.server";
import { filterReviewQueue, parseReviewQueueFilters } from "@/lib/star/review-queue-schema";
import { listReviewQueue } from "@/lib/sharing/review-view.server";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor();
  const { filters, ignored } = parseReviewQueueFilters(await searchParams);
  const all = await listReviewQueue(actor);
  const { items: queue, candidates } = filterReviewQueue(all, filters);

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Review queue</h1>
        <p className="mt-1 text-slate-600">Drafts candidates have shared with you, and what is new on each since you last opened it.</p>
        <p className="mt-1 text-sm">
          <Link href="/review/report" className="font-medium text-brand-700 hover:underline">Where you and the checklist disagree</Link>
        </p>
      </div>
      {all.length > 0 ? <QueueFilters filters={filters} candidates={candidates} /> : null}
      {ignored.length > 0 ? (
        <p role="status" className="text-sm text-amber-900">
          Part of the address was not understood ({ignored.join(", ")}), so that filter is not applied.
        </p>
      ) : null}
      {all.length > 0 && queue.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center" data-testid="queue-empty-filtered">
          <h2 className="text-lg font-semibold">{filters.show === "unread" ? "You are all caught up" : "No drafts match these filters"}</h2>
          <p className="mt-2 text-slate-600">
            {filters.show === "unread"
              ? "Nothing new since your last visits: no new replies, and no draft changed."
              : "Try another candidate, or show all drafts."}
          </p>
          <Link href="/review" className="mt-4 inline-block font-medium text-brand-700 underline">
            Show every draft
          </Link>
        </div>
      ) : queue.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">Nothing to review yet</h2>
          <p className="mt-2 text-slate-600">
            When a candidate sends you an invite link, open it while signed in and their draft appears here.
          </p>
        </div>
      ) : (
        <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left text-sm shadow-sm">
          <caption className="sr-only">Drafts shared with you</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Draft</th>
              <th scope="col" className="px-3 py-2 font-semibold">Candidate</th>
              <th scope="col" className="px-3 py-2 font-semibold">Question</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Score</th>
              <th scope="col" className="px-3 py-2 font-semibold">Last change</th>
              <th scope="col" className="px-3 py-2 font-semibold">New since your visit</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => (
              <tr key={item.id} className="border-t border-slate-100" data-testid="review-queue-row">
                <td className="px-3 py-2">
                  {/* No prefetch: opening the review marks it seen, and only a click should. */}
                  <Link href={`/review/${item.id}`} prefetch={false} className="font-medium text-brand-700 hover:underline">
                    {item.title || "Untitled draft"}
                  </Link>
                </td>
                <td className="px-3 py-2">{item.candidateName}</td>
                <td className="px-3 py-2 text-slate-700">{item.questionTitle}</td>
                <td className="px-3 py-2 text-right font-semibold tabular-nums">{item.score}</td>
                <td className="px-3 py-2 text-slate-700">
                  <LocalTime iso={item.updatedAt} />
                </td>
                <td className="px-3 py-2" data-testid="queue-activity">
                  <UnreadSummary unread={item.unread} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
