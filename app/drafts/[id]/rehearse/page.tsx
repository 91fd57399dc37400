import type { Metadata } from "next";
import Link from "next/link";

import { loadDraftView } from "@/app/drafts/[id]/load-draft-view";
import { LocalTime } from "@/components/relative-time";
import { RehearsalTimer } from "@/components/rehearse/rehearsal-timer";
import { BackLink } from "@/components/ui/back-link";
import { sectionName } from "@/lib/drafts/draft-schema";
import { recordRehearsalAction } from "@/lib/rehearsals/rehearsal-actions.server";
import { BAND_LABELS, formatDuration, rehearsalBand, spokenDuration } from "@/lib/rehearsals/rehearsal-schema";
import { getRehearseView } from "@/lib/rehearsals/rehearse-view.server";

export const metadata: Metadata = { title: "Rehearse" };

type Props = { params: Promise<{ id: string }> };

const BAND_CHIP = {
  short: "bg-amber-50 text-amber-900 ring-amber-200",
  "in-range": "bg-emerald-50 text-emerald-800 ring-emerald-200",
  long: "bg-red-50 text-red-800 ring-red-200",
} as const;

export default async function RehearsePage({ params }: Props) {
  const { view } = await loadDraftView(params, getRehearseView);
  const { draft, outline, totalWords, empty, runs } = view;

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <div>
        <BackLink href={`/drafts/${draft.id}`}>Back to the editor</BackLink>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Rehearse: {draft.title}</h1>
        <p className="mt-1 text-slate-600">
          Tell it out loud from the outline, not from the full text. Aim for two to four minutes.
        </p>
      </div>

      {/* The timer stays in view while the outline scrolls, at every width (issue 8). On a
          phone the right-hand column dissolves (display: contents) so the timer can come
          first and stick across the whole page; from lg up it sticks within its column. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[3fr_2fr]">
        <section
          aria-labelledby="outline-heading"
          className="order-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 lg:order-none lg:self-start"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-x-4">
            <h2 id="outline-heading" className="text-lg font-semibold">
              Outline
            </h2>
            {empty ? null : (
              <p className="text-sm text-slate-600">
                <span data-testid="word-count">{totalWords}</span> words in all
              </p>
            )}
          </div>
          {empty ? (
            <p className="mt-2 text-slate-600">
              This draft is still empty.{" "}
              <Link href={`/drafts/${draft.id}`} className="font-medium text-brand-700 underline">
                Write it first
              </Link>
              , then come back to rehearse.
            </p>
          ) : (
            <div className="mt-3 flex flex-col gap-5">
              {outline.map((section) => (
                <section key={section.key} aria-labelledby={`outline-${section.key}`}>
                  <h3 id={`outline-${section.key}`} className="text-xs font-semibold uppercase tracking-wider text-slate-500">
                    {sectionName(section.key)} <span className="font-normal normal-case">· {section.words} words</span>
                  </h3>
                  {section.cues.length === 0 ? (
                    <p className="mt-1 text-sm text-slate-500">Not written yet.</p>
                  ) : (
                    <ol className="mt-1 list-decimal pl-5 text-base leading-relaxed text-slate-900 marker:text-slate-400">
                      {section.cues.map((cue, index) => (
                        <li key={index}>{cue}</li>
                      ))}
                      {section.moreCues > 0 ? <li className="list-none text-sm text-slate-500">and {section.moreCues} more</li> : null}
                    </ol>
                  )}
                  {section.keyPhrases.length > 0 ? (
                    <div className="mt-2">
                      <p className="sr-only">Key facts to mention:</p>
                      <ul className="flex flex-wrap gap-1.5" aria-label={`Key facts, ${sectionName(section.key)}`}>
                        {section.keyPhrases.map((phrase) => (
                          <li key={phrase} className="rounded bg-yellow-50 px-2 py-0.5 text-sm text-slate-800 ring-1 ring-yellow-200">
                            {phrase}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </section>
              ))}
            </div>
          )}
        </section>

        <div className="contents lg:flex lg:flex-col lg:gap-6">
          <RehearsalTimer draftId={draft.id} record={recordRehearsalAction} className="sticky top-0 z-10 order-1 lg:top-4 lg:order-none" />
          <section
            aria-labelledby="runs-heading"
            className="order-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 lg:order-none"
          >
            <h2 id="runs-heading" className="text-lg font-semibold">
              Past runs
            </h2>
            {runs.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">No runs yet. Time one and mark it done to see it here.</p>
            ) : (
              <ol className="mt-2 flex flex-col divide-y divide-slate-100" aria-label="Past runs, newest first" data-testid="runs">
                {runs.map((run) => {
                  const band = rehearsalBand(run.seconds);
                  return (
                    <li key={run.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                      <span className="text-slate-600">
                        <LocalTime iso={run.createdAt} />
                      </span>
                      <span className="flex items-center gap-2">
                        <span className="font-mono font-semibold tabular-nums" aria-label={spokenDuration(run.seconds)}>
                          {formatDuration(run.seconds)}
                        </span>
                        <span className={`rounded-full px-2 py-0.5 text-xs ring-1 ${BAND_CHIP[band]}`}>{BAND_LABELS[band]}</span>
                      </span>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
