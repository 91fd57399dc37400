import Link from "next/link";
import { connection } from "next/server";

import { StartDraftForm } from "@/components/start-draft-form";
import { createDraftAction } from "@/lib/drafts/draft-actions.server";
import { listQuestions } from "@/lib/drafts/queries.server";
import { STAR_STEPS } from "@/lib/star/steps";

export default async function HomePage() {
  await connection();
  const questions = await listQuestions();
  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-5">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Interview rehearsal for infra engineers</p>
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Tell the story of the system you owned, and survive the follow-ups.
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Infra interviews ask you to describe a storage or distributed-systems component you were responsible for, then dig:
          its SLOs, one real incident, how you debugged it, what you traded off and how you saw the fix through. Gameday
          walks you through the answer one section at a time and shows which of those probes your draft already answers.
        </p>
        <StartDraftForm questions={questions} action={createDraftAction} picker="cards" />
        <p className="text-sm text-slate-600">
          Or pick up where you left off in <Link href="/drafts" className="font-medium text-brand-700 underline">your drafts</Link>.
        </p>
      </section>
      <section aria-labelledby="how" className="flex flex-col gap-4">
        <h2 id="how" className="text-2xl font-semibold">Four steps, one story</h2>
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STAR_STEPS.map((step, index) => (
            <li key={step.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-sm font-semibold text-brand-700">
                {index + 1}. {step.name}
              </p>
              <p className="mt-2 text-sm text-slate-700">{step.prompt}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
