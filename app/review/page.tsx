import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { LocalTime } from "@/components/relative-time";
import { requireActor } from "@/lib/auth/current-actor.server";
import { listReviewQueue } from "@/lib/sharing/review-view.server";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  await connection();
  const actor = await requireActor();
  const queue = await listReviewQueue(actor);

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Review queue</h1>
        <p className="mt-1 text-slate-600">Drafts candidates have shared with you, the most recently changed first.</p>
        <p className="mt-1 text-sm">
          <Link href="/review/report" className="font-medium text-brand-700 hover:underline">Where you and the checklist disagree</Link>
        </p>
      </div>
      {queue.length === 0 ? (
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
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => (
              <tr key={item.id} className="border-t border-slate-100" data-testid="review-queue-row">
                <td className="px-3 py-2">
                  <Link href={`/review/${item.id}`} className="font-medium text-brand-700 hover:underline">
                    {item.title || "Untitled draft"}
                  </Link>
                </td>
                <td className="px-3 py-2">{item.candidateName}</td>
                <td className="px-3 py-2 text-slate-700">{item.questionTitle}</td>
                <td className="px-3 py-2 text-right font-semibold tabular-nums">{item.score}</td>
                <td className="px-3 py-2 text-slate-700">
                  <LocalTime iso={item.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
