"use client";

import { useActionState } from "react";

import { createDraftAction, type CreateDraftState } from "@/app/drafts/actions";

type QuestionOption = { id: string; title: string };

export function StartDraftForm({ questions, label = "Start a draft" }: { questions: QuestionOption[]; label?: string }) {
  const [state, formAction, pending] = useActionState<CreateDraftState, FormData>(createDraftAction, null);
  if (questions.length === 0) {
    return <p className="text-sm text-slate-600">No questions yet. Run <code>npm start</code> once to load them.</p>;
  }
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      {questions.length > 1 ? (
        <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
          Question
          <select
            name="questionId"
            defaultValue={questions[0]?.id}
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
        <input type="hidden" name="questionId" value={questions[0]?.id} />
      )}
      <button
        type="submit"
        disabled={pending}
        className="whitespace-nowrap rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Creating…" : label}
      </button>
      <p role="alert" className="text-sm text-red-700">
        {state?.message}
      </p>
    </form>
  );
}
