"use client";

import { useEffect, useId, useState, useTransition } from "react";

import { CommentBodyField } from "@/components/review/comment-body-field";
import { CommentBodySchema, type CreateThreadInput } from "@/lib/comments/comment-schema";
import { SECTION_KEYS, sectionName, type SectionKey } from "@/lib/drafts/draft-schema";
import type { ObjectAction } from "@/lib/errors";

type Target = { kind: "span"; section: SectionKey; start: number; end: number; quote: string } | { kind: "section"; section: SectionKey };

/**
 * The section fields of the review page (components/sharing/review-draft.tsx gives each one
 * the id `review-<section>`). The composer reads the reviewer's selection from them; it never
 * changes them.
 */
const FIELD_PREFIX = "review-";
const sectionOfField = (element: EventTarget | null): SectionKey | null => {
  if (!(element instanceof HTMLTextAreaElement) || !element.id.startsWith(FIELD_PREFIX)) return null;
  const key = element.id.slice(FIELD_PREFIX.length);
  return (SECTION_KEYS as readonly string[]).includes(key) ? (key as SectionKey) : null;
};

const QUOTE_PREVIEW = 160;
const preview = (quote: string) => (quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote);

/**
 * A reviewer comments on words they selected in a section (with the mouse, or with Shift and
 * the arrow keys inside the field), or on a whole section. The comment is anchored to the
 * version they are reading; the server checks the words against that version.
 */
export function CommentComposer({
  draftId,
  version,
  createThread,
}: {
  draftId: string;
  /** The version of the text in the section fields (the server checks the words against it). */
  version: number;
  createThread: ObjectAction<CreateThreadInput, { id: string }>;
}) {
  const [target, setTarget] = useState<Target>({ kind: "section", section: "situation" });
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ids = useId();

  useEffect(() => {
    // Follow the selection in the section fields: `select` fires for mouse and keyboard
    // selections (and setSelectionRange); it does not bubble, so listen while capturing.
    const onSelect = (event: Event) => {
      const section = sectionOfField(event.target);
      if (!section) return;
      const field = event.target as HTMLTextAreaElement;
      const { selectionStart: start, selectionEnd: end, value } = field;
      if (end > start) setTarget({ kind: "span", section, start, end, quote: value.slice(start, end) });
    };
    document.addEventListener("select", onSelect, true);
    return () => document.removeEventListener("select", onSelect, true);
  }, []);

  const choice = target.kind === "span" ? "selection" : `section:${target.section}`;
  function choose(value: string) {
    if (value === "selection") return;
    setTarget({ kind: "section", section: value.slice("section:".length) as SectionKey });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setNotice(null);
    const parsed = CommentBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Write a comment first.");
      return;
    }
    const span = target.kind === "span" ? target : null;
    const input: CreateThreadInput = span
      ? { draftId, version, section: span.section, start: span.start, end: span.end, quote: span.quote, body: parsed.data }
      : { draftId, version, section: target.section, start: 0, end: 0, quote: "", body: parsed.data };
    setError(null);
    startTransition(async () => {
      try {
        const result = await createThread(input);
        if (result.ok) {
          setBody("");
          setNotice(result.message);
          setTarget({ kind: "section", section: target.section });
        } else {
          setError(result.message);
        }
      } catch {
        setError("The server could not be reached. Your comment is still in the box; try again.");
      }
    });
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${ids}-heading`} className="text-lg font-semibold">
        Add a comment
      </h2>
      <p className="text-sm text-slate-700">
        Select words in a section above (drag across them, or press Shift and the arrow keys inside the field), then write your comment
        here. Or comment on a whole section. The candidate sees it beside their draft; their text stays theirs.
      </p>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${ids}-target`} className="text-sm font-medium text-slate-800">
            Comment on
          </label>
          <select
            id={`${ids}-target`}
            value={choice}
            onChange={(event) => choose(event.target.value)}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-auto"
          >
            {target.kind === "span" ? <option value="selection">The selected words in {sectionName(target.section)}</option> : null}
            {SECTION_KEYS.map((key) => (
              <option key={key} value={`section:${key}`}>
                The whole {sectionName(key)} section
              </option>
            ))}
          </select>
        </div>
        <div aria-live="polite" className="text-sm">
          {target.kind === "span" ? (
            <blockquote data-testid="comment-target-quote" className="whitespace-pre-wrap border-l-4 border-amber-300 bg-amber-50 px-3 py-1 text-slate-800">
              {preview(target.quote)}
            </blockquote>
          ) : (
            <p className="text-slate-600">No words selected: the comment is on the whole {sectionName(target.section)} section.</p>
          )}
        </div>
        <CommentBodyField id={`${ids}-body`} label="Your comment" value={body} onChange={setBody} rows={4} />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
            {pending ? "Sending…" : "Add comment"}
          </button>
          <p role="status" aria-live="polite" className="text-sm text-emerald-800">
            {notice ?? ""}
          </p>
        </div>
        {error ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
