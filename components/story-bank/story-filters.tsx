import Form from "next/form";
import Link from "next/link";

import { SEARCH_LIMIT, type StoryBankFilters } from "@/lib/drafts/story-bank-schema";

type Option = { id: string; title: string };

/** Search and filters for the story bank: a plain GET form, so every filter is a shareable URL. */
export function StoryFilters({ filters, tags, questions }: { filters: StoryBankFilters; tags: string[]; questions: Option[] }) {
  const active = Boolean(filters.q || filters.tag || filters.question);
  const clearHref = filters.show === "archived" ? "/drafts?show=archived" : "/drafts";
  return (
    <Form
      action="/drafts"
      role="search"
      aria-label="Filter stories"
      className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end"
    >
      {filters.show ? <input type="hidden" name="show" value={filters.show} /> : null}
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
        Search stories
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={SEARCH_LIMIT}
          placeholder="e.g. replication lag"
          className="w-full min-w-0 rounded-md border border-slate-300 px-3 py-2 text-base font-normal"
        />
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
        Tag
        <select name="tag" defaultValue={filters.tag ?? ""} className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base font-normal">
          <option value="">Any tag</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
          {filters.tag && !tags.includes(filters.tag) ? <option value={filters.tag}>{filters.tag}</option> : null}
        </select>
      </label>
      <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-slate-700">
        Question
        <select
          name="question"
          defaultValue={filters.question ?? ""}
          className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base font-normal"
        >
          <option value="">Any question</option>
          {questions.map((question) => (
            <option key={question.id} value={question.id}>
              {question.title}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700">
          Apply
        </button>
        {active ? (
          <Link href={clearHref} className="text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
