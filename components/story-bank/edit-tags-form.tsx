"use client";

import { useActionState, useId, useRef, useState } from "react";

import { InlineFormButtons } from "@/components/story-bank/inline-form-buttons";
import { TAG_LIMITS, TagListSchema } from "@/lib/drafts/story-bank-schema";
import type { FormAction, FormActionState } from "@/lib/errors";

/** The tags of one story, with an inline form to change them. */
export function EditTagsForm({
  draftId,
  tags,
  describedBy,
  updateTags,
}: {
  draftId: string;
  tags: string[];
  describedBy: string;
  /** updateTagsAction, handed down by the page. */
  updateTags: FormAction<{ tags: string[] }>;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(tags.join(", "));
  const [clientError, setClientError] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();

  const [state, formAction, pending] = useActionState<FormActionState<{ tags: string[] }>, FormData>(async (previous, formData) => {
    const result = await updateTags(previous, formData);
    if (result.ok) {
      setOpen(false);
      setText(result.data.tags.join(", "));
      // Back to the button that opened the form, so keyboard users keep their place.
      requestAnimationFrame(() => toggle.current?.focus());
    }
    return result;
  }, null);

  const error = clientError ?? (state && !state.ok ? state.message : null);

  return (
    // Open, the form takes the whole row so a long question title cannot push past a phone's width.
    <div className={`flex min-w-0 flex-col gap-2 ${open ? "w-full" : ""}`}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        aria-describedby={describedBy}
        onClick={() => {
          setOpen(!open);
          setText(tags.join(", "));
          setClientError(null);
        }}
        className="self-start rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        Edit tags
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          action={formAction}
          noValidate
          onSubmit={(event) => {
            const parsed = TagListSchema.safeParse(text);
            if (!parsed.success) {
              event.preventDefault();
              setClientError(parsed.error.issues[0]?.message ?? "Check the tags.");
              return;
            }
            setClientError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              setOpen(false);
              toggle.current?.focus();
            }
          }}
          className="flex flex-col gap-2 rounded-md bg-slate-50 p-3"
        >
          <input type="hidden" name="draftId" value={draftId} />
          <label htmlFor={`${id}-tags`} className="text-sm font-medium text-slate-700">
            Tags
          </label>
          <input
            id={`${id}-tags`}
            name="tags"
            value={text}
            onChange={(event) => setText(event.target.value)}
            // The form only opens on request, so focusing its field is expected.
            autoFocus
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          />
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            Separate with commas. Up to {TAG_LIMITS.count} tags of {TAG_LIMITS.length} characters; saved in lower case.
          </p>
          {error ? (
            <p id={`${id}-error`} className="text-sm font-medium text-red-700">
              {error}
            </p>
          ) : null}
          <InlineFormButtons
            pending={pending}
            label="Save tags"
            pendingLabel="Saving…"
            onCancel={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          />
        </form>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {state?.ok ? state.message : error && !open ? error : ""}
      </p>
    </div>
  );
}
