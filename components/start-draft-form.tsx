"use client";

import { useActionState, useId, useState } from "react";

import type { FormAction, FormActionState } from "@/lib/errors";

type QuestionOption = { id: string; title: string; prompt?: string };

/**
 * Starts a draft for one question of the library.
 * - `picker="cards"` (home page): one radio card per question, titles never cut, and the
 *   chosen question's full wording shown before starting (issue 8: a select cut long
 *   titles on a phone and hid what the interviewer will actually ask);
 * - `picker="select"` (the drafts page's compact "New draft").
 */
export function StartDraftForm({
  questions,
  action,
  label = "Start a draft",
  picker = "select",
}: {
  questions: QuestionOption[];
  /** createDraftAction, handed down by the page. */
  action: FormAction<{ id: string }>;
  label?: string;
  picker?: "cards" | "select";
}) {
  const [state, formAction, pending] = useActionState<FormActionState<{ id: string }>, FormData>(action, null);
  const [selectedId, setSelectedId] = useState(questions[0]?.id ?? "");
  const id = useId();
  if (questions.length === 0) {
    return <p className="text-sm text-slate-600">No questions yet. Run <code>npm start</code> once to load them.</p>;
  }
  const selected = questions.find((q) => q.id === selectedId) ?? questions[0]!;
  const submit = (
    <button
      type="submit"
      disabled={pending}
      className="whitespace-nowrap rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
    >
      {pending ? "Creating…" : label}
    </button>
  );
  const error = (
    <p role="alert" className="text-sm text-red-700">
      {state && !state.ok ? state.message : null}
    </p>
  );

  if (picker === "cards") {
    return (
      <form action={formAction} className="flex max-w-3xl flex-col gap-4">
        <fieldset role="radiogroup" aria-labelledby={`${id}-legend`} className="flex flex-col gap-2">
          <legend id={`${id}-legend`} className="mb-2 text-sm font-semibold text-slate-800">
            Question
          </legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {questions.map((q) => (
              <label
                key={q.id}
                className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 text-slate-800 hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-600"
              >
                <input
                  type="radio"
                  name="questionId"
                  value={q.id}
                  checked={q.id === selected.id}
                  onChange={() => setSelectedId(q.id)}
                  aria-describedby={q.id === selected.id ? `${id}-prompt` : undefined}
                  className="mt-1 size-4 shrink-0 accent-brand-600"
                />
                <span className="min-w-0 break-words font-medium">{q.title}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="rounded-lg border-l-4 border-brand-600 bg-white p-4 shadow-sm">
          <p className="text-xs font-semibold uppercase tracking-wider text-slate-500">What the interviewer asks</p>
          <p id={`${id}-prompt`} data-testid="question-prompt" className="mt-1 break-words text-slate-800">
            {selected.prompt}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {submit}
          {error}
        </div>
      </form>
    );
  }

  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      {questions.length > 1 ? (
        <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
          Question
          <select
            name="questionId"
            value={selected.id}
            onChange={(event) => setSelectedId(event.target.value)}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          >
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.title}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="questionId" value={selected.id} />
      )}
      {submit}
      {error}
    </form>
  );
}
