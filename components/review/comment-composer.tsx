"use client";

import { useEffect, useId, useMemo, useState, useTransition } from "react";

import { CommentBodyField } from "@/components/review/comment-body-field";
import { takeSelected } from "@/components/ui/selected-before-hydration";
import { CommentBodySchema, type CreateThreadInput } from "@/lib/star/comment-schema";
import { splitSentences } from "@/lib/star/sentences";
import { SECTION_KEYS, sectionName, type SectionKey } from "@/lib/drafts/draft-schema";
import type { ObjectAction } from "@/lib/errors";

type Selection = { section: SectionKey; start: number; end: number; quote: string };

/**
 * The section fields of the review page (components/sharing/review-draft.tsx gives each one
 * the id `review-<section>`). The composer reads the reviewer's selection from them; it never
 * changes them.
 */
const FIELD_PREFIX = "review-";
const sectionOfField = (element: EventTarget | Element | null): SectionKey | null => {
  if (!(element instanceof HTMLTextAreaElement) || !element.id.startsWith(FIELD_PREFIX)) return null;
  const key = element.id.slice(FIELD_PREFIX.length);
  return (SECTION_KEYS as readonly string[]).includes(key) ? (key as SectionKey) : null;
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * A reviewer comments on words they selected in a section with the mouse, on one sentence
 * picked from a list (the keyboard way: a read-only field takes no keyboard selection), or on
 * a whole section. The comment is anchored to the version shown; the server checks the words
 * against that version.
 */
export function CommentComposer({
  draftId,
  version,
  sections,
  createThread,
}: {
  draftId: string;
  /** The version of the text in the section fields. */
  version: number;
  sections: Record<SectionKey, string>;
  createThread: ObjectAction<CreateThreadInput, { id: string }>;
}) {
  const [section, setSection] = useState<SectionKey>("situation");
  // "selection", "whole" or "sentence:<n>".
  const [words, setWords] = useState("whole");
  const [selection, setSelection] = useState<Selection | null>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ids = useId();
  const sentences = useMemo(() => splitSentences(sections[section]), [sections, section]);

  useEffect(() => {
    // Follow a selection made in the section fields: `select` fires for mouse selections (and
    // setSelectionRange); it does not bubble, so listen while capturing.
    const adopt = (target: EventTarget | null, start: number, end: number) => {
      const key = sectionOfField(target);
      if (!key || end <= start) return;
      setSelection({ section: key, start, end, quote: (target as HTMLTextAreaElement).value.slice(start, end) });
      setSection(key);
      setWords("selection");
    };
    const follow = (event: Event) => {
      const field = event.target as HTMLTextAreaElement;
      adopt(field, field.selectionStart, field.selectionEnd);
    };
    document.addEventListener("select", follow, true);
    // Words selected before the page's scripts ran (its fields are in the server's HTML): hydration
    // dropped the selection, so take up what was noted then and show it selected again.
    const early = takeSelected();
    if (early && sectionOfField(early.field)) {
      adopt(early.field, early.start, early.end);
      early.field.setSelectionRange(early.start, early.end);
    }
    return () => document.removeEventListener("select", follow, true);
  }, []);

  const span: Selection | null =
    words === "selection" && selection?.section === section
      ? selection
      : words.startsWith("sentence:")
        ? (() => {
            const sentence = sentences[Number(words.slice("sentence:".length))];
            return sentence ? { section, start: sentence.start, end: sentence.end, quote: sentence.text } : null;
          })()
        : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setNotice(null);
    const parsed = CommentBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Write a comment first.");
      return;
    }
    const input: CreateThreadInput = span
      ? { draftId, version, section, start: span.start, end: span.end, quote: span.quote, body: parsed.data }
      : { draftId, version, section, start: 0, end: 0, quote: "", body: parsed.data };
    setError(null);
    startTransition(async () => {
      try {
        const result = await createThread(input);
        if (result.ok) {
          setBody("");
          setNotice(result.message);
          setSelection(null);
          setWords("whole");
        } else {
          setError(result.message);
        }
      } catch {
        setError("The server could not be reached. Your comment is still in the box; try again.");
      }
    });
  }

  const selectClass = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <section aria-labelledby={`${ids}-heading`} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${ids}-heading`} className="text-lg font-semibold">
        Add a comment
      </h2>
      <p className="text-sm text-slate-700">
        Select words in a section above with the mouse, or choose a section and a sentence here, then write your comment. The candidate
        sees it beside their draft; their text stays theirs.
      </p>
      <form onSubmit={submit} className="flex flex-col gap-3">
        <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${ids}-section`} className="text-sm font-medium text-slate-800">
              Section
            </label>
            <select
              id={`${ids}-section`}
              value={section}
              onChange={(event) => {
                setSection(event.target.value as SectionKey);
                setWords(selection?.section === event.target.value ? "selection" : "whole");
              }}
              className={selectClass}
            >
              {SECTION_KEYS.map((key) => (
                <option key={key} value={key}>
                  {sectionName(key)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`${ids}-words`} className="text-sm font-medium text-slate-800">
              Comment on
            </label>
            <select id={`${ids}-words`} value={words} onChange={(event) => setWords(event.target.value)} className={selectClass}>
              {selection?.section === section ? <option value="selection">The words you selected</option> : null}
              <option value="whole">The whole section</option>
              {sentences.map((sentence, index) => (
                <option key={sentence.start} value={`sentence:${index}`}>
                  {`Sentence ${index + 1}: ${clip(sentence.text, 70)}`}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div aria-live="polite" className="text-sm">
          {span ? (
            <blockquote data-testid="comment-target-quote" className="whitespace-pre-wrap border-l-4 border-amber-300 bg-amber-50 px-3 py-1 text-slate-800">
              {clip(span.quote, 300)}
            </blockquote>
          ) : (
            <p className="text-slate-600">The comment is on the whole {sectionName(section)} section.</p>
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
