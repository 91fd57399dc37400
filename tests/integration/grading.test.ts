// Coach grades (issue 9 §3, docs/decisions/008-coach-grades.md) against the real database: a
// reviewer with a live share grades a draft (their labels where they disagree with the engine,
// an overall grade and a summary), grades again in place, and nobody else can; the candidate
// sees the grades; the disagreement report counts them; `export:grades` writes them as a
// labeled corpus in the shape of shared/rubric/FORMAT.md.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";

import { afterAll, describe, expect, it } from "vitest";

import { deleteAccount } from "@/lib/account/delete-account.server";
import { exportMyData } from "@/lib/account/export-my-data.server";
import { db, databaseUrl } from "@/lib/db";
import { deleteDraft } from "@/lib/drafts/delete-draft.server";
import { saveDraft } from "@/lib/drafts/save-draft.server";
import { CorpusAnswerSchema } from "@/lib/grading/corpus-answer-schema";
import { getDisagreementReport } from "@/lib/grading/disagreement-report.server";
import { exportGrades } from "@/lib/grading/export-grades";
import { gradeDraftAction } from "@/lib/grading/grade-actions.server";
import { GRADE_STALE, gradeDraft, OWN_DRAFT_GRADE } from "@/lib/grading/grade-draft.server";
import { GRADE_LIMITS, GradeDraftSchema, type GradeDraftInput } from "@/lib/star/grade-schema";
import { getGradeForm, listDraftGrades } from "@/lib/grading/grading-view.server";
import { scoreDraft } from "@/lib/rubric";
import { parseCorpusAnswer } from "@/lib/rubric/input";
import { ITEM_IDS, type ItemId, type ItemStatus } from "@/lib/rubric/types";
import { acceptInvite } from "@/lib/sharing/accept-invite.server";
import { createInvite } from "@/lib/sharing/create-invite.server";
import { revokeShare } from "@/lib/sharing/revoke-access.server";

import { createTestDraft, createTestUser, type TestUser } from "../db-utils";

const run = promisify(execFile);
const TSX = path.join(process.cwd(), "node_modules/.bin/tsx");

// A story the engine finds some items in and misses others: enough to disagree both ways.
const STORY = {
  title: "Replication lag on the metadata store",
  situation: "I owned the metadata service, a 5-node etcd cluster every write in the object store passes through, at 40k requests per second with a p99 target of 20 ms.",
  task: "As the on-call tech lead I had to stop the lag without losing writes.",
  actions: "Replication lag grew to 30 seconds during compaction. I looked at the dashboards and found the root cause: a lock ordering bug between compaction and apply. I fixed it with lock sharding and rolled it out behind a feature flag to 5% of nodes first.",
  results: "p99 went from 120 ms to 18 ms, and we added an alert on apply lag.",
};

async function share(owner: TestUser, draftId: string, coach?: TestUser) {
  const reviewer = coach ?? (await createTestUser({ role: "coach" }));
  const { token } = await createInvite(owner, draftId);
  await acceptInvite(reviewer, token);
  return reviewer;
}

async function sharedDraft() {
  const owner = await createTestUser();
  const draft = await createTestDraft(owner, STORY);
  const coach = await share(owner, draft.id);
  return { owner, coach, draft };
}

function engineLabelsOf(text: typeof STORY): Record<ItemId, ItemStatus> {
  const score = scoreDraft(text);
  return Object.fromEntries(ITEM_IDS.map((id) => [id, score.items[id].status])) as Record<ItemId, ItemStatus>;
}

/** An item the engine labels `status` on STORY, and a label that differs from it. */
function itemWhere(status: ItemStatus): { itemId: ItemId; other: ItemStatus } {
  const labels = engineLabelsOf(STORY);
  const itemId = ITEM_IDS.find((id) => labels[id] === status);
  if (!itemId) throw new Error(`the test story has no ${status} item`);
  return { itemId, other: status === "met" ? "missing" : "met" };
}

function input(draftId: string, overrides: Partial<GradeDraftInput> = {}): GradeDraftInput {
  return { draftId, version: 1, overall: 3, summary: "Solid incident, thin on validation.", overrides: [], ...overrides };
}

const parsed = (value: GradeDraftInput) => GradeDraftSchema.parse(value);

describe("grading a shared draft", () => {
  it("records the reviewer's labels where they differ, the overall grade, and what was graded", async () => {
    const { coach, draft } = await sharedDraft();
    const met = itemWhere("met");
    const missing = itemWhere("missing");
    const result = await gradeDraftAction.runAs(
      coach,
      input(draft.id, {
        overall: 4,
        overrides: [
          { itemId: met.itemId, label: "missing", note: "Named, but no story behind it." },
          { itemId: missing.itemId, label: "partial", note: "  Hinted at in the results.  " },
        ],
      }),
    );
    expect(result).toMatchObject({ ok: true, message: "Grade saved for version 1.", data: { version: 1, overall: 4, overrides: 2 } });

    const row = await db.draftGrade.findUniqueOrThrow({ where: { draftId_coachId: { draftId: draft.id, coachId: coach.userId } } });
    expect(row).toMatchObject({ version: 1, overall: 4, summary: "Solid incident, thin on validation." });
    expect(JSON.parse(row.overrides)).toEqual({
      [met.itemId]: { label: "missing", note: "Named, but no story behind it." },
      [missing.itemId]: { label: "partial", note: "Hinted at in the results." },
    });
    // The engine's labels and score are the server's own, of the graded text; every item id is there.
    expect(JSON.parse(row.engineLabels)).toEqual(engineLabelsOf(STORY));
    expect(row.engineScore).toBe(scoreDraft(STORY).total);
    expect(JSON.parse(row.gradedText)).toEqual(STORY);

    const form = await getGradeForm(coach, draft.id);
    expect(form).toMatchObject({ draftId: draft.id, version: 1, grade: { version: 1, stale: false, overall: 4 } });
    expect(form!.engineLabels).toEqual(engineLabelsOf(STORY));
    expect(form!.grade!.overrides.map((o) => [o.itemId, o.engine, o.coach])).toEqual(
      ITEM_IDS.filter((id) => id === met.itemId || id === missing.itemId).map((id) =>
        id === met.itemId ? [id, "met", "missing"] : [id, "missing", "partial"],
      ),
    );
  });

  it("drops an 'override' that agrees with the engine", async () => {
    const { coach, draft } = await sharedDraft();
    const met = itemWhere("met");
    await gradeDraft(coach, parsed(input(draft.id, { overrides: [{ itemId: met.itemId, label: "met", note: "Agreed." }] })));
    const row = await db.draftGrade.findFirstOrThrow({ where: { draftId: draft.id } });
    expect(JSON.parse(row.overrides)).toEqual({});
  });

  it("grading again changes the one grade in place; the same save twice, or two at once, leaves one row", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const first = await gradeDraft(coach, parsed(input(draft.id, { overall: 2 })), new Date("2026-12-01T10:00:00Z"));
    const again = await gradeDraft(coach, parsed(input(draft.id, { overall: 2 })), new Date("2026-12-01T10:01:00Z"));
    expect(again.id).toBe(first.id);
    const met = itemWhere("met");
    await gradeDraft(
      coach,
      parsed(input(draft.id, { overall: 5, summary: "Changed my mind.", overrides: [{ itemId: met.itemId, label: "partial", note: "Vague." }] })),
      new Date("2026-12-01T11:00:00Z"),
    );
    await Promise.all([gradeDraft(coach, parsed(input(draft.id, { overall: 5, summary: "Changed my mind." }))), gradeDraft(coach, parsed(input(draft.id, { overall: 5, summary: "Changed my mind." })))]);
    const rows = await db.draftGrade.findMany({ where: { draftId: draft.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: first.id, overall: 5, summary: "Changed my mind.", overrides: "{}" });
    expect(rows[0]!.createdAt.toISOString()).toBe("2026-12-01T10:00:00.000Z");

    // A second reviewer has a grade of their own.
    const second = await share(owner, draft.id);
    await gradeDraft(second, parsed(input(draft.id, { overall: 1 })));
    expect(await db.draftGrade.count({ where: { draftId: draft.id } })).toBe(2);
  });

  it("refuses a grade of a version the reviewer did not see, and marks an old grade as of an earlier version", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await gradeDraft(coach, parsed(input(draft.id, { overall: 3 })));
    const saved = await saveDraft(owner, { draftId: draft.id, baseVersion: 1, clientSaveId: randomUUID(), ...STORY, results: `${STORY.results} Zero recurrences in 6 months.` });
    expect(saved).toMatchObject({ status: "saved", version: 2 });

    // Still graded at version 1, with version 1's text.
    const form = await getGradeForm(coach, draft.id);
    expect(form).toMatchObject({ version: 2, grade: { version: 1, stale: true } });
    const row = await db.draftGrade.findFirstOrThrow({ where: { draftId: draft.id } });
    expect(JSON.parse(row.gradedText).results).toBe(STORY.results);
    const candidateView = await listDraftGrades(owner, draft.id);
    expect(candidateView).toMatchObject({ version: 2, reviewers: 1, grades: [{ version: 1, stale: true, overall: 3, accessRemoved: false }] });

    // A save naming version 1 again is refused and changes nothing.
    expect(await gradeDraftAction.runAs(coach, input(draft.id, { version: 1, overall: 5 }))).toMatchObject({ ok: false, code: "conflict", message: GRADE_STALE });
    expect((await db.draftGrade.findFirstOrThrow({ where: { draftId: draft.id } })).overall).toBe(3);
    // Grading version 2 moves the grade on.
    expect(await gradeDraftAction.runAs(coach, input(draft.id, { version: 2, overall: 5 }))).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await getGradeForm(coach, draft.id)).toMatchObject({ grade: { version: 2, stale: false, overall: 5 } });
  });

  it("validates at the edge: limits, notes, labels, item ids, the grade's range", async () => {
    const { coach, draft } = await sharedDraft();
    const met = itemWhere("met");
    const cases: [unknown, RegExp][] = [
      [input(draft.id, { overall: 0 }), /overall grade from 1 to 5/],
      [input(draft.id, { overall: 6 }), /overall grade from 1 to 5/],
      [input(draft.id, { overall: 2.5 }), /overall grade from 1 to 5/],
      [input(draft.id, { summary: "   " }), /Write a short summary/],
      [input(draft.id, { summary: "x".repeat(GRADE_LIMITS.summary + 1) }), /limit is 2,000/],
      [input(draft.id, { overrides: [{ itemId: met.itemId, label: "missing", note: "" }] }), /Add a short note/],
      [input(draft.id, { overrides: [{ itemId: met.itemId, label: "missing", note: "x".repeat(GRADE_LIMITS.note + 1) }] }), /limit is 280/],
      [input(draft.id, { overrides: [{ itemId: met.itemId, label: "great" as ItemStatus, note: "n" }] }), /met, partly met or missing/],
      [input(draft.id, { overrides: [{ itemId: "charisma" as ItemId, label: "met", note: "n" }] }), /does not exist/],
      [input(draft.id, { overrides: [{ itemId: met.itemId, label: "missing", note: "a" }, { itemId: met.itemId, label: "partial", note: "b" }] }), /one label only/],
      [{ ...input(draft.id), draftId: "../etc" }, /./],
      [null, /./],
    ];
    for (const [value, message] of cases) {
      const result = await gradeDraftAction.runAs(coach, value);
      expect(result, JSON.stringify(value)?.slice(0, 120)).toMatchObject({ ok: false, code: "bad_request" });
      expect(result.ok ? "" : result.message).toMatch(message);
    }
    expect(await db.draftGrade.count({ where: { draftId: draft.id } })).toBe(0);
  });
});

describe("who may grade", () => {
  it("nobody but a reviewer with a live share: owner 403, another candidate, a reviewer of another draft and a revoked reviewer 404", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const otherCandidate = await createTestUser();
    const { coach: coachOfAnother } = await sharedDraft();

    expect(await gradeDraftAction.runAs(owner, input(draft.id))).toMatchObject({ ok: false, code: "forbidden", message: OWN_DRAFT_GRADE });
    expect(await getGradeForm(owner, draft.id)).toBeNull();
    for (const stranger of [otherCandidate, coachOfAnother]) {
      expect(await gradeDraftAction.runAs(stranger, input(draft.id))).toMatchObject({ ok: false, code: "not_found" });
      await expect(getGradeForm(stranger, draft.id)).rejects.toMatchObject({ code: "not_found" });
      await expect(listDraftGrades(stranger, draft.id)).rejects.toMatchObject({ code: "not_found" });
    }
    // The candidate's list of grades is the owner's alone, even for the reviewer.
    await expect(listDraftGrades(coach, draft.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.draftGrade.count({ where: { draftId: draft.id } })).toBe(0);

    // A grade given while the share was live stays for the candidate; the revoked reviewer is out at once.
    await gradeDraft(coach, parsed(input(draft.id, { overall: 4 })));
    const shareRow = await db.draftShare.findFirstOrThrow({ where: { draftId: draft.id, coachId: coach.userId } });
    await revokeShare(owner, draft.id, shareRow.id);
    expect(await gradeDraftAction.runAs(coach, input(draft.id, { overall: 1 }))).toMatchObject({ ok: false, code: "not_found" });
    await expect(getGradeForm(coach, draft.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await db.draftGrade.findFirstOrThrow({ where: { draftId: draft.id } })).overall).toBe(4);
    expect(await listDraftGrades(owner, draft.id)).toMatchObject({ reviewers: 0, grades: [{ overall: 4, accessRemoved: true }] });
    expect((await getDisagreementReport(coach)).graded).toBe(0);
  });

  it("a draft in the trash cannot be graded and leaves the export", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await gradeDraft(coach, parsed(input(draft.id)));
    await deleteDraft(owner, { draftId: draft.id });
    expect(await gradeDraftAction.runAs(coach, input(draft.id))).toMatchObject({ ok: false, code: "not_found" });
    const exported: string[] = [];
    for await (const answer of exportGrades(db)) exported.push(answer.provenance.draftId);
    expect(exported).not.toContain(draft.id);
  });
});

describe("grades and accounts", () => {
  it("are in both sides' data download, and go with the reviewer's account", async () => {
    const { owner, coach, draft } = await sharedDraft();
    await gradeDraft(coach, parsed(input(draft.id, { overall: 4, summary: "Good story." })));
    const candidateData = await exportMyData(owner);
    expect(candidateData.drafts[0]!.grades).toMatchObject([{ overall: 4, summary: "Good story.", version: 1 }]);
    const coachData = await exportMyData(coach);
    expect(coachData.gradesGiven).toMatchObject([{ draftId: draft.id, overall: 4, summary: "Good story." }]);
    // The reviewer's download holds their words, not the candidate's text.
    expect(JSON.stringify(coachData)).not.toContain(STORY.actions);

    await deleteAccount(coach);
    expect(await db.draftGrade.count({ where: { draftId: draft.id } })).toBe(0);
  });
});

describe("the disagreement report", () => {
  it("is empty before any grade", async () => {
    const coach = await createTestUser({ role: "coach" });
    const report = await getDisagreementReport(coach);
    expect(report).toMatchObject({ graded: 0, totalDisagreements: 0, drafts: [] });
    expect(report.items.every((item) => item.disagreements === 0)).toBe(true);
  });

  it("counts per item how often and which way the reviewer's label differs, with the drafts", async () => {
    const coach = await createTestUser({ role: "coach" });
    const met = itemWhere("met");
    const missing = itemWhere("missing");
    const drafts = [];
    for (let i = 0; i < 3; i++) {
      const owner = await createTestUser();
      const draft = await createTestDraft(owner, { ...STORY, title: `Story ${i}` });
      await share(owner, draft.id, coach);
      drafts.push(draft);
    }
    // Draft 0: engine met -> coach missing; draft 1: engine met -> coach partial, engine missing -> coach met; draft 2: agrees.
    await gradeDraft(coach, parsed(input(drafts[0]!.id, { overrides: [{ itemId: met.itemId, label: "missing", note: "Only a list." }] })));
    await gradeDraft(
      coach,
      parsed(
        input(drafts[1]!.id, {
          overrides: [
            { itemId: met.itemId, label: "partial", note: "Vague." },
            { itemId: missing.itemId, label: "met", note: "It is there, in other words." },
          ],
        }),
      ),
    );
    await gradeDraft(coach, parsed(input(drafts[2]!.id, { overall: 5 })));

    const report = await getDisagreementReport(coach);
    expect(report).toMatchObject({ graded: 3, totalDisagreements: 3 });
    const metItem = report.items.find((item) => item.itemId === met.itemId)!;
    expect(metItem).toMatchObject({ disagreements: 2, engineHigher: 2, engineLower: 0 });
    expect(metItem.rate).toBeCloseTo(2 / 3);
    expect(metItem.directions).toMatchObject({ "met->missing": 1, "met->partial": 1, "missing->met": 0 });
    expect(metItem.drafts.map((d) => d.title).sort()).toEqual(["Story 0", "Story 1"]);
    const missingItem = report.items.find((item) => item.itemId === missing.itemId)!;
    expect(missingItem).toMatchObject({ disagreements: 1, engineHigher: 0, engineLower: 1, drafts: [{ draftId: drafts[1]!.id, engine: "missing", coach: "met" }] });
    // Most disputed first.
    expect(report.items[0]!.itemId).toBe(met.itemId);
    expect(report.drafts.map((d) => d.disagreements).sort()).toEqual([0, 1, 2]);
    // Another reviewer's report knows nothing of these.
    expect((await getDisagreementReport(await createTestUser({ role: "coach" }))).graded).toBe(0);
  });
});

describe("export:grades", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "gameday-export-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("writes one corpus answer per grade: FORMAT's shape, the coach's labels over the engine's, the graded text", async () => {
    const { owner, coach, draft } = await sharedDraft();
    const met = itemWhere("met");
    await gradeDraft(coach, parsed(input(draft.id, { overall: 4, overrides: [{ itemId: met.itemId, label: "partial", note: "Vague." }] })));
    // Later edits do not change what the export says was graded.
    await saveDraft(owner, { draftId: draft.id, baseVersion: 1, clientSaveId: randomUUID(), ...STORY, situation: "Rewritten." });

    const out = path.join(folder, "grades.jsonl");
    const { stderr } = await run(TSX, ["scripts/export-grades.ts", "--out", out], { env: { ...process.env, DATABASE_URL: databaseUrl() } });
    expect(stderr).toMatch(/graded drafts? written to/);
    const lines = readFileSync(out, "utf8").split("\n").filter(Boolean);
    const answers = lines.map((line) => CorpusAnswerSchema.parse(JSON.parse(line)));
    const mine = answers.find((answer) => answer.id === `grade-${(answer.provenance as { gradeId: string }).gradeId}` && (answer.provenance as { draftId: string }).draftId === draft.id);
    expect(mine).toBeDefined();
    const engine = engineLabelsOf(STORY);
    expect(mine).toMatchObject({ kind: "strong", grade: 4, sections: { situation: STORY.situation, task: STORY.task, actions: STORY.actions, results: STORY.results } });
    expect(Object.keys(mine!.labels).sort()).toEqual([...ITEM_IDS].sort());
    expect(mine!.labels).toEqual({ ...engine, [met.itemId]: "partial" });
    expect(mine!.provenance).toMatchObject({
      source: "gameday-coach-grade",
      draftVersion: 1,
      coachId: coach.userId,
      kindSource: "derived",
      coachLabeled: [met.itemId],
      engineLabels: engine,
      notes: { [met.itemId]: "Vague." },
    });
    // The project's own corpus reader takes it as it is.
    const read = parseCorpusAnswer(JSON.parse(lines[answers.indexOf(mine!)]!));
    expect(read).toMatchObject({ ok: true, answer: { id: mine!.id, grade: 4, labels: mine!.labels } });

    // --dir writes a corpus folder, one file per answer.
    const dir = path.join(folder, "corpus");
    await run(TSX, ["scripts/export-grades.ts", "--dir", dir], { env: { ...process.env, DATABASE_URL: databaseUrl() } });
    expect(readdirSync(dir)).toContain(`${mine!.id}.json`);
    expect(CorpusAnswerSchema.parse(JSON.parse(readFileSync(path.join(dir, `${mine!.id}.json`), "utf8"))).labels).toEqual(mine!.labels);
  });

  // The committed corpora are in FORMAT.md's format (the shared devset sits outside the
  // repository, so a clean clone in another folder cannot count on it).
  it("the strict corpus schema is FORMAT's: the committed labeled corpora pass it", () => {
    const folders = ["tests/fixtures/rubric/corpus", "tests/fixtures/rubric/authored/tune"].map((dir) => path.resolve(process.cwd(), dir));
    let checked = 0;
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith(".json"))) {
        const result = CorpusAnswerSchema.safeParse(JSON.parse(readFileSync(path.join(folder, name), "utf8")));
        expect(result.success, `${name}: ${result.error?.message}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("says clearly when the database cannot be reached, and writes nothing", async () => {
    const out = path.join(folder, "never.jsonl");
    const missingFile = run(TSX, ["scripts/export-grades.ts", "--out", out], { env: { ...process.env, DATABASE_URL: `file:${path.join(folder, "no-such.db")}` } });
    await expect(missingFile).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("no database at") });
    const closedPort = run(TSX, ["scripts/export-grades.ts", "--out", out], { env: { ...process.env, DATABASE_URL: "postgresql://gameday:secret@127.0.0.1:1/gameday" } });
    await expect(closedPort).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot read grades from postgresql:\/\/gameday:\*\*\*@127\.0\.0\.1:1\/gameday/) });
    expect(readdirSync(folder)).not.toContain("never.jsonl");
    const usage = run(TSX, ["scripts/export-grades.ts", "--out", out, "--dir", folder]);
    await expect(usage).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("choose --out or --dir") });
  });
});
