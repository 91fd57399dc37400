import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { countDrafts, type DraftCounts } from "@/lib/drafts/count-drafts.server";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { purgeExpiredTrash } from "@/lib/drafts/purge-trash.server";
import { draftSearchText, normaliseForSearch, searchTerms, tagPattern } from "@/lib/drafts/search-text";
import {
  encodeCursor,
  isStorableTag,
  parseStoredTags,
  STORY_BANK_PAGE_SIZE,
  type StoryBankCursor,
  type StoryBankFilters,
  type StoryBankPage,
} from "@/lib/drafts/story-bank-schema";
import type { Prisma } from "@/lib/generated/sqlite/client";

export type StoryBankItem = {
  id: string;
  title: string;
  score: number | null;
  updatedAt: Date;
  tags: string[];
  question: { id: string; title: string };
  lastRehearsal: { seconds: number; createdAt: Date } | null;
};

export type StoryBank = {
  /** One page of the drafts that match the filters, most recently edited first. */
  items: StoryBankItem[];
  /** How many drafts the view holds before filtering (to tell "none here" from "no matches"). */
  total: number;
  /** How many drafts match the filters (all pages); null for a search (not counted, decision 010). */
  matching: number | null;
  /** 1-based position of the first item among the matches (0 when the page is empty; null for a search). */
  firstIndex: number | null;
  /** Cursor for the page of newer stories (`?before=`), null on the first page. */
  newer: string | null;
  /** Cursor for the page of older stories (`?after=`), null on the last page. */
  older: string | null;
  /** Every tag used in the view, alphabetical, for the tag filter. */
  tags: string[];
  /** Drafts per view, for the Active / Archived / Trash tabs. */
  counts: DraftCounts;
};

type Options = { page?: StoryBankPage; pageSize?: number; now?: Date };

const itemSelect = {
  id: true,
  title: true,
  score: true,
  updatedAt: true,
  tags: true,
  question: { select: { id: true, title: true } },
  rehearsals: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { seconds: true, createdAt: true } },
} satisfies Prisma.DraftSelect;

/**
 * One page of the story bank (docs/decisions/010-story-bank-paging.md): keyset pagination on
 * (updatedAt desc, id desc), with the tag, question and view (active or archived) filters and
 * the free-text search (title, question, four sections, tags; case- and accent-insensitive
 * through the normalised Draft.searchText) all in the database query. Only the caller's own
 * live drafts are reachable (`draftAccess(actor, "edit")` is in every `where`), so a cursor,
 * forged or not, only picks where to start in that list. Drafts in the trash are never listed
 * (and expired ones are purged first).
 */
export async function listStoryBank(actor: Actor, filters: StoryBankFilters = {}, options: Options = {}): Promise<StoryBank> {
  const { page, pageSize = STORY_BANK_PAGE_SIZE, now = new Date() } = options;
  await purgeExpiredTrash(actor, now);
  const terms = searchTerms(filters.q);
  const tagNeedsSearchText = filters.tag?.includes("_") ?? false;
  // A search (and the filter on a tag with `_`) reads searchText: fill it in where an older write left none.
  if (terms.length > 0 || tagNeedsSearchText) await fillMissingSearchText(actor);

  const view: Prisma.DraftWhereInput = { ...draftAccess(actor, "edit"), archivedAt: filters.show === "archived" ? { not: null } : null };
  const where: Prisma.DraftWhereInput = { AND: [view, ...(await filterConditions(filters, terms))] };
  // Counting the matches of a search reads every draft's searchText again (the page itself
  // stops at a page of matches), so a search shows its page without "of N" (decision 010).
  const counted = terms.length === 0;

  const [counts, tagSets, matching, slice] = await Promise.all([
    countDrafts(actor),
    // One row per distinct stored tag list, not per draft (from an index).
    db.draft.groupBy({ by: ["tags"], where: { ...view, tags: { not: "" } } }),
    counted ? db.draft.count({ where }) : null,
    pageRows(where, page, pageSize),
  ]);
  const { rows, hasNewer, hasOlder } = slice;
  let firstIndex: number | null = rows.length === 0 ? 0 : null;
  if (counted && rows.length > 0) firstIndex = (await db.draft.count({ where: { AND: [where, newerThan(rows[0]!)] } })) + 1;
  // Counted, the links follow from the position; a search's come from the row read past the page.
  const newerExists = firstIndex === null ? hasNewer : firstIndex > 1;
  const olderExists = firstIndex === null || matching === null ? hasOlder : firstIndex + rows.length - 1 < matching;
  return {
    items: rows.map(({ rehearsals, tags, ...row }) => ({ ...row, tags: parseStoredTags(tags), lastRehearsal: rehearsals[0] ?? null })),
    total: filters.show === "archived" ? counts.archived : counts.active,
    matching,
    firstIndex,
    newer: rows.length > 0 && newerExists ? encodeCursor(rows[0]!) : null,
    older: rows.length > 0 && olderExists ? encodeCursor(rows.at(-1)!) : null,
    tags: [...new Set(tagSets.flatMap((set) => parseStoredTags(set.tags)))].sort(),
    counts,
  };
}

type Slice = { rows: Prisma.DraftGetPayload<{ select: typeof itemSelect }>[]; hasNewer: boolean; hasOlder: boolean };

/**
 * The rows of one page, newest first, and whether there are more on either side (one row past
 * the page is read to know). A cursor that leads nowhere (stale or forged) gives the first page.
 */
async function pageRows(where: Prisma.DraftWhereInput, page: StoryBankPage, pageSize: number): Promise<Slice> {
  const desc = [{ updatedAt: "desc" }, { id: "desc" }] satisfies Prisma.DraftOrderByWithRelationInput[];
  const first = async (): Promise<Slice> => {
    const rows = await db.draft.findMany({ where, orderBy: desc, take: pageSize + 1, select: itemSelect });
    return { rows: rows.slice(0, pageSize), hasNewer: false, hasOlder: rows.length > pageSize };
  };
  if (!page) return first();
  if (page.direction === "older") {
    const rows = await db.draft.findMany({ where: { AND: [where, olderThan(page.cursor)] }, orderBy: desc, take: pageSize + 1, select: itemSelect });
    // The cursor's own story is newer than this page (if it still matches).
    return rows.length > 0 ? { rows: rows.slice(0, pageSize), hasNewer: true, hasOlder: rows.length > pageSize } : first();
  }
  const rows = await db.draft.findMany({
    where: { AND: [where, newerThan(page.cursor)] },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: pageSize + 1,
    select: itemSelect,
  });
  // Fewer than a page newer than the cursor: this is the top of the list, shown whole.
  if (rows.length < pageSize) return first();
  return { rows: rows.slice(0, pageSize).reverse(), hasNewer: rows.length > pageSize, hasOlder: true };
}

const olderThan = ({ updatedAt, id }: StoryBankCursor): Prisma.DraftWhereInput => ({
  OR: [{ updatedAt: { lt: updatedAt } }, { updatedAt, id: { lt: id } }],
});

const newerThan = ({ updatedAt, id }: StoryBankCursor): Prisma.DraftWhereInput => ({
  OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: id } }],
});


/**
 * Draft.tags is comma-joined: the tag alone, first, last or in the middle. Matched with LIKE on
 * the tags column (answered from the index `(ownerId, deletedAt, archivedAt, tags, id)`). A stored
 * tag never holds `%` or `\\`, but may hold `_`, LIKE's any-character: then the exact tag key in
 * searchText must match too. A tag no draft can carry matches nothing.
 */
function hasTag(tag: string): Prisma.DraftWhereInput {
  if (!isStorableTag(tag)) return { id: { in: [] } };
  const patterns: Prisma.DraftWhereInput = {
    OR: [{ tags: tag }, { tags: { startsWith: `${tag},` } }, { tags: { endsWith: `,${tag}` } }, { tags: { contains: `,${tag},` } }],
  };
  return tag.includes("_") ? { AND: [patterns, { searchText: { contains: tagPattern(tag) } }] } : patterns;
}

/** The `where` conditions of the tag, question and free-text filters. */
async function filterConditions(filters: StoryBankFilters, terms: string[]): Promise<Prisma.DraftWhereInput[]> {
  const conditions: Prisma.DraftWhereInput[] = [];
  if (filters.tag) conditions.push(hasTag(filters.tag));
  if (filters.question) conditions.push({ questionId: filters.question });
  if (terms.length > 0) {
    // A word may also match the question's title. Questions are a handful of rows, matched here;
    // the drafts' own text is matched by the database.
    const questions = await db.question.findMany({ select: { id: true, title: true } });
    const titles = questions.map((question) => ({ id: question.id, title: normaliseForSearch(question.title) }));
    for (const term of terms) {
      const questionIds = titles.filter((question) => question.title.includes(term)).map((question) => question.id);
      conditions.push({
        OR: [{ searchText: { contains: term } }, ...(questionIds.length > 0 ? [{ questionId: { in: questionIds } }] : [])],
      });
    }
  }
  return conditions;
}

const BACKFILL_BATCH = 200;
const filledFor = new Set<string>();

/**
 * Computes searchText for the caller's drafts that have none yet (written before the column
 * existed, or by a tool that does not set it), so a search never misses them. After the first
 * search this is one indexed query that finds nothing.
 */
async function fillMissingSearchText(actor: Actor): Promise<void> {
  // Looking for missing values reads every row of the owner; once done in this process, the
  // app's own writes keep the column set. Only a skipped check, so another instance that has
  // not checked yet simply does it itself.
  if (filledFor.has(actor.userId)) return;
  for (;;) {
    const missing = await db.draft.findMany({
      where: { ...draftAccess(actor, "edit"), searchText: null },
      select: { id: true, title: true, situation: true, task: true, actions: true, results: true, tags: true, updatedAt: true },
      take: BACKFILL_BATCH,
    });
    // One transaction per batch (one commit, not one per draft).
    await db.$transaction(
      missing.map((draft) =>
        db.draft.updateMany({
          // Only if still missing: a save in between has written its own text's value.
          where: { ...draftAccess(actor, "edit", { draftId: draft.id }), searchText: null },
          // An explicit updatedAt keeps @updatedAt from moving the draft in the list.
          data: { searchText: draftSearchText(draft), updatedAt: draft.updatedAt },
        }),
      ),
    );
    if (missing.length < BACKFILL_BATCH) break;
  }
  if (filledFor.size > 10_000) filledFor.clear();
  filledFor.add(actor.userId);
}
