"use client";

import Link from "next/link";
import { useCallback, useId, useMemo, useRef, useState } from "react";

import { ConflictPanel } from "@/components/editor/conflict-panel";
import { ExportButton } from "@/components/editor/export-button";
import { FeedbackPanel } from "@/components/editor/feedback-panel";
import { RecoveryPanel } from "@/components/editor/recovery-panel";
import { SaveStatusText } from "@/components/editor/save-status";
import { ScoreBar } from "@/components/editor/score-bar";
import { useAutosave } from "@/components/editor/use-autosave";
import { useLiveScore } from "@/components/editor/use-live-score";
import { PrintableAnswer } from "@/components/print/printable-answer";
import { BackLink } from "@/components/ui/back-link";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { DRAFT_LIMITS, SECTION_KEYS, type DraftContent, type SectionKey } from "@/lib/drafts/draft-schema";
import type { ObjectAction } from "@/lib/errors";
import type { DraftScore, Evidence } from "@/lib/rubric/types";
import { ADJACENT_PROMPTS, STAR_STEPS, stepIndex } from "@/lib/star/steps";

export type EditorDraft = DraftContent & {
  id: string;
  adjacent: boolean;
  version: number;
  updatedAt: string;
  profile: string;
  questionTitle: string;
  questionPrompt: string;
  /** The server's score of the saved text: the editor shows it before its score worker starts. */
  score: DraftScore;
};

const ALL = "all";

export function DraftEditor({
  draft,
  userKey,
  initialStep,
  setAdjacentAction,
  comments,
}: {
  draft: EditorDraft;
  /** Reviewers' comments on this draft: open threads and messages new since the last visit. */
  comments?: { open: number; newMessages: number };
  userKey: string;
  initialStep?: string;
  /** setAdjacentAction, handed down by the page. */
  setAdjacentAction: ObjectAction<{ draftId: string; adjacent: boolean }>;
}) {
  const initial = useMemo(
    () => ({
      content: { title: draft.title, situation: draft.situation, task: draft.task, actions: draft.actions, results: draft.results },
      version: draft.version,
      updatedAt: draft.updatedAt,
    }),
    [draft],
  );
  const { content, setField, status, errors, dirty, flush, resolveConflict, recoveries, recoverCopy, discardCopy } = useAutosave(
    draft.id,
    userKey,
    initial,
  );
  const [step, setStep] = useState<number | typeof ALL>(initialStep === ALL ? ALL : stepIndex(initialStep));
  const [adjacent, setAdjacent] = useState(draft.adjacent);
  const [adjacentError, setAdjacentError] = useState<string | null>(null);
  const toggleAdjacent = async (value: boolean) => {
    setAdjacent(value);
    setAdjacentError(null);
    try {
      const result = await setAdjacentAction({ draftId: draft.id, adjacent: value });
      if (!result.ok) setAdjacentError(result.message);
    } catch {
      setAdjacentError("Could not reach the server; the setting applies to this visit only.");
    }
  };
  const fields = useRef<Partial<Record<SectionKey, HTMLTextAreaElement | null>>>({});

  // Scoring runs in a worker on the newest text, so typing never waits for it.
  const typed = useMemo(
    () => ({ situation: content.situation, task: content.task, actions: content.actions, results: content.results }),
    [content.situation, content.task, content.actions, content.results],
  );
  const [initialScore] = useState(() => ({ score: draft.score, sections: typed }));
  const { score, sections, pending } = useLiveScore(typed, draft.profile, initialScore);

  const goTo = useCallback((next: number | typeof ALL, options: { focus?: boolean } = {}) => {
    setStep(next);
    const url = new URL(window.location.href);
    url.searchParams.set("step", next === ALL ? ALL : STAR_STEPS[next]!.key);
    window.history.replaceState(window.history.state, "", url);
    if (options.focus && next !== ALL) {
      // The button pressed may be gone or relabelled: put the candidate in the new section's text box.
      requestAnimationFrame(() => fields.current[STAR_STEPS[next]!.key]?.focus());
    }
  }, []);

  const showEvidence = useCallback(
    (evidence: Evidence) => {
      if (evidence.section === "answer") return;
      const section = evidence.section;
      if (step !== ALL) goTo(stepIndex(section));
      // Wait for the section's field to render, then select the words that earned the item.
      requestAnimationFrame(() => {
        const field = fields.current[section];
        if (!field) return;
        field.focus();
        field.setSelectionRange(evidence.start, evidence.end);
      });
    },
    [goTo, step],
  );

  const current = step === ALL ? null : STAR_STEPS[step]!;
  const adjacentPrompt = adjacent || score.adjacent.detected;

  const field = (key: SectionKey, rows: number, withHint: boolean) => {
    const meta = STAR_STEPS[stepIndex(key)]!;
    return (
      <SectionField
        key={key}
        fieldRef={(el) => {
          fields.current[key] = el;
        }}
        section={key}
        label={meta.name}
        hint={withHint ? meta.prompt : undefined}
        placeholder={meta.placeholder}
        value={content[key]}
        error={errors[key]?.[0]}
        rows={rows}
        onChange={(v) => setField(key, v)}
        onBlur={() => void flush()}
      />
    );
  };

  return (
    <>
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <div className="no-print flex flex-wrap items-center justify-between gap-2 text-sm">
          <BackLink href="/drafts">All drafts</BackLink>
          <nav aria-label="Draft tools" className="flex flex-wrap gap-3">
            <Link href={`/drafts/${draft.id}/history`} className="font-medium text-brand-700 hover:underline">
              History
            </Link>
            <Link href={`/drafts/${draft.id}/drill`} className="font-medium text-brand-700 hover:underline">
              Follow-up drill
            </Link>
            <Link href={`/drafts/${draft.id}/rehearse`} className="font-medium text-brand-700 hover:underline">
              Rehearse
            </Link>
            <Link href={`/drafts/${draft.id}/sharing`} className="font-medium text-brand-700 hover:underline">
              Sharing
            </Link>
            <Link href={`/drafts/${draft.id}/comments`} className="font-medium text-brand-700 hover:underline">
              Comments
              {comments?.newMessages ? (
                <span className="ml-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{comments.newMessages} new</span>
              ) : comments?.open ? (
                <span className="ml-1 text-xs text-slate-600">({comments.open} open)</span>
              ) : null}
            </Link>
            <ExportButton
              content={content}
              questionTitle={draft.questionTitle}
              score={score.total}
              saved={!dirty}
              flush={flush}
              className="font-medium text-brand-700 hover:underline"
            />
          </nav>
        </div>
        <h1 className="sr-only">Editing {content.title || "an untitled draft"}</h1>
        <TitleField value={content.title} error={errors.title?.[0]} onChange={(v) => setField("title", v)} onBlur={() => void flush()} />
        <details className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700">
          <summary className="cursor-pointer font-medium">Question: {draft.questionTitle}</summary>
          <p className="mt-2 whitespace-pre-line">{draft.questionPrompt}</p>
        </details>
      </div>
      <ScoreBar score={score} targetId="feedback-heading" pending={pending} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-5">
          <nav aria-label="Answer sections" className="no-print">
            <p className="mb-2 text-sm text-slate-600">
              {step === ALL ? "All sections" : `Step ${step + 1} of ${STAR_STEPS.length}: ${current?.name}`}
            </p>
            <ol className="flex flex-wrap gap-2">
              {STAR_STEPS.map((s, index) => (
                <li key={s.key}>
                  <StepButton active={step === index} onClick={() => goTo(index)} done={content[s.key].trim().length > 0}>
                    {index + 1}. {s.name}
                  </StepButton>
                </li>
              ))}
              <li>
                <StepButton active={step === ALL} onClick={() => goTo(ALL)}>
                  All sections
                </StepButton>
              </li>
            </ol>
            <div className="mt-3 h-1.5 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
              <div
                className="h-full bg-brand-600 transition-all"
                style={{ width: `${(SECTION_KEYS.filter((k) => content[k].trim()).length / SECTION_KEYS.length) * 100}%` }}
              />
            </div>
          </nav>

          <div className="no-print text-sm text-slate-700">
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={adjacent} onChange={(e) => void toggleAdjacent(e.target.checked)} className="mt-1" />
              <span>My example is adjacent to storage (a cache, a queue, a concurrency-heavy service)</span>
            </label>
            {adjacentError ? (
              <p role="alert" className="mt-1 text-red-700">
                {adjacentError}
              </p>
            ) : null}
          </div>

          {current ? (
            <section aria-labelledby={`step-${current.key}`} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 id={`step-${current.key}`} className="text-xl font-semibold">
                {current.name}
              </h2>
              <p className="text-slate-700">{current.prompt}</p>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-600">
                {current.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
                {adjacentPrompt && ADJACENT_PROMPTS[current.key] ? (
                  <li className="text-sky-800">{ADJACENT_PROMPTS[current.key]}</li>
                ) : null}
              </ul>
              {field(current.key, 12, false)}
              <div className="no-print flex flex-wrap gap-3">
                {step !== ALL && step > 0 ? (
                  <button type="button" onClick={() => goTo(step - 1, { focus: true })} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
                    Back
                  </button>
                ) : null}
                {step !== ALL && step < STAR_STEPS.length - 1 ? (
                  <button type="button" onClick={() => goTo(step + 1, { focus: true })} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
                    Next: {STAR_STEPS[step + 1]!.name}
                  </button>
                ) : null}
              </div>
            </section>
          ) : (
            <div className="flex flex-col gap-5">
              {SECTION_KEYS.map((key) => (
                <section key={key} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                  {field(key, 7, true)}
                </section>
              ))}
            </div>
          )}

          {recoveries.length > 0 && status.kind !== "conflict" ? (
            <RecoveryPanel copies={recoveries} saved={content} onRecover={recoverCopy} onDiscard={discardCopy} />
          ) : null}

          {status.kind === "conflict" ? (
            <ConflictPanel
              message={status.message}
              mine={content}
              theirs={status.theirs}
              onResolve={(choice) => resolveConflict(status.theirs, choice)}
            />
          ) : null}
        </div>

        <FeedbackPanel score={score} sections={sections} current={typed} pending={pending} onShowEvidence={showEvidence} />
      </div>

      <div className="no-print sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
        <button
          type="button"
          onClick={() => void flush()}
          disabled={status.kind === "saving" || status.kind === "conflict" || !dirty}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold disabled:opacity-50"
        >
          Save now
        </button>
        <SaveStatusText status={status} dirty={dirty} />
      </div>
    </div>
    {/* A direct child of <main>, so the print stylesheet prints only this (globals.css). */}
    <PrintableAnswer draft={{ ...content, questionTitle: draft.questionTitle }} />
    </>
  );
}

function StepButton({ active, done, onClick, children }: { active: boolean; done?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-current={active ? "step" : undefined}
      className={`rounded-full border px-4 py-1.5 text-sm font-medium ${
        active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"
      }`}
    >
      {children}
      {done ? (
        <>
          <span className="sr-only"> (written)</span>
          <span aria-hidden="true"> ✓</span>
        </>
      ) : null}
    </button>
  );
}

function TitleField({ value, error, onChange, onBlur }: { value: string; error?: string; onChange: (v: string) => void; onBlur: () => void }) {
  const id = useId();
  const oneLine = (typed: string) => onChange(typed.replace(/[\r\n]+/g, " "));
  const ref = useTypedBeforeHydration<HTMLTextAreaElement>(value, oneLine);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex items-center gap-1 text-sm font-medium text-slate-600">
        <span aria-hidden="true">✎</span> Draft title <span className="font-normal">(click to rename)</span>
      </label>
      {/* A one-line text box that wraps: long titles stay readable on a phone. Enter ends the edit. */}
      <textarea
        ref={ref}
        id={id}
        value={value}
        rows={1}
        maxLength={DRAFT_LIMITS.title * 2}
        onChange={(e) => oneLine(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="field-sizing-content w-full resize-none rounded-md border border-dashed border-slate-300 bg-white/60 px-2 py-1 text-2xl font-bold tracking-tight break-words hover:border-slate-400 focus:border-solid focus:border-brand-600 sm:text-3xl"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type SectionFieldProps = {
  fieldRef: (el: HTMLTextAreaElement | null) => void;
  section: SectionKey;
  label: string;
  hint?: string;
  placeholder: string;
  value: string;
  error?: string;
  rows: number;
  onChange: (v: string) => void;
  onBlur: () => void;
};

function SectionField({ fieldRef, ...props }: SectionFieldProps) {
  const id = useId();
  const ref = useTypedBeforeHydration<HTMLTextAreaElement>(props.value, props.onChange, fieldRef);
  const length = props.value.length;
  const over = length > DRAFT_LIMITS.section;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const message =
    props.error ??
    (over
      ? `Over the limit by ${(length - DRAFT_LIMITS.section).toLocaleString("en-US")} characters. Shorten it to save; nothing has been cut.`
      : "");
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="font-semibold">
        {props.label}
        {props.hint ? <span className="block text-sm font-normal text-slate-600">{props.hint}</span> : null}
      </label>
      <textarea
        ref={ref}
        id={id}
        name={props.section}
        rows={props.rows}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
        aria-invalid={over || props.error ? true : undefined}
        aria-describedby={message ? `${countId} ${errorId}` : countId}
        className="w-full resize-y rounded-md border border-slate-300 p-3 leading-relaxed shadow-inner focus:border-brand-600"
      />
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <p id={errorId} className="text-red-700">
          {message}
        </p>
        <p id={countId} className={over ? "font-semibold text-red-700" : "text-slate-500"}>
          {length.toLocaleString("en-US")} / {DRAFT_LIMITS.section.toLocaleString("en-US")} characters
        </p>
      </div>
    </div>
  );
}
