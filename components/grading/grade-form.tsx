"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { LocalTime } from "@/components/relative-time";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import type { ObjectAction } from "@/lib/errors";
import { GRADE_LABELS, GRADE_LIMITS, GradeDraftSchema, LABEL_NAMES, OVERALL_GRADES, type GradeDraftInput } from "@/lib/star/grade-schema";
import type { GradeFormView } from "@/lib/star/grading-views";
import { RUBRIC_ITEMS } from "@/lib/rubric/items";
import type { ItemId, ItemStatus } from "@/lib/rubric/types";

type GradeAction = ObjectAction<GradeDraftInput, { version: number }>;
type ItemChoice = { label: ItemStatus | "agree"; note: string };

const LABEL_STYLE: Record<ItemStatus, string> = {
  met: "bg-emerald-50 text-emerald-800",
  partial: "bg-amber-50 text-amber-800",
  missing: "bg-slate-100 text-slate-700",
};

const count = (n: number) => n.toLocaleString("en-US");

/**
 * The reviewer's grade (issue 9 §3): beside the engine's label of each checklist item, their
 * own label where they disagree (with a short note), then an overall grade 1-5 and a summary.
 * Checked with the server's own schema before sending; what was typed stays on any error.
 * When the candidate saved a newer version meanwhile, the page refreshes to show it and the
 * entries stay, so the reviewer reads the change and saves again.
 */
export function GradeForm({ view, gradeDraft }: { view: GradeFormView; gradeDraft: GradeAction }) {
  const router = useRouter();
  const [choices, setChoices] = useState<Partial<Record<ItemId, ItemChoice>>>(() =>
    Object.fromEntries((view.grade?.overrides ?? []).map((o) => [o.itemId, { label: o.coach, note: o.note }])),
  );
  const [overall, setOverall] = useState<number | null>(view.grade?.overall ?? null);
  const [summary, setSummary] = useState(view.grade?.summary ?? "");
  const summaryRef = useTypedBeforeHydration<HTMLTextAreaElement>(summary, setSummary);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // Items whose chosen label is now the engine's own (after the candidate's edit) are agreements.
  const overrideIds = RUBRIC_ITEMS.map((item) => item.id).filter((id) => {
    const choice = choices[id];
    return choice && choice.label !== "agree" && choice.label !== view.engineLabels[id];
  });

  function setChoice(id: ItemId, change: Partial<ItemChoice>) {
    setChoices((current) => ({ ...current, [id]: { label: "agree", note: "", ...current[id], ...change } }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setNotice(null);
    setProblem(null);
    const input = {
      draftId: view.draftId,
      version: view.version,
      overall: overall ?? Number.NaN,
      summary,
      overrides: overrideIds.map((id) => ({ itemId: id, label: choices[id]!.label as ItemStatus, note: choices[id]!.note })),
    } satisfies GradeDraftInput;
    const parsed = GradeDraftSchema.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const [field, index] = issue.path;
        const key = field === "overrides" && typeof index === "number" ? `item:${overrideIds[index]}` : String(field ?? "form");
        found[key] ??= issue.message;
      }
      setErrors(found);
      setProblem("The grade is not saved yet: fix the fields marked below.");
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        const result = await gradeDraft(input);
        if (result.ok) {
          setNotice(result.message);
        } else {
          setProblem(result.message);
          if (result.code === "conflict") router.refresh();
        }
      } catch {
        setProblem("The server could not be reached. Your grade is still here: check the connection and save again.");
      }
    });
  }

  const grade = view.grade;
  return (
    <section aria-labelledby="grade-heading" className="no-print flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <h2 id="grade-heading" className="text-lg font-semibold">
          Your grade
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          The checklist&apos;s label is the engine&apos;s. Where you disagree, pick your own and say why in a few words; leave the
          rest on “Agree”. The candidate sees your grade, summary and labels with their date.
        </p>
        {grade ? (
          <p data-testid="grade-status" className={`mt-2 rounded-md p-2 text-sm ${grade.stale ? "bg-amber-50 text-amber-900" : "bg-slate-50 text-slate-700"}`}>
            {grade.stale ? (
              <>
                You graded an earlier version (version {grade.version}, <LocalTime iso={grade.updatedAt} />); the candidate has changed
                the draft since. Saving again grades version {view.version}, shown here.
              </>
            ) : (
              <>
                You graded version {grade.version} on <LocalTime iso={grade.updatedAt} />. Change anything and save again to update it.
              </>
            )}
          </p>
        ) : (
          <p data-testid="grade-status" className="mt-2 rounded-md bg-slate-50 p-2 text-sm text-slate-700">
            Not graded yet. You are grading version {view.version}.
          </p>
        )}
      </div>

      <form onSubmit={submit} noValidate className="flex flex-col gap-5">
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-2 text-sm font-semibold text-slate-800">Checklist items</legend>
          <ul className="flex flex-col divide-y divide-slate-100">
            {RUBRIC_ITEMS.map((item) => {
              const engine = view.engineLabels[item.id];
              const choice = choices[item.id];
              const chosen = choice && choice.label !== engine ? choice.label : "agree";
              const error = errors[`item:${item.id}`];
              const noteId = `grade-note-${item.id}`;
              return (
                <li key={item.id} data-item={item.id} className="flex flex-col gap-2 py-2">
                  <div className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="min-w-40 flex-1 font-medium text-slate-800" title={item.description}>
                      {item.label}
                    </span>
                    <span data-testid={`engine-label-${item.id}`} className={`rounded px-1.5 py-0.5 text-xs ${LABEL_STYLE[engine]}`}>
                      Checklist: {LABEL_NAMES[engine]}
                    </span>
                    <label className="sr-only" htmlFor={`grade-label-${item.id}`}>
                      Your label for {item.label}
                    </label>
                    <select
                      id={`grade-label-${item.id}`}
                      value={chosen}
                      onChange={(event) => setChoice(item.id, { label: event.target.value as ItemChoice["label"] })}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                    >
                      <option value="agree">Agree ({LABEL_NAMES[engine]})</option>
                      {GRADE_LABELS.filter((label) => label !== engine).map((label) => (
                        <option key={label} value={label}>
                          {LABEL_NAMES[label]}
                        </option>
                      ))}
                    </select>
                  </div>
                  {chosen !== "agree" ? (
                    <div className="flex flex-col gap-1 sm:ml-4">
                      <label htmlFor={noteId} className="text-xs font-medium text-slate-700">
                        Why {LABEL_NAMES[chosen]}? (up to {GRADE_LIMITS.note} characters)
                      </label>
                      <input
                        id={noteId}
                        type="text"
                        value={choice?.note ?? ""}
                        onChange={(event) => setChoice(item.id, { note: event.target.value })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={`${noteId}-count${error ? ` ${noteId}-error` : ""}`}
                        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                      />
                      <p id={`${noteId}-count`} className={`text-xs ${(choice?.note.length ?? 0) > GRADE_LIMITS.note ? "text-red-700" : "text-slate-500"}`}>
                        {choice?.note.length ?? 0} / {GRADE_LIMITS.note}
                      </p>
                      {error ? (
                        <p id={`${noteId}-error`} className="text-xs text-red-700">
                          {error}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>

        <fieldset aria-describedby={errors.overall ? "grade-overall-error" : undefined}>
          <legend className="mb-2 text-sm font-semibold text-slate-800">Overall grade</legend>
          <div className="flex flex-wrap gap-2">
            {OVERALL_GRADES.map((option) => (
              <label
                key={option.value}
                className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${
                  overall === option.value ? "border-brand-600 bg-brand-50 font-semibold text-brand-900" : "border-slate-300 bg-white"
                }`}
              >
                <input
                  type="radio"
                  name="overall"
                  value={option.value}
                  checked={overall === option.value}
                  onChange={() => setOverall(option.value)}
                  className="accent-brand-600"
                />
                {option.value} · {option.name}
              </label>
            ))}
          </div>
          {errors.overall ? (
            <p id="grade-overall-error" className="mt-1 text-xs text-red-700">
              {errors.overall}
            </p>
          ) : null}
        </fieldset>

        <div className="flex flex-col gap-1">
          <label htmlFor="grade-summary" className="text-sm font-semibold text-slate-800">
            Summary for the candidate
          </label>
          <textarea
            ref={summaryRef}
            id="grade-summary"
            rows={4}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            aria-invalid={errors.summary ? true : undefined}
            aria-describedby={`grade-summary-count${errors.summary ? " grade-summary-error" : ""}`}
            className="w-full resize-y rounded-md border border-slate-300 p-2 text-sm leading-relaxed"
          />
          <p id="grade-summary-count" className={`text-xs ${summary.length > GRADE_LIMITS.summary ? "text-red-700" : "text-slate-500"}`}>
            {count(summary.length)} / {count(GRADE_LIMITS.summary)} characters
          </p>
          {errors.summary ? (
            <p id="grade-summary-error" className="text-xs text-red-700">
              {errors.summary}
            </p>
          ) : null}
        </div>

        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {pending ? "Saving…" : grade ? "Update grade" : "Save grade"}
          </button>
          <span className="text-sm text-slate-600">
            {overrideIds.length === 0 ? "You agree with every checklist label." : `You disagree on ${overrideIds.length} of ${RUBRIC_ITEMS.length} items.`}
          </span>
        </div>
        <div aria-live="polite" className="text-sm">
          {notice ? (
            <p role="status" className="rounded-md bg-emerald-50 p-2 text-emerald-900">
              {notice}
            </p>
          ) : null}
          {problem ? (
            <p role="alert" className="rounded-md bg-red-50 p-2 text-red-900">
              {problem}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
