// The save's write in SQL (lib/drafts/write-save.server.ts, issue 10): one statement on
// PostgreSQL, one batch of two or three on SQLite. These drive it directly, with the head read
// "before" the write and then changed underneath it (sealed by a comment, moved on by another
// save), which saveDraft alone cannot time; and they check that a write that is refused
// changes nothing at all, revisions included. Runs on SQLite, and on PostgreSQL with
// TEST_DATABASE_URL.
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/current-actor.server";
import { databaseKind, db } from "@/lib/db";
import { draftAccess, draftEditAccessSql } from "@/lib/drafts/draft-access.server";
import type { DraftContent } from "@/lib/drafts/draft-schema";
import { writeSave, type RevisionWrite, type SaveWrite } from "@/lib/drafts/write-save.server";
import { Prisma } from "@/lib/generated/sqlite/client";

import { createTestDraft, createTestUser } from "../db-utils";

const QUESTION_ID = "it-write-save-question";

beforeAll(async () => {
  await db.question.upsert({
    where: { id: QUESTION_ID },
    create: { id: QUESTION_ID, title: "Test question", prompt: "Tell me about it." },
    update: {},
  });
});

const text = (situation: string): DraftContent => ({ title: "A story", situation, task: "t", actions: "a", results: "r" });

/** A draft at version 1 whose one revision (the head) started `ageMs` ago. */
async function draftWithHead(ageMs = 10_000) {
  const owner = await createTestUser();
  const draft = await createTestDraft(owner, { questionId: QUESTION_ID, situation: "first words" });
  const createdAt = new Date(Date.now() - ageMs);
  await db.draftRevision.updateMany({ where: { draftId: draft.id }, data: { createdAt } });
  const head = await db.draftRevision.findFirstOrThrow({ where: { draftId: draft.id, version: 1 } });
  return { owner, draftId: draft.id, head };
}

function write(draftId: string, revision: RevisionWrite, over: Partial<SaveWrite> = {}): SaveWrite {
  return {
    draftId,
    baseVersion: 1,
    content: text("second words"),
    score: 42,
    searchText: "a story second words",
    clientSaveId: randomUUID(),
    source: "edit",
    revision,
    startedAt: new Date(),
    stamp: new Date(),
    ...over,
  };
}

const revisionsOf = (draftId: string) =>
  db.draftRevision.findMany({
    where: { draftId },
    orderBy: { version: "asc" },
    select: { id: true, version: true, situation: true, source: true, clientSaveId: true, createdAt: true, updatedAt: true, sealedAt: true, score: true },
  });
const draftRow = (draftId: string) =>
  db.draft.findUniqueOrThrow({ where: { id: draftId }, select: { version: true, situation: true, score: true, searchText: true, updatedAt: true } });

describe("writeSave: the three revision writes", () => {
  it("new: moves the draft to the next version and adds a revision with the save's id, start and score", async () => {
    const { owner, draftId, head } = await draftWithHead();
    const w = write(draftId, { kind: "new" });
    expect(await writeSave(owner, w)).toBe(true);
    expect(await draftRow(draftId)).toEqual({ version: 2, situation: "second words", score: 42, searchText: "a story second words", updatedAt: w.stamp });
    const revisions = await revisionsOf(draftId);
    expect(revisions).toHaveLength(2);
    expect(revisions[0]).toMatchObject({ id: head.id, version: 1, situation: "first words" });
    expect(revisions[1]).toMatchObject({ version: 2, situation: "second words", source: "edit", clientSaveId: w.clientSaveId, score: 42, createdAt: w.startedAt, updatedAt: w.stamp, sealedAt: null });
  });

  it("fold: the head takes the new text, version and save id; no row is added", async () => {
    const { owner, draftId, head } = await draftWithHead();
    const w = write(draftId, { kind: "fold", headId: head.id });
    expect(await writeSave(owner, w)).toBe(true);
    const revisions = await revisionsOf(draftId);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ id: head.id, version: 2, situation: "second words", clientSaveId: w.clientSaveId, createdAt: head.createdAt, updatedAt: w.stamp });
  });

  it("step: the head becomes a hidden step and the new row keeps the burst's start", async () => {
    const { owner, draftId, head } = await draftWithHead();
    expect(await writeSave(owner, write(draftId, { kind: "step", headId: head.id, headCreatedAt: head.createdAt }))).toBe(true);
    const revisions = await revisionsOf(draftId);
    expect(revisions.map((r) => [r.version, r.source, r.situation])).toEqual([
      [1, "step", "first words"],
      [2, "edit", "second words"],
    ]);
    expect(revisions[1]!.createdAt).toEqual(head.createdAt);
  });
});

describe("writeSave: a comment seals the head between the save's read and its write", () => {
  it("fold: the sealed head keeps its text and version, and the save writes a new row instead", async () => {
    const { owner, draftId, head } = await draftWithHead();
    const sealedAt = new Date();
    await db.draftRevision.update({ where: { id: head.id }, data: { sealedAt } });
    const w = write(draftId, { kind: "fold", headId: head.id });
    expect(await writeSave(owner, w)).toBe(true);
    const revisions = await revisionsOf(draftId);
    expect(revisions).toHaveLength(2);
    expect(revisions[0]).toMatchObject({ id: head.id, version: 1, situation: "first words", sealedAt, clientSaveId: head.clientSaveId });
    expect(revisions[1]).toMatchObject({ version: 2, situation: "second words", source: "edit", clientSaveId: w.clientSaveId, createdAt: w.startedAt });
    expect((await draftRow(draftId)).version).toBe(2);
  });

  it("step: the sealed head is not turned into a step, and the new row starts a burst of its own", async () => {
    const { owner, draftId, head } = await draftWithHead();
    await db.draftRevision.update({ where: { id: head.id }, data: { sealedAt: new Date() } });
    const w = write(draftId, { kind: "step", headId: head.id, headCreatedAt: head.createdAt });
    expect(await writeSave(owner, w)).toBe(true);
    const revisions = await revisionsOf(draftId);
    expect(revisions.map((r) => [r.version, r.source])).toEqual([
      [1, "edit"],
      [2, "edit"],
    ]);
    expect(revisions[1]!.createdAt).toEqual(w.startedAt);
    expect(revisions[1]!.createdAt).not.toEqual(head.createdAt);
  });
});

describe("writeSave: a refused write changes nothing", () => {
  const kinds = (headId: string, headCreatedAt: Date): RevisionWrite[] => [
    { kind: "new" },
    { kind: "fold", headId },
    { kind: "step", headId, headCreatedAt },
  ];

  it("when another save moved the draft on since it was read (any revision write)", async () => {
    for (const kind of ["new", "fold", "step"] as const) {
      const { owner, draftId, head } = await draftWithHead();
      const winner = write(draftId, { kind: "new" }, { content: text("the winner's words") });
      expect(await writeSave(owner, winner)).toBe(true);
      const before = { draft: await draftRow(draftId), revisions: await revisionsOf(draftId) };
      const late = kinds(head.id, head.createdAt).find((k) => k.kind === kind)!;
      expect(await writeSave(owner, write(draftId, late, { content: text("the loser's words") }))).toBe(false);
      expect({ draft: await draftRow(draftId), revisions: await revisionsOf(draftId) }).toEqual(before);
    }
  });

  it("for a caller who may not edit the draft, whatever id they send: another candidate, a coach with a live share", async () => {
    const { draftId, head } = await draftWithHead();
    const stranger = await createTestUser();
    const coach = await createTestUser({ role: "coach" });
    await db.draftShare.create({ data: { draftId, coachId: coach.userId } });
    const before = { draft: await draftRow(draftId), revisions: await revisionsOf(draftId) };
    for (const actor of [stranger, coach]) {
      for (const revision of kinds(head.id, head.createdAt)) {
        expect(await writeSave(actor, write(draftId, revision))).toBe(false);
      }
    }
    expect({ draft: await draftRow(draftId), revisions: await revisionsOf(draftId) }).toEqual(before);
  });

  it("for a draft in the trash, even its owner's", async () => {
    const { owner, draftId, head } = await draftWithHead();
    await db.draft.update({ where: { id: draftId }, data: { deletedAt: new Date() } });
    const before = { draft: await draftRow(draftId), revisions: await revisionsOf(draftId) };
    for (const revision of kinds(head.id, head.createdAt)) expect(await writeSave(owner, write(draftId, revision))).toBe(false);
    expect({ draft: await draftRow(draftId), revisions: await revisionsOf(draftId) }).toEqual(before);
  });
});

describe("writeSave: racing writes from one version", () => {
  it("exactly one of 12 concurrent writes (folds, steps and new rows mixed) wins, and only its revision write happened", async () => {
    const { owner, draftId, head } = await draftWithHead();
    const writes = Array.from({ length: 12 }, (_, i) => {
      const revision: RevisionWrite =
        i % 3 === 0 ? { kind: "new" } : i % 3 === 1 ? { kind: "fold", headId: head.id } : { kind: "step", headId: head.id, headCreatedAt: head.createdAt };
      return write(draftId, revision, { content: text(`racer ${i}`) });
    });
    const results = await Promise.all(writes.map((w) => writeSave(owner, w)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = writes[results.indexOf(true)]!;
    expect((await draftRow(draftId)).situation).toBe(winner.content.situation);
    const revisions = await revisionsOf(draftId);
    // Whatever the winner wrote, the newest revision is its text at version 2, and no loser's
    // text or save id is anywhere in the history.
    expect(revisions.at(-1)).toMatchObject({ version: 2, situation: winner.content.situation, clientSaveId: winner.clientSaveId });
    const expected = { new: 2, fold: 1, step: 2 }[winner.revision.kind];
    expect(revisions).toHaveLength(expected);
    const losers = writes.filter((w) => w !== winner);
    for (const r of revisions) expect(losers.map((l) => l.clientSaveId)).not.toContain(r.clientSaveId);
  });
});

// Group commit (SQLite only: better-sqlite3 blocks the process for each COMMIT's fsync).
describe.runIf(databaseKind() === "sqlite")("writeSave on SQLite: saves arriving together share a transaction", () => {
  const commits = () => {
    let count = 0;
    (db as unknown as { $on(event: "query", listener: (e: { query: string }) => void): void }).$on("query", (e) => {
      if (/^\s*COMMIT/i.test(e.query)) count++;
    });
    return () => count;
  };

  it("12 saves of 12 drafts sent at once are all applied, in fewer transactions than saves", async () => {
    const drafts = await Promise.all(Array.from({ length: 12 }, () => draftWithHead()));
    const counted = commits();
    const before = counted();
    const writes = drafts.map(({ draftId, head }, i) =>
      write(draftId, i % 2 ? { kind: "fold", headId: head.id } : { kind: "new" }, { content: text(`draft ${i}`) }),
    );
    const results = await Promise.all(writes.map((w, i) => writeSave(drafts[i]!.owner, w)));
    expect(results).toEqual(Array(12).fill(true));
    expect(counted() - before).toBeLessThan(12);
    for (const [i, { draftId }] of drafts.entries()) {
      expect(await draftRow(draftId)).toMatchObject({ version: 2, situation: `draft ${i}` });
      expect((await revisionsOf(draftId)).at(-1)).toMatchObject({ version: 2, situation: `draft ${i}`, clientSaveId: writes[i]!.clientSaveId });
    }
  });

  it("two saves of one draft from one version in one group: the first applies, the second writes nothing", async () => {
    const { owner, draftId, head } = await draftWithHead();
    const first = write(draftId, { kind: "fold", headId: head.id }, { content: text("first") });
    const second = write(draftId, { kind: "step", headId: head.id, headCreatedAt: head.createdAt }, { content: text("second") });
    // A third save of another draft goes first, so the two wait and share the next transaction.
    const other = await draftWithHead();
    const results = await Promise.all([writeSave(other.owner, write(other.draftId, { kind: "new" })), writeSave(owner, first), writeSave(owner, second)]);
    expect(results).toEqual([true, true, false]);
    const revisions = await revisionsOf(draftId);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ id: head.id, version: 2, source: "edit", situation: "first", clientSaveId: first.clientSaveId });
  });

  it("a save that fails fails alone: the others of its group are applied", async () => {
    const drafts = await Promise.all(Array.from({ length: 4 }, () => draftWithHead()));
    // The bad one reuses its draft's head's save id for a new row: the (draftId, clientSaveId) unique index refuses it.
    const bad = drafts[2]!;
    await db.draftRevision.update({ where: { id: bad.head.id }, data: { clientSaveId: "already-used" } });
    const other = await draftWithHead();
    const results = await Promise.allSettled([
      writeSave(other.owner, write(other.draftId, { kind: "new" })),
      ...drafts.map((d, i) => writeSave(d.owner, write(d.draftId, { kind: "new" }, { content: text(`ok ${i}`), clientSaveId: d === bad ? "already-used" : randomUUID() }))),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected", "fulfilled"]);
    for (const [i, d] of drafts.entries()) {
      expect((await draftRow(d.draftId)).version).toBe(d === bad ? 1 : 2);
      expect((await revisionsOf(d.draftId)).map((r) => r.situation)).toEqual(d === bad ? ["first words"] : ["first words", `ok ${i}`]);
    }
  });
});

describe("draftEditAccessSql agrees with draftAccess(actor, \"edit\")", () => {
  it("for the owner, another candidate, a coach with a live share and one with a revoked share, on a live and a trashed draft", async () => {
    const owner = await createTestUser();
    const live = await createTestDraft(owner, { questionId: QUESTION_ID });
    const trashed = await createTestDraft(owner, { questionId: QUESTION_ID });
    await db.draft.update({ where: { id: trashed.id }, data: { deletedAt: new Date() } });
    const stranger = await createTestUser();
    const coach = await createTestUser({ role: "coach" });
    const revoked = await createTestUser({ role: "coach" });
    for (const draftId of [live.id, trashed.id]) {
      await db.draftShare.create({ data: { draftId, coachId: coach.userId } });
      await db.draftShare.create({ data: { draftId, coachId: revoked.userId, revokedAt: new Date() } });
    }
    const cast: [string, Actor][] = [
      ["owner", owner],
      ["stranger", stranger],
      ["coach", coach],
      ["revoked", revoked],
    ];
    const seen: string[] = [];
    for (const [who, actor] of cast) {
      for (const draftId of [live.id, trashed.id]) {
        const viaPrisma = (await db.draft.findFirst({ where: draftAccess(actor, "edit", { draftId }), select: { id: true } }))?.id ?? null;
        const rows = await db.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT "Draft"."id" FROM "Draft" WHERE "Draft"."id" = ${draftId} AND ${draftEditAccessSql(actor)}`,
        );
        expect(rows[0]?.id ?? null, `${who} on ${draftId === live.id ? "live" : "trashed"}`).toBe(viaPrisma);
        if (viaPrisma) seen.push(`${who}:${draftId === live.id ? "live" : "trashed"}`);
      }
    }
    // The comparison means something only if some cell is reachable: the owner's live draft.
    expect(seen).toEqual(["owner:live"]);
  });
});
