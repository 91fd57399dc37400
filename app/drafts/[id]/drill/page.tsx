import type { Metadata } from "next";
import Link from "next/link";

import { loadDraftView } from "@/app/drafts/[id]/load-draft-view";
import { DrillPromptForm } from "@/components/drill/drill-prompt-form";
import { BackLink } from "@/components/ui/back-link";
import { saveDrillAnswerAction } from "@/lib/drills/drill-actions.server";
import { getDrillView } from "@/lib/drills/drill-view.server";

export const metadata: Metadata = { title: "Follow-up drill" };

type Props = { params: Promise<{ id: string }> };

export default async function DrillPage({ params }: Props) {
  const { view } = await loadDraftView(params, getDrillView);
  const { draft, labels, questions, earlier, answeredNow } = view;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <BackLink href={`/drafts/${draft.id}`}>Back to the editor</BackLink>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Follow-up drill</h1>
        <p className="mt-1 text-slate-600">
          <span className="font-medium text-slate-800">{draft.title}</span> · {draft.questionTitle}
        </p>
        <p className="mt-3 text-slate-700">
          These are the questions an interviewer is likely to ask next, starting with what your draft leaves out. Answer each
          one out loud first, then write down what you said in a few sentences and save it to see which points it covers.
        </p>
        {questions.length > 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            {answeredNow} of {questions.length} answered.
          </p>
        ) : null}
      </div>

      {questions.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">Nothing left to drill</h2>
          <p className="mt-2 text-slate-600">Your draft already covers every point we check. Try a timed run-through instead.</p>
          <Link href={`/drafts/${draft.id}/rehearse`} className="mt-4 inline-block font-medium text-brand-700 underline">
            Rehearse this story
          </Link>
        </div>
      ) : (
        <ol className="flex flex-col gap-4" aria-label="Follow-up questions">
          {questions.map((question) => (
            <li key={question.promptId}>
              <DrillPromptForm draftId={draft.id} labels={labels} saveAnswer={saveDrillAnswerAction} {...question} />
            </li>
          ))}
        </ol>
      )}

      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-heading" className="flex flex-col gap-4">
          <h2 id="earlier-heading" className="text-xl font-semibold">
            Answered earlier
          </h2>
          <p className="text-sm text-slate-600">Your draft now covers these points, so the drill no longer asks them. Your answers are kept.</p>
          <ul className="flex flex-col gap-4">
            {earlier.map((question) => (
              <li key={question.promptId}>
                <DrillPromptForm draftId={draft.id} labels={labels} saveAnswer={saveDrillAnswerAction} {...question} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
