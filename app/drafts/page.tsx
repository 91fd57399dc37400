import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { LocalTime } from "@/components/relative-time";
import { StartDraftForm } from "@/components/start-draft-form";
import { DuplicateDraftForm } from "@/components/story-bank/duplicate-draft-form";
import { EditTagsForm } from "@/components/story-bank/edit-tags-form";
import { LifecycleButton } from "@/components/story-bank/lifecycle-button";
import { LifecycleNotice } from "@/components/story-bank/lifecycle-notice";
import { StoryBankPager } from "@/components/story-bank/story-bank-pager";
import { StoryBankViews } from "@/components/story-bank/story-bank-views";
import { StoryFilters } from "@/components/story-bank/story-filters";
import { requireActor } from "@/lib/auth/current-actor.server";
import { listCommentSummaries, type CommentSummary } from "@/lib/comments/comment-summary.server";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { TRASH_RETENTION_DAYS, type ListView } from "@/lib/drafts/story-bank-schema";
import { listStoryBank, type StoryBank, type StoryBankItem } from "@/lib/drafts/list-story-bank.server";
import { createDraftAction } from "@/lib/drafts/draft-actions.server";
import {
  deleteDraftAction,
  duplicateDraftAction,
  restoreDraftAction,
  setArchivedAction,
  updateTagsAction,
} from "@/lib/drafts/story-bank-actions.server";
import { findDraftTitle, listQuestions } from "@/lib/drafts/queries.server";
import { parseStoryBankFilters, parseStoryBankPage } from "@/lib/drafts/story-bank-schema";
import { formatDuration, spokenDuration } from "@/lib/rehearsals/rehearsal-schema";

export const metadata: Metadata = { title: "My drafts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type QuestionOption = { id: string; title: string };

const NOTICES = ["deleted", "restored", "archived", "unarchived"] as const;
type NoticeKind = (typeof NOTICES)[number];

/** What a lifecycle action just did, from the URL it redirected to (`?deleted=<id>`, ...). */
function noticeOf(params: Record<string, string | string[] | undefined>): { kind: NoticeKind; id: string } | null {
  for (const kind of NOTICES) {
    const value = params[kind];
    const id = Array.isArray(value) ? value[0] : value;
    if (id && IdSchema.safeParse(id).success) return { kind, id };
  }
  return null;
}

export default async function DraftsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const filters = parseStoryBankFilters(params);
  const view: ListView = filters.show === "archived" ? "archived" : "active";
  const actor = await requireActor();
  const notice = noticeOf(params);
  const [bank, questions, noticeTitle] = await Promise.all([
    listStoryBank(actor, filters, { page: parseStoryBankPage(params) }),
    listQuestions(),
    notice ? findDraftTitle(actor, notice.id, notice.kind === "deleted" ? "trashed" : "live") : null,
  ]);
  const questionOptions = questions.map(({ id, title }) => ({ id, title }));
  const comments = await listCommentSummaries(actor, bank.items);
  const filtered = Boolean(filters.q || filters.tag || filters.question);
  const nothingAnywhere = bank.counts.active + bank.counts.archived + bank.counts.trash === 0;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">My drafts</h1>
          <p className="mt-1 text-slate-600">Your story bank: every story you are shaping, newest first. Tag them, find them, rehearse them.</p>
        </div>
        {/* The question select grows to its longest title; keep it within a phone's width. */}
        <div className="w-full min-w-0 sm:w-auto sm:max-w-md [&_label]:min-w-0 [&_select]:w-full [&_select]:min-w-0">
          <StartDraftForm questions={questionOptions} action={createDraftAction} label="New draft" />
        </div>
      </div>
      {nothingAnywhere ? null : <StoryBankViews current={view} counts={bank.counts} />}
      {notice && noticeTitle !== null ? <Notice kind={notice.kind} id={notice.id} title={noticeTitle} view={view} /> : null}
      {bank.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          {view === "archived" ? (
            <>
              <h2 className="text-lg font-semibold">Nothing archived</h2>
              <p className="mt-2 text-slate-600">
                Archive a story you are not working on to keep your list short. It stays here, searchable, until you move it back.
              </p>
            </>
          ) : nothingAnywhere ? (
            <>
              <h2 className="text-lg font-semibold">No drafts yet</h2>
              <p className="mt-2 text-slate-600">Start one above: the editor walks you through Situation, Task, Actions and Results.</p>
            </>
          ) : (
            <>
              <h2 className="text-lg font-semibold">No active drafts</h2>
              <p className="mt-2 text-slate-600">Start a new one above, or bring one back from Archived or the Trash.</p>
            </>
          )}
        </div>
      ) : (
        <>
          <StoryFilters key={JSON.stringify(filters)} filters={filters} tags={bank.tags} questions={questionOptions} />
          <p role="status" className="text-sm text-slate-600">
            {showingLine(bank, filtered, view)}
          </p>
          {bank.items.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
              <h2 className="text-lg font-semibold">No stories match</h2>
              <p className="mt-2 text-slate-600">Try fewer words, another tag, or any question.</p>
              <Link href={view === "archived" ? "/drafts?show=archived" : "/drafts"} className="mt-4 inline-block font-medium text-brand-700 underline">
                Clear filters
              </Link>
            </div>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Drafts">
              {bank.items.map((draft) => (
                <StoryRow key={draft.id} draft={draft} questions={questionOptions} view={view} comments={comments.get(draft.id)} />
              ))}
            </ul>
          )}
          <StoryBankPager filters={filters} newer={bank.newer} older={bank.older} />
        </>
      )}
    </div>
  );
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * "Showing 26–50 of 10,000 stories." / "Showing 1–25 of 37 matching stories (of 10,000)." A
 * search is not counted (lib/drafts/list-story-bank.server.ts): "25 matching stories on this page."
 */
function showingLine(bank: StoryBank, filtered: boolean, view: ListView): string {
  const kind = view === "archived" ? "archived " : "";
  const noun = (n: number) => (n === 1 ? "story" : "stories");
  if (filtered && bank.items.length === 0) return `No ${kind}stories match (of ${count(bank.total)}).`;
  if (bank.matching === null || bank.firstIndex === null) {
    return `${count(bank.items.length)} matching ${kind}${noun(bank.items.length)} on this page${bank.older ? "; more under “Older stories”" : ""} (of ${count(bank.total)}).`;
  }
  const range = `${count(bank.firstIndex)}–${count(bank.firstIndex + bank.items.length - 1)}`;
  return filtered
    ? `Showing ${range} of ${count(bank.matching)} matching ${kind}${noun(bank.matching)} (of ${count(bank.total)}).`
    : `Showing ${range} of ${count(bank.matching)} ${kind}${noun(bank.matching)}.`;
}

function Notice({ kind, id, title, view }: { kind: NoticeKind; id: string; title: string; view: ListView }) {
  switch (kind) {
    case "deleted":
      return (
        <LifecycleNotice message={`Deleted “${title}”.`} hint={`It stays in the trash for ${TRASH_RETENTION_DAYS} days.`}>
          <LifecycleButton kind="restore" action={restoreDraftAction} draftId={id} view={view} label="Undo" look="onDark" />
        </LifecycleNotice>
      );
    case "archived":
      return (
        <LifecycleNotice message={`Archived “${title}”.`} hint="Find it under Archived.">
          <LifecycleButton kind="unarchive" action={setArchivedAction} draftId={id} view={view} label="Undo" look="onDark" />
        </LifecycleNotice>
      );
    case "unarchived":
      return <LifecycleNotice message={`Moved “${title}” back to active drafts.`} />;
    case "restored":
      return <LifecycleNotice message={`Restored “${title}”.`} />;
  }
}

function StoryRow({ draft, questions, view, comments }: { draft: StoryBankItem; questions: QuestionOption[]; view: ListView; comments?: CommentSummary }) {
  const titleId = `story-${draft.id}`;
  return (
    <li className="flex flex-col gap-3 p-4" data-draft-id={draft.id}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold">
            <Link id={titleId} href={`/drafts/${draft.id}`} className="break-words text-brand-700 hover:underline">
              {draft.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-600">
            <span className="sr-only">Question: </span>
            {draft.question.title}
          </p>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-x-6 gap-y-1 text-sm text-slate-600">
          <span>
            Edited <LocalTime iso={draft.updatedAt.toISOString()} />
          </span>
          {comments?.newMessages ? (
            <Link href={`/drafts/${draft.id}/comments`} className="rounded-full bg-amber-100 px-3 py-1 font-semibold text-amber-900 hover:underline" data-testid="new-comments">
              {comments.newMessages} new {comments.newMessages === 1 ? "comment" : "comments"}
            </Link>
          ) : comments?.open ? (
            <Link href={`/drafts/${draft.id}/comments`} className="font-medium text-brand-700 hover:underline">
              {comments.open} open {comments.open === 1 ? "comment" : "comments"}
            </Link>
          ) : null}
          <span
            className="rounded-full bg-slate-100 px-3 py-1 font-medium text-slate-700"
            aria-label={draft.score === null ? "Not scored yet" : `Score ${draft.score} out of 100`}
          >
            {draft.score === null ? "Not scored" : `${draft.score}/100`}
          </span>
        </div>
      </div>
      <p className="text-sm text-slate-600" data-testid="last-rehearsal">
        {draft.lastRehearsal ? (
          <>
            Last rehearsed <LocalTime iso={draft.lastRehearsal.createdAt.toISOString()} /> ·{" "}
            <span aria-label={spokenDuration(draft.lastRehearsal.seconds)}>{formatDuration(draft.lastRehearsal.seconds)}</span>
          </>
        ) : (
          "Not rehearsed yet"
        )}
      </p>
      {draft.tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
          {draft.tags.map((tag) => (
            <li key={tag}>
              <Link
                href={`/drafts?tag=${encodeURIComponent(tag)}`}
                className="inline-block rounded-full bg-brand-50 px-2.5 py-0.5 text-sm text-brand-900 ring-1 ring-brand-100 hover:bg-brand-100"
              >
                <span className="sr-only">Show stories tagged </span>
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No tags</p>
      )}
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <Link
          href={`/drafts/${draft.id}/rehearse`}
          aria-describedby={titleId}
          className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          Rehearse
        </Link>
        <Link
          href={`/drafts/${draft.id}/drill`}
          aria-describedby={titleId}
          className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          Follow-up drill
        </Link>
        <EditTagsForm draftId={draft.id} tags={draft.tags} describedBy={titleId} updateTags={updateTagsAction} />
        <DuplicateDraftForm
          draftId={draft.id}
          questionId={draft.question.id}
          questions={questions}
          describedBy={titleId}
          duplicate={duplicateDraftAction}
        />
        {view === "archived" ? (
          <LifecycleButton kind="unarchive" action={setArchivedAction} draftId={draft.id} view={view} label="Unarchive" describedBy={titleId} />
        ) : (
          <LifecycleButton kind="archive" action={setArchivedAction} draftId={draft.id} view={view} label="Archive" describedBy={titleId} />
        )}
        <LifecycleButton kind="delete" action={deleteDraftAction} draftId={draft.id} view={view} label="Delete" describedBy={titleId} look="danger" />
      </div>
    </li>
  );
}
