// The story bank's search and tag filter, shared by every write of a draft's text or tags and
// by the story bank's query (docs/decisions/010-story-bank-paging.md). Pure: no database, no
// Node APIs.
//
// The database matches with LIKE (Prisma's `contains`), which has no way to escape its
// wildcards `%` and `_`. So no pattern built here may hold one: the free text is folded with
// those characters turned into spaces, and the exact tag keys carry `_` as \u0002.

/** Marks the edges of each exact tag key in searchText; free text never contains it. */
const TAG_MARK = "\u0001";
const TAG_UNDERSCORE = "\u0002";

/** Case- and accent-insensitive form, without LIKE wildcards: "Réplication 50%" → "replication 50 ". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[%_\\\u0000-\u0008]/g, " ");
}

type Searchable = { title: string; situation: string; task: string; actions: string; results: string; tags: string };

/** One stored tag, exactly (tags are already lower-case), as it appears between TAG_MARKs. */
function tagKey(tag: string): string {
  return tag.replaceAll("_", TAG_UNDERSCORE);
}

/**
 * Draft.searchText: the title, the four sections and the tags, normalised for free-text search,
 * then each tag exactly, between marks, for the tag filter.
 */
export function draftSearchText(draft: Searchable): string {
  const tags = draft.tags.split(",").map((tag) => tag.trim()).filter(Boolean);
  const text = normaliseForSearch([draft.title, draft.situation, draft.task, draft.actions, draft.results, tags.join(" ")].join("\n"));
  return tags.length === 0 ? text : `${text}\n${TAG_MARK}${tags.map(tagKey).join(TAG_MARK)}${TAG_MARK}`;
}

/** What searchText contains when the draft carries exactly this (lower-case) tag. */
export function tagPattern(tag: string): string {
  return `${TAG_MARK}${tagKey(tag)}${TAG_MARK}`;
}

/** At most this many words of a search count (each is one more condition in the query). */
export const SEARCH_TERMS_LIMIT = 8;

/** The words of a search, normalised and de-duplicated: every one must appear in the story. */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  return [...new Set(normaliseForSearch(query).split(/\s+/).filter(Boolean))].slice(0, SEARCH_TERMS_LIMIT);
}
