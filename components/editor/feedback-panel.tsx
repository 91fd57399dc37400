"use client";

import { useMemo, useState } from "react";

import { SECTION_KEYS, sectionName } from "@/lib/drafts/draft-schema";
// The checklist metadata only: the engine itself runs in the score worker (use-live-score.ts).
import { RUBRIC_ITEMS } from "@/lib/rubric/items";
import { countSpokenWords, speakingTime } from "@/lib/rubric/length";
import type { DraftScore, Evidence, ItemHome, ItemId, Sections } from "@/lib/rubric/types";

const GROUPS: { home: ItemHome; name: string }[] = [
  { home: "situation", name: "Situation" },
  { home: "task", name: "Task" },
  { home: "actions", name: "Actions" },
  { home: "results", name: "Results" },
  { home: "any", name: "Anywhere" },
];

const STATUS_STYLE = {
  met: { icon: "●", label: "met", className: "text-emerald-700" },
  partial: { icon: "◐", label: "partly met", className: "text-amber-700" },
  missing: { icon: "○", label: "missing", className: "text-slate-500" },
} as const;

const minutes = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, "0")}`;

/**
 * The live checklist beside the editor: total, items by section, evidence, delivery.
 * `sections` is the text the score was computed on (evidence offsets point into it); `current`
 * is the text as typed, which the length line counts at once. `pending` says the score is of
 * older text: the worker is loading or still scoring.
 */
export function FeedbackPanel({
  score,
  sections,
  current = sections,
  pending = false,
  onShowEvidence,
}: {
  score: DraftScore;
  sections: Sections;
  current?: Sections;
  pending?: boolean;
  onShowEvidence: (evidence: Evidence) => void;
}) {
  const [selected, setSelected] = useState<ItemId | null>(null);
  const delivery = score.delivery;
  const words = useMemo(() => {
    const bySection = { situation: 0, task: 0, actions: 0, results: 0 };
    let total = 0;
    for (const key of SECTION_KEYS) total += bySection[key] = countSpokenWords(current[key]);
    return { bySection, total, ...speakingTime(total) };
  }, [current]);
  const metCount = Object.values(score.items).filter((item) => item.status === "met").length;
  const unwritten = SECTION_KEYS.filter((key) => !sections[key].trim());

  return (
    <aside aria-labelledby="feedback-heading" aria-busy={pending} className="no-print flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="feedback-heading" tabIndex={-1} className="scroll-mt-16 text-lg font-semibold focus:outline-none">
          Interviewer checklist
        </h2>
        <p className="text-sm text-slate-600">
          {pending ? (
            <span data-testid="score-pending" className="mr-2 text-xs text-slate-500">
              Updating…
            </span>
          ) : null}
          <span data-testid="live-score" className={`text-2xl font-bold ${pending ? "text-slate-500" : "text-slate-900"}`}>
            {score.total}
          </span>
          /100
        </p>
      </div>
      <p className="sr-only" aria-live="polite">
        Score {score.total} out of 100, {metCount} of {RUBRIC_ITEMS.length} probes met.
      </p>
      {score.gate.kind !== "ok" ? (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">{score.gate.message}</p>
      ) : null}
      {unwritten.length > 0 && unwritten.length < SECTION_KEYS.length ? (
        <p data-testid="unwritten-sections" className="rounded-md bg-slate-50 p-2 text-sm text-slate-700">
          <span className="font-semibold">Not written yet: {unwritten.map(sectionName).join(", ")}.</span> Until a section has
          text, its probes count wherever the words appear; once you write it, move them there.
        </p>
      ) : null}
      {score.focus.message ? (
        <p data-testid="focus-message" className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
          {score.focus.message}
        </p>
      ) : null}
      {score.adjacent.detected && score.adjacent.message ? (
        <p className="rounded-md bg-sky-50 p-2 text-sm text-sky-900">{score.adjacent.message}</p>
      ) : null}

      {GROUPS.map((group) => {
        const items = RUBRIC_ITEMS.filter((item) => item.section === group.home);
        if (items.length === 0) return null;
        return (
          <section key={group.home} aria-label={`${group.name} probes`}>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wider text-slate-500">{group.name}</h3>
            <ul className="flex flex-col gap-0.5">
              {items.map((meta) => {
                const result = score.items[meta.id];
                const style = STATUS_STYLE[result.status];
                const open = selected === meta.id;
                return (
                  <li key={meta.id} data-item={meta.id} data-status={result.status}>
                    <button
                      type="button"
                      aria-expanded={open}
                      onClick={() => setSelected(open ? null : meta.id)}
                      className="flex w-full items-center gap-2 rounded px-1.5 py-1 text-left text-sm hover:bg-slate-100"
                    >
                      <span aria-hidden="true" className={style.className}>
                        {style.icon}
                      </span>
                      <span className="flex-1">{meta.label}</span>
                      <span className={`text-xs ${style.className}`}>{style.label}</span>
                    </button>
                    {open ? (
                      <div className="mb-2 ml-6 flex flex-col gap-2 text-sm">
                        {result.evidence.length > 0 ? (
                          <div>
                            <p className="text-xs font-semibold text-slate-600">
                              {result.status === "met" ? "Earned by" : "Found, but too vague to count in full"}
                            </p>
                            <ul className="flex flex-col gap-1">
                              {result.evidence.slice(0, 3).map((evidence) => (
                                <li key={`${evidence.section}-${evidence.start}`}>
                                  <EvidenceQuote evidence={evidence} sections={sections} />
                                  {evidence.section !== "answer" ? (
                                    <button
                                      type="button"
                                      onClick={() => onShowEvidence(evidence)}
                                      className="ml-1 text-xs font-medium text-brand-700 underline"
                                    >
                                      Show in draft
                                    </button>
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          </div>
                        ) : null}
                        {result.message ? (
                          <p className="text-slate-700" data-testid={`message-${meta.id}`}>
                            {result.status === "partial" && result.evidence[0] ? (
                              <>
                                You wrote “{result.evidence[0].text}”: a start.{" "}
                              </>
                            ) : null}
                            {result.message}
                          </p>
                        ) : null}
                        {result.probe ? (
                          <p className="text-slate-700">
                            <span className="font-semibold">They may ask: </span>
                            <q>{result.probe}</q>
                          </p>
                        ) : null}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="delivery-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-3 text-sm">
        <h3 id="delivery-heading" className="text-xs font-semibold uppercase tracking-wider text-slate-500">
          Delivery
        </h3>
        <p>
          <span data-testid="word-count">{words.total}</span> words · about {minutes(words.speakingSeconds)} spoken
          <span className={words.length === "ok" ? "text-emerald-700" : "text-amber-700"}>
            {" "}
            ({words.length === "ok" ? "within" : words.length === "long" ? "over" : "under"} the 2–4 minute target)
          </span>
        </p>
        <p>
          Actions: {delivery.firstPerson.i} × “I”, {delivery.firstPerson.we} × “we”
          {delivery.firstPerson.verdict === "mostly-we" ? (
            <span className="text-amber-700"> — say what you did yourself.</span>
          ) : null}
        </p>
        <div aria-label="Share of words per section" className="flex flex-col gap-1">
          {SECTION_KEYS.map((key) => {
            const share = words.total > 0 ? Math.round((100 * words.bySection[key]) / words.total) : 0;
            return (
              <div key={key} className="flex items-center gap-2">
                <span className="w-16 capitalize text-slate-600">{key}</span>
                <span className="h-2 flex-1 overflow-hidden rounded bg-slate-100" aria-hidden="true">
                  <span className="block h-full bg-brand-600" style={{ width: `${share}%` }} />
                </span>
                <span className="w-10 text-right text-slate-600">{share}%</span>
              </div>
            );
          })}
        </div>
        {delivery.confidentiality.flagged ? (
          <div role="note" className="rounded-md bg-red-50 p-2 text-red-900" data-testid="confidentiality-warning">
            <p className="font-semibold">Check before you say this in an interview</p>
            <ul className="list-disc pl-5">
              {delivery.confidentiality.findings.slice(0, 5).map((finding) => (
                <li key={`${finding.section}-${finding.start}`}>
                  {finding.kind.replace("-", " ")}: <code className="break-all">{finding.text}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {delivery.notes.map((note) => (
          <p key={note} className="text-slate-700">
            {note}
          </p>
        ))}
      </section>
    </aside>
  );
}

function EvidenceQuote({ evidence, sections }: { evidence: Evidence; sections: Sections }) {
  if (evidence.section === "answer") return <mark className="rounded bg-yellow-100 px-0.5">{evidence.text}</mark>;
  const source = sections[evidence.section];
  const before = source.slice(Math.max(0, evidence.start - 40), evidence.start);
  const after = source.slice(evidence.end, evidence.end + 40);
  return (
    <span className="text-slate-700">
      <span className="text-xs capitalize text-slate-500">{evidence.section}: </span>…{before}
      <mark className="rounded bg-yellow-100 px-0.5">{source.slice(evidence.start, evidence.end)}</mark>
      {after}…
    </span>
  );
}
