// The story bank at scale (issue 10): keyset pages on (updatedAt desc, id desc), filters and the
// accent-insensitive search in the database, cursors from the URL never trusted. Runs on SQLite
// by default and on PostgreSQL with TEST_DATABASE_URL.
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { databaseKind, db } from "@/lib/db";
import { duplicateDraft } from "@/lib/drafts/duplicate-draft.server";
import { listStoryBank, type StoryBank } from "@/lib/drafts/list-story-bank.server";
import { saveDraft } from "@/lib/drafts/save-draft.server";
import { draftSearchText } from "@/lib/drafts/search-text";
import {
  encodeCursor,
  parseStoryBankFilters,
  parseStoryBankPage,
  storyBankHref,
  UpdateTagsSchema,
  type StoryBankFilters,
} from "@/lib/drafts/story-bank-schema";
import { updateDraftTags } from "@/lib/drafts/update-tags.server";

import { createTestUser, type TestUser } from "../db-utils";

const QUESTION_A = "it-paging-a";
const QUESTION_B = "it-paging-b";
const BASE = Date.UTC(2026, 10, 1, 12, 0, 0);

beforeAll(async () => {
  for (const [id, title] of [
    [QUESTION_A, "Owning a storage component"],
    [QUESTION_B, "Une décision difficile"],
  ] as const) {
    await db.question.upsert({ where: { id }, create: { id, title, prompt: "Tell me about it." }, update: {} });
  }
});

type Seed = { title?: string; minutesAgo: number; tags?: string; questionId?: string; situation?: string; archived?: boolean; searchText?: boolean };

/** Drafts with chosen edit times (several may share one), inserted in one statement. */
async function seed(owner: TestUser, drafts: Seed[]) {
  const rows = drafts.map((draft, i) => {
    const title = draft.title ?? `Story ${i}`;
    const text = { title, situation: draft.situation ?? "", task: "", actions: "", results: "", tags: draft.tags ?? "" };
    const updatedAt = new Date(BASE - draft.minutesAgo * 60_000);
    return {
      id: `p${randomUUID().replace(/-/g, "")}`,
      ownerId: owner.id,
      questionId: draft.questionId ?? QUESTION_A,
      ...text,
      searchText: draft.searchText === false ? null : draftSearchText(text),
      archivedAt: draft.archived ? updatedAt : null,
      createdAt: updatedAt,
      updatedAt,
    };
  });
  await db.draft.createMany({ data: rows });
  return rows;
}

/** Every page from the first to the last through the `older` links, then back through `newer`. */
async function walk(user: TestUser, filters: StoryBankFilters, pageSize: number) {
  const forward: StoryBank[] = [await listStoryBank(user, filters, { pageSize })];
  while (forward.at(-1)!.older) {
    const page = parseStoryBankPage({ after: forward.at(-1)!.older! });
    forward.push(await listStoryBank(user, filters, { page, pageSize }));
    if (forward.length > 100) throw new Error("paging does not end");
  }
  const backward: StoryBank[] = [forward.at(-1)!];
  while (backward.at(-1)!.newer) {
    const page = parseStoryBankPage({ before: backward.at(-1)!.newer! });
    backward.push(await listStoryBank(user, filters, { page, pageSize }));
    if (backward.length > 100) throw new Error("paging back does not end");
  }
  return { forward, backward };
}

const ids = (pages: StoryBank[]) => pages.flatMap((page) => page.items.map((item) => item.id));
/** The order the story bank promises: newest edit first, ties by id, descending. */
const expectedOrder = (rows: { id: string; updatedAt: Date }[]) =>
  [...rows].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).map((row) => row.id);

describe("story bank paging", () => {
  it("walks every story exactly once in (updatedAt desc, id desc) order, forward and back, across ties", async () => {
    const user = await createTestUser();
    // 23 stories; 9 share one edit time and 5 another, so pages split ties.
    const rows = await seed(user, [
      ...Array.from({ length: 9 }, () => ({ minutesAgo: 5 })),
      ...Array.from({ length: 5 }, () => ({ minutesAgo: 30 })),
      ...Array.from({ length: 9 }, (_, i) => ({ minutesAgo: 60 + i })),
    ]);
    const { forward, backward } = await walk(user, {}, 4);
    expect(forward).toHaveLength(6);
    expect(ids(forward)).toEqual(expectedOrder(rows));
    expect(forward.map((page) => page.firstIndex)).toEqual([1, 5, 9, 13, 17, 21]);
    expect(forward.every((page) => page.matching === 23 && page.total === 23)).toBe(true);
    expect(forward[0]!.newer).toBeNull();
    expect(forward.at(-1)!.older).toBeNull();
    expect(forward.at(-1)!.items).toHaveLength(3);
    // Back from the last page: full pages, the top one whole, and nothing missed or repeated.
    expect(new Set(ids(backward)).size).toBe(23);
    expect(backward.at(-1)!.firstIndex).toBe(1);
    expect(backward.at(-1)!.items.map((item) => item.id)).toEqual(expectedOrder(rows).slice(0, 4));
  });

  it("pages through filtered results: tag, question, archived view and search together", async () => {
    const user = await createTestUser();
    const rows = await seed(user, [
      ...Array.from({ length: 12 }, (_, i) => ({ minutesAgo: i, tags: i % 2 === 0 ? "postgres,on-call" : "cache", situation: "Replication lag" })),
      ...Array.from({ length: 6 }, (_, i) => ({ minutesAgo: 100 + i, tags: "postgres", questionId: QUESTION_B })),
      ...Array.from({ length: 4 }, (_, i) => ({ minutesAgo: 200 + i, tags: "postgres", archived: true })),
    ]);
    const tagged = rows.filter((row) => row.tags.split(",").includes("postgres") && !row.archivedAt);
    const { forward } = await walk(user, parseStoryBankFilters({ tag: "Postgres" }), 5);
    expect(ids(forward)).toEqual(expectedOrder(tagged));
    expect(forward[0]!.matching).toBe(12);
    expect(forward[0]!.total).toBe(18);

    const byQuestion = await walk(user, { tag: "postgres", question: QUESTION_B }, 4);
    expect(ids(byQuestion.forward)).toEqual(expectedOrder(rows.filter((row) => row.questionId === QUESTION_B)));

    const archived = await walk(user, { show: "archived", tag: "postgres" }, 3);
    expect(ids(archived.forward)).toEqual(expectedOrder(rows.filter((row) => row.archivedAt)));
    expect(archived.forward[0]!.total).toBe(4);

    const searched = await walk(user, { q: "REPLICATION", tag: "cache" }, 4);
    expect(ids(searched.forward)).toEqual(expectedOrder(rows.filter((row) => row.tags === "cache")));
    expect(new Set(ids(searched.backward)).size).toBe(6);
    expect(searched.forward.map((page) => [page.matching, page.firstIndex])).toEqual([[null, null], [null, null]]);
    // A tag with `_` in it (LIKE's any-character) matches only itself.
    await seed(user, [{ minutesAgo: 300, tags: "wal_gap" }, { minutesAgo: 301, tags: "walxgap" }]);
    expect((await listStoryBank(user, { tag: "wal_gap" })).items.map((item) => item.tags)).toEqual([["wal_gap"]]);
    expect((await listStoryBank(user, { tag: "wal%gap" })).items).toEqual([]);
    // The tag list comes from the view, not from the page.
    expect(forward[0]!.tags).toEqual(["cache", "on-call", "postgres"]);
    expect(archived.forward[0]!.tags).toEqual(["postgres"]);
  });

  it("matches words case- and accent-insensitively, in the text, the tags and the question title", async () => {
    const user = await createTestUser();
    const [crash, resume, tagged, french] = await seed(user, [
      { title: "Réplication en CRASH", minutesAgo: 1 },
      { title: "Plain", situation: "My resume of the NAÏVE failover", minutesAgo: 2 },
      { title: "Tagged", tags: "zürich", minutesAgo: 3 },
      { title: "Other question", questionId: QUESTION_B, minutesAgo: 4 },
    ]);
    const found = async (q: string) => (await listStoryBank(user, { q })).items.map((item) => item.id).sort();
    expect(await found("replication crash")).toEqual([crash!.id]);
    expect(await found("RÉPLICATION")).toEqual([crash!.id]);
    expect(await found("résumé naive")).toEqual([resume!.id]);
    expect(await found("ZURICH")).toEqual([tagged!.id]);
    expect(await found("decision")).toEqual([french!.id]);
    expect(await found("replication plain")).toEqual([]);
  });

  it("treats % and _ in a search or tag as themselves, not as wildcards", async () => {
    const user = await createTestUser();
    const [percent, underscore] = await seed(user, [
      { title: "Cut p99 by 50%", minutesAgo: 1, tags: "wal_archive" },
      { title: "Other", minutesAgo: 2, tags: "walxarchive" },
      { title: "Third", minutesAgo: 3 },
    ]);
    expect((await listStoryBank(user, { q: "50%" })).items.map((item) => item.id)).toEqual([percent!.id]);
    expect((await listStoryBank(user, { q: "50% p99" })).items.map((item) => item.id)).toEqual([percent!.id]);
    // Alone they are not words: no filter, the whole list.
    expect((await listStoryBank(user, { q: "% _" })).matching).toBe(3);
    expect((await listStoryBank(user, { tag: "wal_archive" })).items.map((item) => item.id)).toEqual([percent!.id]);
    expect((await listStoryBank(user, { tag: "walxarchive" })).items.map((item) => item.id)).toEqual([underscore!.id]);
    expect((await listStoryBank(user, { tag: "wal%archive" })).items).toEqual([]);
    // In free text `_` separates words, each matched anywhere.
    expect((await listStoryBank(user, { q: "wal_archive" })).items).toHaveLength(2);
  });

  it("never shows another user's drafts, whatever the cursor says", async () => {
    const user = await createTestUser();
    const stranger = await createTestUser();
    const own = await seed(user, Array.from({ length: 6 }, (_, i) => ({ minutesAgo: i * 10, title: `Mine ${i}` })));
    const theirs = await seed(stranger, Array.from({ length: 6 }, (_, i) => ({ minutesAgo: i * 10 + 5, title: `Theirs ${i}` })));
    const ownIds = new Set(own.map((row) => row.id));

    // A cursor made from the stranger's drafts only positions the caller's own list.
    for (const row of theirs) {
      for (const key of ["after", "before"] as const) {
        const bank = await listStoryBank(user, {}, { page: parseStoryBankPage({ [key]: encodeCursor(row) }), pageSize: 2 });
        expect(bank.items.length).toBeGreaterThan(0);
        expect(bank.items.every((item) => ownIds.has(item.id))).toBe(true);
      }
    }
    const { forward } = await walk(user, {}, 4);
    expect(ids(forward).sort()).toEqual([...ownIds].sort());
    expect(forward[0]!.counts).toEqual({ active: 6, archived: 0, trash: 0 });
  });

  it("ignores a malformed cursor and answers a cursor past either end with the first page", async () => {
    const user = await createTestUser();
    const rows = await seed(user, Array.from({ length: 5 }, (_, i) => ({ minutesAgo: i })));
    const firstPage = expectedOrder(rows).slice(0, 2);
    for (const garbage of ["", "abc", "1.2.3", "-5.x", "9".repeat(16) + ".x", "12.<script>", "12.' OR 1=1 --", `1.${"x".repeat(65)}`]) {
      expect(parseStoryBankPage({ after: garbage })).toBeUndefined();
      expect(parseStoryBankPage({ before: garbage })).toBeUndefined();
    }
    expect(parseStoryBankPage({ after: ["1.a", "2.b"] })).toEqual({ direction: "older", cursor: { updatedAt: new Date(1), id: "a" } });
    const at = async (params: Record<string, string>) =>
      (await listStoryBank(user, {}, { page: parseStoryBankPage(params), pageSize: 2 })).items.map((item) => item.id);
    expect(await at({ after: "garbage" })).toEqual(firstPage);
    expect(await at({ after: "0.a" })).toEqual(firstPage); // older than everything: nothing there
    expect(await at({ before: `${BASE + 86_400_000}.z` })).toEqual(firstPage); // newer than everything
    expect(await at({ after: `${BASE + 86_400_000}.z` })).toEqual(firstPage);
  });

  it("says nothing matches, with the view's total, when a search finds nothing", async () => {
    const user = await createTestUser();
    await seed(user, [{ minutesAgo: 1 }, { minutesAgo: 2 }]);
    const bank = await listStoryBank(user, { q: "kafka" });
    // A search is not counted (decision 010): no "of N" for it.
    expect(bank).toMatchObject({ items: [], total: 2, matching: null, firstIndex: 0, newer: null, older: null });
  });

  it("fills in a missing searchText before searching, without moving the draft in the list", async () => {
    const user = await createTestUser();
    const [legacy] = await seed(user, [{ title: "Écluse pressure", minutesAgo: 7, searchText: false }]);
    expect((await listStoryBank(user, { q: "ecluse" })).items.map((item) => item.id)).toEqual([legacy!.id]);
    const stored = await db.draft.findUniqueOrThrow({ where: { id: legacy!.id }, select: { searchText: true, updatedAt: true } });
    expect(stored.searchText).toBe("ecluse pressure\n\n\n\n\n");
    expect(stored.updatedAt.getTime()).toBe(legacy!.updatedAt.getTime());
  });

  it("keeps searchText current on save, tag edits and duplication", async () => {
    const user = await createTestUser();
    const [row] = await seed(user, [{ title: "Before", minutesAgo: 1 }]);
    const found = async (q: string) => (await listStoryBank(user, { q })).items.map((item) => item.title);
    await saveDraft(user, { draftId: row!.id, baseVersion: 1, clientSaveId: randomUUID(), title: "Après", situation: "Queue backlog", task: "", actions: "", results: "" });
    expect(await found("apres backlog")).toEqual(["Après"]);
    expect(await found("before")).toEqual([]);
    await updateDraftTags(user, UpdateTagsSchema.parse({ draftId: row!.id, tags: "Kafka" }));
    expect(await found("kafka backlog")).toEqual(["Après"]);
    await duplicateDraft(user, { draftId: row!.id, questionId: QUESTION_A });
    expect((await found("kafka")).sort()).toEqual(["Après", "Après (copy)"]);
  });
});

// On PostgreSQL a search's LIKE '%term%' must be answerable from the trigram index (migration
// 20261207120000_story_bank_trigram): without it every search reads every draft's searchText,
// 40–50 ms at 10,000 drafts (docs/performance.md). Sequential scans are switched off for the
// question so that the plan shows whether the index can serve the pattern at all.
describe.runIf(databaseKind() === "postgresql")("story bank search on PostgreSQL", () => {
  it("reads the trigram index on searchText instead of every draft", async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(`EXPLAIN SELECT "id" FROM "Draft" WHERE "searchText" LIKE $1`, "%replication%");
    });
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("Draft_searchText_idx");
    expect(text).not.toMatch(/Seq Scan/);
  });
});

describe("storyBankHref", () => {
  it("keeps the filters in the URL and adds the page", () => {
    expect(storyBankHref({})).toBe("/drafts");
    expect(storyBankHref({ show: "archived", q: "lag & more", tag: "on-call" }, { after: "12.ab" })).toBe(
      "/drafts?show=archived&q=lag+%26+more&tag=on-call&after=12.ab",
    );
    expect(storyBankHref({ question: "q1" }, { before: "1.x" })).toBe("/drafts?question=q1&before=1.x");
  });
});
