import type { Metadata } from "next";
import Link from "next/link";

import { loadOwnDraft } from "@/app/drafts/[id]/load-own-draft";
import { DrillPromptForm } from "@/components/drill/drill-prompt-form";
import { BackLink } from "@/components/ui/back-link";
import { buildDrillPrompts } from "@/lib/drills/drill-prompts";
import { listDrillAnswers } from "@/lib/drills/list-drill-answers";
import { RUBRIC_ITEMS, scoreDraft } from "@/lib/rubric";

export const metadata: Metadata = { title: "Follow-up drill" };

type Props = { params: Promise<{ id: string }> };

const LABELS: Record<string, string> = Object.fromEntries(RUBRIC_ITEMS.map((item) => [item.id, item.label]));

export default async function DrillPage({ params }: Props) {
  const { user, draft, sections } = await loadOwnDraft(params);
  const score = scoreDraft(sections, { profile: draft.question.profile });
  const prompts = buildDrillPrompts(score);
  const answers = await listDrillAnswers(user.id, draft.id);
  const answerFor = new Map(answers.map((answer) => [answer.promptId, answer]));
  // Answers to questions the drill no longer asks (the draft has since covered them) stay visible.
  const earlier = answers.filter((answer) => !prompts.some((prompt) => prompt.id === answer.promptId));
  const answeredNow = prompts.filter((prompt) => answerFor.has(prompt.id)).length;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <BackLink href={`/drafts/${draft.id}`}>Back to the editor</BackLink>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Follow-up drill</h1>
        <p className="mt-1 text-slate-600">
          <span className="font-medium text-slate-800">{draft.title}</span> · {draft.question.title}
        </p>
        <p className="mt-3 text-slate-700">
          These are the questions an interviewer is likely to ask next, starting with what your draft leaves out. Answer each
          one out loud first, then write down what you said in a few sentences and save it to see which points it covers.
        </p>
        {prompts.length > 0 ? (
          <p className="mt-2 text-sm text-slate-600">
            {answeredNow} of {prompts.length} answered.
          </p>
        ) : null}
      </div>

      {prompts.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">Nothing left to drill</h2>
          <p className="mt-2 text-slate-600">Your draft already covers every point we check. Try a timed run-through instead.</p>
          <Link href={`/drafts/${draft.id}/rehearse`} className="mt-4 inline-block font-medium text-brand-700 underline">
            Rehearse this story
          </Link>
        </div>
      ) : (
        <ol className="flex flex-col gap-4" aria-label="Follow-up questions">
          {prompts.map((prompt, index) => (
            <li key={prompt.id}>
              <DrillPromptForm
                draftId={draft.id}
                promptId={prompt.id}
                question={prompt.question}
                targetLabels={prompt.targets.map((target) => LABELS[target] ?? target)}
                labels={LABELS}
                heading={`Question ${index + 1} of ${prompts.length}${prompt.kind === "probe" ? " · a gap in your draft" : " · asked of most answers"}`}
                saved={answerFor.get(prompt.id) ?? null}
              />
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
            {earlier.map((answer) => (
              <li key={answer.promptId}>
                <DrillPromptForm
                  draftId={draft.id}
                  promptId={answer.promptId}
                  question={answer.question}
                  targetLabels={answer.statuses.map((status) => LABELS[status.id] ?? status.id)}
                  labels={LABELS}
                  heading="Earlier question"
                  saved={answer}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
