import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

import { LocalTime } from "@/components/relative-time";
import { StartDraftForm } from "@/components/start-draft-form";
import { DuplicateDraftForm } from "@/components/story-bank/duplicate-draft-form";
import { EditTagsForm } from "@/components/story-bank/edit-tags-form";
import { StoryFilters } from "@/components/story-bank/story-filters";
import { requireUser } from "@/lib/auth/current-user";
import { listStoryBank, type StoryBankItem } from "@/lib/drafts/list-story-bank";
import { listQuestions } from "@/lib/drafts/queries";
import { parseStoryBankFilters } from "@/lib/drafts/story-bank-schema";
import { formatDuration, spokenDuration } from "@/lib/rehearsals/rehearsal-schema";

export const metadata: Metadata = { title: "My drafts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type QuestionOption = { id: string; title: string };

export default async function DraftsPage({ searchParams }: Props) {
  await connection();
  const filters = parseStoryBankFilters(await searchParams);
  const user = await requireUser();
  const [bank, questions] = await Promise.all([listStoryBank(user.id, filters), listQuestions()]);
  const questionOptions = questions.map(({ id, title }) => ({ id, title }));
  const filtered = Boolean(filters.q || filters.tag || filters.question);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">My drafts</h1>
          <p className="mt-1 text-slate-600">Your story bank: every story you are shaping, newest first. Tag them, find them, rehearse them.</p>
        </div>
        {/* The question select grows to its longest title; keep it within a phone's width. */}
        <div className="w-full min-w-0 sm:w-auto sm:max-w-md [&_label]:min-w-0 [&_select]:w-full [&_select]:min-w-0">
          <StartDraftForm questions={questionOptions} label="New draft" />
        </div>
      </div>
      {bank.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">No drafts yet</h2>
          <p className="mt-2 text-slate-600">Start one above: the editor walks you through Situation, Task, Actions and Results.</p>
        </div>
      ) : (
        <>
          <StoryFilters key={JSON.stringify(filters)} filters={filters} tags={bank.tags} questions={questionOptions} />
          <p role="status" className="text-sm text-slate-600">
            {filtered ? `${bank.items.length} of ${bank.total} stories match.` : `${bank.total} ${bank.total === 1 ? "story" : "stories"}.`}
          </p>
          {bank.items.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
              <h2 className="text-lg font-semibold">No stories match</h2>
              <p className="mt-2 text-slate-600">Try fewer words, another tag, or any question.</p>
              <Link href="/drafts" className="mt-4 inline-block font-medium text-brand-700 underline">
                Clear filters
              </Link>
            </div>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Drafts">
              {bank.items.map((draft) => (
                <StoryRow key={draft.id} draft={draft} questions={questionOptions} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function StoryRow({ draft, questions }: { draft: StoryBankItem; questions: QuestionOption[] }) {
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
        <EditTagsForm draftId={draft.id} tags={draft.tags} describedBy={titleId} />
        <DuplicateDraftForm draftId={draft.id} questionId={draft.question.id} questions={questions} describedBy={titleId} />
      </div>
    </li>
  );
}
