"use client";

import { useId, useState, useTransition } from "react";

import { CommentBodyField } from "@/components/review/comment-body-field";
import { LocalTime } from "@/components/relative-time";
import { CommentBodySchema, type ReplyInput, type SetThreadResolvedInput } from "@/lib/star/comment-schema";
import type { CommentThreadView } from "@/lib/star/comments-view";
import { describeLocation } from "@/lib/star/describe-location";
import { sectionName } from "@/lib/drafts/draft-schema";
import type { ObjectAction } from "@/lib/errors";

type Actions = {
  reply: ObjectAction<ReplyInput, { id: string }>;
  setResolved: ObjectAction<SetThreadResolvedInput, { resolved: boolean }>;
};

/**
 * How "Show in text" finds the words: on the review page they are selected in the read-only
 * section field (`review-<section>`), on the candidate's comments page the highlighted passage
 * (`comment-mark-<thread>`) is scrolled to.
 */
export type TextTarget = "fields" | "marks";

/**
 * The comment threads of one draft, open ones first, resolved ones collapsed below (still
 * there to read and reopen). Every text a person wrote is rendered as text, never as HTML.
 */
export function CommentThreads({
  draftId,
  version,
  threads,
  textTarget,
  emptyText,
  ...actions
}: Actions & { draftId: string; version: number; threads: CommentThreadView[]; textTarget: TextTarget; emptyText: string }) {
  const open = threads.filter((thread) => !thread.resolved);
  const resolved = threads.filter((thread) => thread.resolved);
  // Said here, not in the thread: resolving moves a thread to the collapsed list below.
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="comment-threads-heading" className="flex flex-col gap-3">
      <h2 id="comment-threads-heading" className="text-lg font-semibold">
        Comments <span className="text-sm font-normal text-slate-600">({open.length} open{resolved.length ? `, ${resolved.length} resolved` : ""})</span>
      </h2>
      <p role="status" aria-live="polite" className="text-sm text-emerald-800">
        {notice ?? ""}
      </p>
      {threads.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">{emptyText}</p>
      ) : null}
      {open.length === 0 && resolved.length > 0 ? <p className="text-sm text-slate-600">Every thread is resolved.</p> : null}
      {open.map((thread) => (
        <Thread key={thread.id} draftId={draftId} version={version} thread={thread} textTarget={textTarget} announce={setNotice} {...actions} />
      ))}
      {resolved.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-slate-700">Resolved</h3>
          {resolved.map((thread) => (
            <details key={thread.id} id={`thread-${thread.id}`} data-testid="resolved-thread" className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
              <summary className="cursor-pointer text-slate-700">
                <span className="font-medium">{thread.quote ? `“${short(thread.quote)}”` : `The whole ${sectionName(thread.section)} section`}</span> · resolved by{" "}
                {thread.resolved!.byMe ? "you" : thread.resolved!.byName} · {thread.comments.length} {thread.comments.length === 1 ? "comment" : "comments"}
                {thread.isNew ? <NewBadge /> : null}
              </summary>
              <div className="mt-3">
                <Thread draftId={draftId} version={version} thread={thread} textTarget={textTarget} announce={setNotice} embedded {...actions} />
              </div>
            </details>
          ))}
        </div>
      ) : null}
    </section>
  );
}

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

function NewBadge() {
  return <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">New</span>;
}

function Thread({
  draftId,
  version,
  thread,
  textTarget,
  embedded = false,
  announce,
  reply,
  setResolved,
}: Actions & {
  draftId: string;
  version: number;
  thread: CommentThreadView;
  textTarget: TextTarget;
  embedded?: boolean;
  announce: (message: string | null) => void;
}) {
  const ids = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const where = describeLocation(thread, version);
  const located = thread.location.status !== "gone" && thread.location.status !== "section";

  function run<T>(call: () => Promise<{ ok: true; data: T; message: string | null } | { ok: false; message: string }>, onOk?: () => void) {
    setError(null);
    announce(null);
    startTransition(async () => {
      try {
        const result = await call();
        if (result.ok) {
          onOk?.();
          announce(result.message);
        } else setError(result.message);
      } catch {
        setError("The server could not be reached. Nothing was lost; try again.");
      }
    });
  }

  function sendReply(event: React.FormEvent) {
    event.preventDefault();
    const parsed = CommentBodySchema.safeParse(body);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Write a reply first.");
      return;
    }
    run(() => reply({ draftId, threadId: thread.id, body: parsed.data }), () => setBody(""));
  }

  function showInText() {
    const location = thread.location;
    if (location.status === "gone" || location.status === "section") return;
    if (textTarget === "fields") {
      const field = document.getElementById(`review-${location.section}`);
      if (field instanceof HTMLTextAreaElement) {
        field.focus();
        field.setSelectionRange(location.start, location.end);
      }
    } else {
      const mark = document.getElementById(`comment-mark-${thread.id}`);
      mark?.scrollIntoView({ block: "center" });
      mark?.focus();
    }
  }

  return (
    <article
      id={embedded ? undefined : `thread-${thread.id}`}
      aria-labelledby={`${ids}-title`}
      data-testid="comment-thread"
      className={embedded ? "flex flex-col gap-3" : "flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"}
    >
      <header className="flex flex-col gap-1">
        <h3 id={`${ids}-title`} className="text-sm font-semibold text-slate-800">
          {thread.quote ? `On ${sectionName(thread.section)}` : `On the whole ${sectionName(thread.section)} section`}
          {thread.isNew && !embedded ? <NewBadge /> : null}
        </h3>
        {thread.quote ? (
          <blockquote
            className={`whitespace-pre-wrap border-l-4 px-3 py-1 text-sm ${thread.location.status === "gone" ? "border-slate-300 text-slate-500 line-through" : "border-amber-300 bg-amber-50 text-slate-800"}`}
          >
            {short(thread.quote, 400)}
          </blockquote>
        ) : null}
        {where ? (
          <p className="text-xs text-slate-600" data-testid="comment-location">
            {where}
          </p>
        ) : null}
        {thread.location.status === "edited" ? (
          <blockquote className="whitespace-pre-wrap border-l-4 border-sky-300 bg-sky-50 px-3 py-1 text-sm text-slate-800">{short(thread.location.text, 400)}</blockquote>
        ) : null}
        {located ? (
          <button type="button" onClick={showInText} className="self-start text-xs font-medium text-brand-700 hover:underline">
            Show in text
          </button>
        ) : null}
      </header>

      <ol className="flex flex-col gap-2" aria-label="Messages">
        {thread.comments.map((comment) => (
          <li key={comment.id} className={`rounded-md px-3 py-2 text-sm ${comment.byOwner ? "bg-slate-50" : "bg-brand-50"}`}>
            <p className="text-xs text-slate-600">
              <span className="font-semibold text-slate-800">{comment.byMe ? "You" : comment.authorName}</span>
              {comment.byOwner ? " (candidate)" : " (reviewer)"} · <LocalTime iso={comment.createdAt} />
              {comment.isNew ? <NewBadge /> : null}
            </p>
            <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{comment.body}</p>
          </li>
        ))}
      </ol>

      {thread.resolved ? null : (
        <form onSubmit={sendReply} className="flex flex-col gap-2">
          <CommentBodyField id={`${ids}-reply`} label="Reply" value={body} onChange={setBody} rows={2} />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60">
              {pending ? "Sending…" : "Send reply"}
            </button>
            {thread.canResolve ? (
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => setResolved({ draftId, threadId: thread.id, resolved: true }))}
                className="rounded-md px-3 py-1.5 text-sm font-semibold text-emerald-800 hover:underline disabled:opacity-60"
              >
                Resolve
              </button>
            ) : null}
          </div>
        </form>
      )}
      {thread.resolved && thread.canResolve ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => setResolved({ draftId, threadId: thread.id, resolved: false }))}
          className="self-start rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60"
        >
          Reopen
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </article>
  );
}
