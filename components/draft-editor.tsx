"use client";

import Link from "next/link";
import { useCallback, useEffect, useId, useMemo, useState, useTransition } from "react";

import { saveDraftAction, type SavedSnapshot } from "@/app/drafts/actions";
import { newClientId } from "@/lib/client-id";
import {
  DRAFT_LIMITS,
  DraftContentSchema,
  fieldErrors,
  SECTION_KEYS,
  type DraftContent,
  type FieldErrors,
  type SectionKey,
} from "@/lib/drafts/draft-schema";
import { STAR_STEPS, stepIndex } from "@/lib/star/steps";

export type EditorDraft = DraftContent & {
  id: string;
  version: number;
  updatedAt: string;
  questionTitle: string;
  questionPrompt: string;
};

type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string; theirs: SavedSnapshot };

const ALL = "all";

function contentOf(draft: DraftContent): DraftContent {
  return { title: draft.title, situation: draft.situation, task: draft.task, actions: draft.actions, results: draft.results };
}

function sameContent(a: DraftContent, b: DraftContent) {
  return a.title === b.title && SECTION_KEYS.every((key) => a[key] === b[key]);
}

const timeFormat = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

export function DraftEditor({ draft, initialStep }: { draft: EditorDraft; initialStep?: string }) {
  const [content, setContent] = useState<DraftContent>(() => contentOf(draft));
  const [saved, setSaved] = useState<DraftContent>(() => contentOf(draft));
  const [version, setVersion] = useState(draft.version);
  const [step, setStep] = useState<number | typeof ALL>(initialStep === ALL ? ALL : stepIndex(initialStep));
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isPending, startTransition] = useTransition();
  const dirty = !sameContent(content, saved);

  // Warn before closing the tab with edits the server has not confirmed.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  const goTo = useCallback((next: number | typeof ALL) => {
    setStep(next);
    const url = new URL(window.location.href);
    url.searchParams.set("step", next === ALL ? ALL : STAR_STEPS[next]!.key);
    window.history.replaceState(null, "", url);
  }, []);

  const update = (field: keyof DraftContent, value: string) => {
    setContent((prev) => ({ ...prev, [field]: value }));
    if (errors[field]) setErrors((prev) => ({ ...prev, [field]: undefined }));
  };

  const save = useCallback(
    (toSave: DraftContent, baseVersion: number) => {
      const parsed = DraftContentSchema.safeParse(toSave);
      if (!parsed.success) {
        setErrors(fieldErrors(parsed.error));
        setStatus({ kind: "invalid", message: "Not saved: fix the highlighted fields. Your text is kept." });
        return;
      }
      setErrors({});
      setStatus({ kind: "saving" });
      startTransition(async () => {
        try {
          const result = await saveDraftAction({ ...parsed.data, draftId: draft.id, baseVersion, clientSaveId: newClientId() });
          if (result.ok) {
            setSaved(toSave);
            setVersion(result.version);
            setStatus({ kind: "saved", at: result.savedAt });
          } else if (result.kind === "conflict") {
            setStatus({ kind: "conflict", message: result.message, theirs: result.current });
          } else if (result.kind === "invalid") {
            setErrors(result.errors);
            setStatus({ kind: "invalid", message: result.message });
          } else {
            setStatus({ kind: "error", message: result.message });
          }
        } catch {
          setStatus({ kind: "error", message: "Could not reach the server. Your text is still here; try again." });
        }
      });
    },
    [draft.id],
  );

  const statusText = useMemo(() => {
    switch (status.kind) {
      case "saving":
        return "Saving…";
      case "saved":
        return dirty ? "Unsaved changes" : `Saved ${timeFormat(status.at)}`;
      case "idle":
        return dirty ? "Unsaved changes" : "All changes saved";
      default:
        return status.message;
    }
  }, [status, dirty]);

  const current = step === ALL ? null : STAR_STEPS[step]!;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/drafts" className="no-print text-sm font-medium text-brand-700 hover:underline">
          ← All drafts
        </Link>
        <TitleField value={content.title} error={errors.title?.[0]} onChange={(v) => update("title", v)} />
        <details className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700">
          <summary className="cursor-pointer font-medium">Question: {draft.questionTitle}</summary>
          <p className="mt-2 whitespace-pre-line">{draft.questionPrompt}</p>
        </details>
      </div>

      <nav aria-label="Answer sections" className="no-print">
        <p className="mb-2 text-sm text-slate-600" aria-live="polite">
          {step === ALL ? "All sections" : `Step ${step + 1} of ${STAR_STEPS.length}: ${current?.name}`}
        </p>
        <ol className="flex flex-wrap gap-2">
          {STAR_STEPS.map((s, index) => {
            const filled = content[s.key].trim().length > 0;
            return (
              <li key={s.key}>
                <button
                  type="button"
                  onClick={() => goTo(index)}
                  aria-current={step === index ? "step" : undefined}
                  className={`rounded-full border px-4 py-1.5 text-sm font-medium ${
                    step === index
                      ? "border-brand-600 bg-brand-600 text-white"
                      : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"
                  }`}
                >
                  {index + 1}. {s.name}
                  {filled ? <span className="sr-only"> (written)</span> : null}
                  {filled ? <span aria-hidden="true"> ✓</span> : null}
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              onClick={() => goTo(ALL)}
              aria-current={step === ALL ? "step" : undefined}
              className={`rounded-full border px-4 py-1.5 text-sm font-medium ${
                step === ALL ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"
              }`}
            >
              All sections
            </button>
          </li>
        </ol>
        <div className="mt-3 h-1.5 w-full overflow-hidden rounded bg-slate-200" aria-hidden="true">
          <div
            className="h-full bg-brand-600 transition-all"
            style={{ width: `${(SECTION_KEYS.filter((k) => content[k].trim()).length / SECTION_KEYS.length) * 100}%` }}
          />
        </div>
      </nav>

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
          </ul>
          <SectionField
            section={current.key}
            label={current.name}
            placeholder={current.placeholder}
            value={content[current.key]}
            error={errors[current.key]?.[0]}
            onChange={(v) => update(current.key, v)}
            rows={12}
          />
        </section>
      ) : (
        <div className="flex flex-col gap-5">
          {STAR_STEPS.map((s) => (
            <section key={s.key} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <SectionField
                section={s.key}
                label={s.name}
                hint={s.prompt}
                placeholder={s.placeholder}
                value={content[s.key]}
                error={errors[s.key]?.[0]}
                onChange={(v) => update(s.key, v)}
                rows={7}
              />
            </section>
          ))}
        </div>
      )}

      {status.kind === "conflict" ? (
        <ConflictPanel
          mine={content}
          theirs={status.theirs}
          onKeepMine={() => save(content, status.theirs.version)}
          onTakeTheirs={() => {
            const theirs = contentOf(status.theirs);
            setContent(theirs);
            setSaved(theirs);
            setVersion(status.theirs.version);
            setStatus({ kind: "saved", at: status.theirs.updatedAt });
          }}
        />
      ) : null}

      <div className="no-print sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
        {step !== ALL && step > 0 ? (
          <button type="button" onClick={() => goTo(step - 1)} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
            Back
          </button>
        ) : null}
        {step !== ALL && step < STAR_STEPS.length - 1 ? (
          <button type="button" onClick={() => goTo(step + 1)} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
            Next: {STAR_STEPS[step + 1]!.name}
          </button>
        ) : null}
        <button
          type="button"
          onClick={() => save(content, version)}
          disabled={isPending || status.kind === "conflict"}
          className="rounded-md bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          Save draft
        </button>
        <p
          role="status"
          aria-live="polite"
          data-testid="save-status"
          className={`text-sm ${status.kind === "error" || status.kind === "invalid" ? "text-red-700" : "text-slate-600"}`}
        >
          {statusText}
        </p>
      </div>
    </div>
  );
}

function TitleField({ value, error, onChange }: { value: string; error?: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="sr-only">
        Draft title
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-transparent bg-transparent px-1 text-3xl font-bold tracking-tight hover:border-slate-300 focus:border-slate-300"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function SectionField(props: {
  section: SectionKey;
  label: string;
  hint?: string;
  placeholder: string;
  value: string;
  error?: string;
  rows: number;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const length = props.value.length;
  const over = length > DRAFT_LIMITS.section;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="font-semibold">
        {props.label}
        {props.hint ? <span className="block text-sm font-normal text-slate-600">{props.hint}</span> : null}
      </label>
      <textarea
        id={id}
        name={props.section}
        rows={props.rows}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={over || props.error ? true : undefined}
        aria-describedby={`${countId}${props.error || over ? ` ${errorId}` : ""}`}
        className="w-full resize-y rounded-md border border-slate-300 p-3 leading-relaxed shadow-inner focus:border-brand-600"
      />
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <p id={errorId} className="text-red-700">
          {props.error ??
            (over
              ? `Over the limit by ${(length - DRAFT_LIMITS.section).toLocaleString("en-US")} characters. Shorten it to save; nothing has been cut.`
              : "")}
        </p>
        <p id={countId} className={over ? "font-semibold text-red-700" : "text-slate-500"}>
          {length.toLocaleString("en-US")} / {DRAFT_LIMITS.section.toLocaleString("en-US")} characters
        </p>
      </div>
    </div>
  );
}

function ConflictPanel({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: DraftContent;
  theirs: SavedSnapshot;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const changed = (["title", ...SECTION_KEYS] as const).filter((key) => mine[key] !== theirs[key]);
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-5">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        This draft changed somewhere else
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Another tab or device saved version {theirs.version} after you started editing. Nothing was overwritten. Compare and choose.
      </p>
      <div className="mt-4 flex flex-col gap-4">
        {changed.map((key) => (
          <div key={key} className="grid gap-3 md:grid-cols-2">
            <div>
              <h3 className="text-sm font-semibold capitalize">Yours: {key}</h3>
              <pre className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-white p-2 font-sans text-sm">{mine[key]}</pre>
            </div>
            <div>
              <h3 className="text-sm font-semibold capitalize">Saved elsewhere: {key}</h3>
              <pre className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-white p-2 font-sans text-sm">{theirs[key]}</pre>
            </div>
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={onKeepMine} className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
          Take theirs
        </button>
      </div>
    </section>
  );
}
