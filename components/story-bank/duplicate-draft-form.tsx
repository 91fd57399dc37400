"use client";

import { useActionState, useId, useRef, useState } from "react";

import { InlineFormButtons } from "@/components/story-bank/inline-form-buttons";
import type { FormAction, FormActionState } from "@/lib/errors";

type QuestionOption = { id: string; title: string };

/** "Duplicate": copy a story into a new draft for the question chosen here, then open it. */
export function DuplicateDraftForm({
  draftId,
  questionId,
  questions,
  describedBy,
  duplicate,
}: {
  draftId: string;
  questionId: string;
  questions: QuestionOption[];
  describedBy: string;
  /** duplicateDraftAction, handed down by the page. */
  duplicate: FormAction<{ id: string }>;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState<FormActionState<{ id: string }>, FormData>(duplicate, null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();

  return (
    // Open, the form takes the whole row so a long question title cannot push past a phone's width.
    <div className={`flex min-w-0 flex-col gap-2 ${open ? "w-full" : ""}`}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        aria-describedby={describedBy}
        onClick={() => setOpen(!open)}
        className="self-start rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        Duplicate
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          action={formAction}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              setOpen(false);
              toggle.current?.focus();
            }
          }}
          className="flex flex-col gap-2 rounded-md bg-slate-50 p-3"
        >
          <input type="hidden" name="draftId" value={draftId} />
          <label htmlFor={`${id}-question`} className="text-sm font-medium text-slate-700">
            Adapt the copy for
          </label>
          <select
            id={`${id}-question`}
            name="questionId"
            defaultValue={questionId}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          >
            {questions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.title}
              </option>
            ))}
          </select>
          <p className="text-xs text-slate-600">The copy keeps the text and tags and starts its own history. The original is not changed.</p>
          <InlineFormButtons
            pending={pending}
            label="Make a copy"
            pendingLabel="Copying…"
            onCancel={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          />
        </form>
      ) : null}
      <p role="alert" className="text-sm font-medium text-red-700">
        {state && !state.ok ? state.message : null}
      </p>
    </div>
  );
}
