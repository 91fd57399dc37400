import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { LocalTime } from "@/components/relative-time";
import { StartDraftForm } from "@/components/start-draft-form";
import { requireUser } from "@/lib/auth/current-user";
import { listDrafts, listQuestions } from "@/lib/drafts/queries";

export const metadata: Metadata = { title: "My drafts" };

export default async function DraftsPage() {
  await connection();
  const user = await requireUser();
  const [drafts, questions] = await Promise.all([listDrafts(user.id), listQuestions()]);
  const questionOptions = questions.map(({ id, title }) => ({ id, title }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">My drafts</h1>
          <p className="mt-1 text-slate-600">Every story you are shaping, newest first.</p>
        </div>
        <StartDraftForm questions={questionOptions} label="New draft" />
      </div>
      {drafts.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">No drafts yet</h2>
          <p className="mt-2 text-slate-600">Start one above: the editor walks you through Situation, Task, Actions and Results.</p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white" aria-label="Drafts">
          {drafts.map((draft) => (
            <li key={draft.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/drafts/${draft.id}`} className="text-lg font-semibold text-brand-700 hover:underline">
                  {draft.title}
                </Link>
                <p className="truncate text-sm text-slate-600">{draft.question.title}</p>
              </div>
              <div className="flex shrink-0 items-center gap-6 text-sm text-slate-600">
                <span>
                  Edited <LocalTime iso={draft.updatedAt.toISOString()} />
                </span>
                <span
                  className="rounded-full bg-slate-100 px-3 py-1 font-medium text-slate-700"
                  aria-label={draft.score === null ? "Not scored yet" : `Score ${draft.score} out of 100`}
                >
                  {draft.score === null ? "Not scored" : `${draft.score}/100`}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
