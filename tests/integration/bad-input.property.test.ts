// Bad input, property-based (issue 9 §4): thousands of malformed, oversized and hostile
// payloads at every server action (through the action wrapper, as the browser's POST runs
// it), at the route handlers (save, drill answers, export) and at better-auth's endpoints
// (sign-up, sign-in, password reset), against the real database. Always a clear refusal (a
// 4xx or an action error code, with a sentence), never a 500 or an unhandled throw, and
// nothing stored changes unless the input was valid.
//
// Fast by design: FUZZ_RUNS payloads per entry point (default 120; `FUZZ_RUNS=2000` for a long
// soak). On failure fast-check prints the smallest failing payload with its seed and path;
// rerun exactly that with `FUZZ_SEED=<seed>` (the seed of this run is also printed below).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportDraft } from "@/app/drafts/[id]/export/route";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { POST as saveRoute } from "@/app/api/drafts/[id]/save/route";
import { POST as drillRoute } from "@/app/api/drill-answers/route";
import { deleteAccountAction } from "@/lib/account/account-actions.server";
import { DeleteAccountSchema } from "@/lib/account/account-schema";
import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { createDraftAction, restoreRevisionAction, setAdjacentAction } from "@/lib/drafts/draft-actions.server";
import { CreateDraftSchema, RestoreRevisionSchema, SetAdjacentSchema } from "@/lib/drafts/draft-schema";
import {
  deleteDraftAction,
  duplicateDraftAction,
  restoreDraftAction,
  setArchivedAction,
  updateTagsAction,
} from "@/lib/drafts/story-bank-actions.server";
import { DuplicateDraftSchema, LifecycleFormSchema, SetArchivedFormSchema, UpdateTagsSchema } from "@/lib/drafts/story-bank-schema";
import { saveDrillAnswerAction } from "@/lib/drills/drill-actions.server";
import { SaveDrillAnswerSchema } from "@/lib/drills/drill-schema";
import { createThreadAction, replyAction, setThreadResolvedAction } from "@/lib/comments/comment-actions.server";
import { CreateThreadSchema, ReplySchema, SetThreadResolvedSchema } from "@/lib/star/comment-schema";
import { createThread } from "@/lib/comments/create-thread.server";
import type { ActionResult } from "@/lib/errors";
import { gradeDraftAction } from "@/lib/grading/grade-actions.server";
import { GradeDraftSchema } from "@/lib/star/grade-schema";
import { recordRehearsalAction } from "@/lib/rehearsals/rehearsal-actions.server";
import { RecordRehearsalSchema } from "@/lib/rehearsals/rehearsal-schema";
import { acceptInviteAction, createInviteAction, revokeInviteAction, revokeShareAction } from "@/lib/sharing/sharing-actions.server";
import { AcceptInviteSchema, CreateInviteSchema, RevokeInviteSchema, RevokeShareSchema } from "@/lib/sharing/sharing-schema";

import { createAccessScenario, createSignedInUser, createTestDraft, snapshotScenario, type AccessScenario } from "../db-utils";

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

/** fc.assert with this run's seed, naming it in the failure so the run can be repeated. */
async function holds(property: fc.IAsyncPropertyWithHooks<[unknown]> | fc.IAsyncProperty<[unknown]>, runs = RUNS) {
  try {
    await fc.assert(property, { numRuns: runs, seed: SEED });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\nRepeat with FUZZ_SEED=${SEED}`, { cause: error });
  }
}

// ── Hostile values ──
const HOSTILE_TEXT = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE \"Draft\"; --",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "\uD800",
  "\u202Eevil",
  "😀".repeat(3_000),
  "x".repeat(10_001),
  "y".repeat(100_000),
  "a,".repeat(600),
  "NaN",
  "-1",
  "1e309",
  "null",
  "$ACTION_ID_x",
];
const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  // A plausible value with NUL inside: PostgreSQL cannot store it.
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }).map((v) => `${v}\u0000${v}`) },
);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 4 }));

/**
 * Payloads aimed at one input shape: mostly objects with its fields, each either a valid
 * value (so validation of the others is reached) or a hostile one, some fields missing;
 * then anything at all, and prototype-pollution shapes.
 */
function payload(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const shaped = Object.fromEntries(Object.entries(fields).map(([key, valid]) => [key, fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: text }, { weight: 1, arbitrary: value })]));
  return fc.oneof(
    { weight: 6, arbitrary: fc.record(shaped, { requiredKeys: [] }) },
    { weight: 2, arbitrary: fc.anything() },
    { weight: 1, arbitrary: fc.constantFrom(JSON.parse('{"__proto__":{"polluted":true}}') as unknown, JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown) },
  );
}

const REFUSALS = ["bad_request", "not_found", "conflict", "forbidden"];

// ── Every server action: one row each (input shape, and who calls it) ──
type Schema = { safeParse: (input: unknown) => { success: boolean } };
type ActionRow = {
  name: string;
  action: { runAs: (actor: Actor, input: unknown) => Promise<ActionResult<unknown>> };
  schema: Schema;
  fields: (s: AccessScenario) => Record<string, fc.Arbitrary<unknown>>;
  /** The caller: the owner unless the action is someone else's to call. */
  actor?: (s: AccessScenario) => Actor;
};

const draft = (s: AccessScenario) => fc.constant(s.draftId);
/** Plausible comment or grade text, NUL included (dropped by the schema, never stored: PostgreSQL refuses it). */
const prose = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 10 }).map((v) => `${v}\u0000${v}`));
/** The thread liveCoach starts in beforeAll, for reply and resolve. */
let threadId = "";
const ACTIONS: ActionRow[] = [
  // One scenario for all rows, in this order: a valid call may use something up (the pending
  // link, the live share, the draft itself), so what uses things up comes last.
  { name: "createDraftAction", action: createDraftAction, schema: CreateDraftSchema, fields: (s) => ({ questionId: fc.constant(s.questionId), title: fc.string({ minLength: 1, maxLength: 30 }) }) },
  { name: "setAdjacentAction", action: setAdjacentAction, schema: SetAdjacentSchema, fields: (s) => ({ draftId: draft(s), adjacent: fc.boolean() }) },
  { name: "restoreRevisionAction", action: restoreRevisionAction, schema: RestoreRevisionSchema, fields: (s) => ({ draftId: draft(s), revisionId: fc.constant(s.revisionId) }) },
  { name: "updateTagsAction", action: updateTagsAction, schema: UpdateTagsSchema, fields: (s) => ({ draftId: draft(s), tags: fc.constantFrom("postgres, on-call", "") }) },
  { name: "duplicateDraftAction", action: duplicateDraftAction, schema: DuplicateDraftSchema, fields: (s) => ({ draftId: draft(s), questionId: fc.constant(s.questionId) }) },
  { name: "setArchivedAction", action: setArchivedAction, schema: SetArchivedFormSchema, fields: (s) => ({ draftId: draft(s), archived: fc.constantFrom("true", "false", true), view: fc.constant("active") }) },
  {
    name: "saveDrillAnswerAction",
    action: saveDrillAnswerAction,
    schema: SaveDrillAnswerSchema,
    fields: (s) => ({ draftId: draft(s), promptId: fc.constantFrom("probe:slo", "probe:incident"), answer: fc.string({ minLength: 1, maxLength: 40 }) }),
  },
  { name: "recordRehearsalAction", action: recordRehearsalAction, schema: RecordRehearsalSchema, fields: (s) => ({ draftId: draft(s), seconds: fc.integer({ min: 1, max: 3600 }) }) },
  { name: "createInviteAction", action: createInviteAction, schema: CreateInviteSchema, fields: (s) => ({ draftId: draft(s) }) },
  // Review comments and grades: a reviewer with a live share (decisions 008, 009), before the share is revoked below.
  {
    name: "createThreadAction",
    action: createThreadAction,
    schema: CreateThreadSchema,
    fields: (s) => ({
      draftId: draft(s),
      version: fc.constant(2),
      section: fc.constant("situation"),
      start: fc.constant(0),
      end: fc.constant(7),
      quote: fc.constant("I owned"),
      body: prose,
    }),
    actor: (s) => s.actors.liveCoach,
  },
  { name: "replyAction", action: replyAction, schema: ReplySchema, fields: (s) => ({ draftId: draft(s), threadId: fc.constant(threadId), body: prose }), actor: (s) => s.actors.liveCoach },
  {
    name: "setThreadResolvedAction",
    action: setThreadResolvedAction,
    schema: SetThreadResolvedSchema,
    fields: (s) => ({ draftId: draft(s), threadId: fc.constant(threadId), resolved: fc.boolean() }),
    actor: (s) => s.actors.liveCoach,
  },
  {
    name: "gradeDraftAction",
    action: gradeDraftAction,
    schema: GradeDraftSchema,
    fields: (s) => ({
      draftId: draft(s),
      version: fc.constant(2),
      overall: fc.integer({ min: 1, max: 5 }),
      summary: prose,
      overrides: fc.oneof(
        fc.constant([]),
        fc.constant([{ itemId: "ownership", label: "missing", note: "No owner named." }]),
        fc.array(fc.record({ itemId: text, label: fc.constantFrom("met", "partial", "missing"), note: prose }, { requiredKeys: [] }), { maxLength: 3 }),
      ),
    }),
    actor: (s) => s.actors.liveCoach,
  },
  // Accepting is for someone other than the owner.
  { name: "acceptInviteAction", action: acceptInviteAction, schema: AcceptInviteSchema, fields: (s) => ({ token: fc.constant(s.pendingToken) }), actor: (s) => s.actors.otherCandidate },
  { name: "revokeInviteAction", action: revokeInviteAction, schema: RevokeInviteSchema, fields: (s) => ({ draftId: draft(s), inviteId: fc.constant(s.pendingInviteId) }) },
  { name: "revokeShareAction", action: revokeShareAction, schema: RevokeShareSchema, fields: (s) => ({ draftId: draft(s), shareId: fc.constant(s.liveShareId) }) },
  // Only hostile confirmations: the valid phrase would delete the caller, which the matrix covers.
  { name: "deleteAccountAction", action: deleteAccountAction, schema: DeleteAccountSchema, fields: () => ({ confirm: text }) },
  { name: "deleteDraftAction", action: deleteDraftAction, schema: LifecycleFormSchema, fields: (s) => ({ draftId: draft(s), view: fc.constantFrom("active", "trash") }) },
  { name: "restoreDraftAction", action: restoreDraftAction, schema: LifecycleFormSchema, fields: (s) => ({ draftId: draft(s), view: fc.constant("trash") }) },
];

describe("server actions with hostile input", () => {
  let s: AccessScenario;
  beforeAll(async () => {
    s = await createAccessScenario();
    ({ id: threadId } = await createThread(s.actors.liveCoach, { draftId: s.draftId, version: 2, section: "situation", start: 0, end: 7, quote: "I owned", body: "What did you own?" }));
  });

  it.each(ACTIONS)("$name: ok only for what its schema accepts, otherwise a refusal with a sentence, and nothing changed", async (row) => {
    let stored = await snapshotScenario(s);
    const actor = row.actor?.(s) ?? s.actors.owner;
    await holds(
      fc.asyncProperty(payload(row.fields(s)), async (input) => {
        const result = await row.action.runAs(actor, input);
        if (result.ok) {
          expect(row.schema.safeParse(input).success, "accepted input its schema refuses").toBe(true);
          stored = await snapshotScenario(s);
          return;
        }
        expect(REFUSALS, `${result.code}: ${result.message}`).toContain(result.code);
        expect(result.message).toMatch(/\w.*[.!?]$/);
        expect(await snapshotScenario(s), "a refused call changed stored data").toBe(stored);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });
});

// ── NUL in comment and grade text: dropped by the schemas, never stored (PostgreSQL refuses it) ──
it("stores no NUL from comment or grade text (PostgreSQL refuses it; the schemas drop it)", async () => {
  // One of each, deterministic, so the check below always has NUL-laden text to look at.
  const s = await createAccessScenario();
  const { liveCoach } = s.actors;
  const { id: threadId } = await createThread(liveCoach, { draftId: s.draftId, version: 2, section: "situation", start: 0, end: 7, quote: "I owned", body: "First." });
  expect((await replyAction.runAs(liveCoach, { draftId: s.draftId, threadId, body: "Nul\u0000in a reply" })).ok).toBe(true);
  expect((await createThreadAction.runAs(liveCoach, { draftId: s.draftId, version: 2, section: "situation", start: 0, end: 7, quote: "I owned", body: "Nul\u0000in a thread" })).ok).toBe(true);
  const graded = await gradeDraftAction.runAs(liveCoach, {
    draftId: s.draftId,
    version: 2,
    overall: 3,
    summary: "Nul\u0000in a summary",
    overrides: [{ itemId: "ownership", label: "missing", note: "Nul\u0000in a note" }],
  });
  expect(graded.ok, JSON.stringify(graded)).toBe(true);
  const [comments, grades] = await Promise.all([
    db.comment.findMany({ where: { thread: { draftId: s.draftId } }, select: { body: true } }),
    db.draftGrade.findMany({ where: { draftId: s.draftId }, select: { summary: true, overrides: true } }),
  ]);
  expect(comments.map((c) => c.body)).toEqual(expect.arrayContaining(["Nulin a reply", "Nulin a thread"]));
  expect(grades.map((g) => g.summary)).toEqual(["Nulin a summary"]);
  const stored = JSON.stringify([comments, grades]);
  expect(stored.includes("\u0000") || stored.includes("\\u0000")).toBe(false);
});

// ── Route handlers, with a real session cookie ──
describe("route handlers with hostile requests", () => {
  let signedIn: Awaited<ReturnType<typeof createSignedInUser>>;
  let draftId = "";
  const HOST = "127.0.0.1:3000";
  const snapshot = () => snapshotScenario({ userIds: [signedIn.user.userId] });

  beforeAll(async () => {
    signedIn = await createSignedInUser();
    ({ id: draftId } = await createTestDraft(signedIn.user, { title: "Fuzzed story" }));
  });

  const requestTo = (url: string, body: string, headers: Record<string, string> = {}) =>
    new Request(`http://${HOST}${url}`, {
      method: "POST",
      headers: { host: HOST, origin: `http://${HOST}`, "content-type": "application/json", cookie: signedIn.cookie, ...headers },
      body,
    });

  /** A body: JSON of a shaped payload, JSON of anything, or not JSON at all. */
  const body = (fields: Record<string, fc.Arbitrary<unknown>>) =>
    fc.oneof(
      { weight: 5, arbitrary: payload(fields).map((p) => JSON.stringify(p) ?? "undefined") },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
      { weight: 1, arbitrary: fc.constantFrom("", "{", "[]", "null", '"text"', "1", '{"a":' + "[".repeat(5000), `{"title":"${"z".repeat(300_000)}"}`) },
    );

  async function refusedCleanly(response: Response, okStatuses: number[]) {
    expect(response.status, "a server error").toBeLessThan(500);
    const json = (await response.json()) as { ok?: boolean; message?: string };
    if (json.ok) {
      expect(okStatuses).toContain(response.status);
      return true;
    }
    expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
    expect(json.message).toMatch(/\w.*[.!?]$/);
    return false;
  }

  it("POST /api/drafts/[id]/save", async () => {
    let stored = await snapshot();
    const fields = {
      title: fc.string({ minLength: 1, maxLength: 30 }),
      situation: fc.string({ maxLength: 40 }),
      task: fc.constant(""),
      actions: fc.constant(""),
      results: fc.constant(""),
      baseVersion: fc.constant(1),
      clientSaveId: fc.uuid(),
    };
    await holds(
      fc.asyncProperty(fc.tuple(fc.oneof(fc.constant(draftId), text), body(fields)), async ([id, payloadText]) => {
        const response = await saveRoute(requestTo("/api/drafts/fuzzed/save", payloadText), { params: Promise.resolve({ id }) });
        if (await refusedCleanly(response, [200])) stored = await snapshot();
        else expect(await snapshot(), "a refused save changed stored data").toBe(stored);
      }) as fc.IAsyncProperty<[unknown]>,
    );
  });

  it("POST /api/drill-answers", async () => {
    let stored = await snapshot();
    const fields = { draftId: fc.constant(draftId), promptId: fc.constant("probe:slo"), answer: fc.string({ minLength: 1, maxLength: 40 }) };
    await holds(
      fc.asyncProperty(body(fields), async (payloadText) => {
        const response = await drillRoute(requestTo("/api/drill-answers", payloadText));
        if (await refusedCleanly(response, [200])) stored = await snapshot();
        else expect(await snapshot(), "a refused answer changed stored data").toBe(stored);
      }),
    );
  });

  it("GET /drafts/[id]/export", async () => {
    await holds(
      fc.asyncProperty(text, async (id) => {
        const response = await exportDraft(new Request(`http://${HOST}/drafts/x/export`, { headers: { host: HOST, cookie: signedIn.cookie } }), {
          params: Promise.resolve({ id }),
        });
        expect([200, 404]).toContain(response.status);
        if (response.status === 404) expect(await response.text()).toMatch(/does not exist/);
      }) as fc.IAsyncProperty<[unknown]>,
    );
  });
});

// ── better-auth's endpoints (sign-up, sign-in, password reset) ──
describe("account endpoints with hostile requests", () => {
  const ORIGIN = "http://localhost:3000";
  const counts = async () => JSON.stringify([await db.user.count(), await db.session.count(), await db.account.count()]);

  const call = (endpoint: string, payloadText: string, ip: string) =>
    authPost(
      new Request(`${ORIGIN}/api/auth/${endpoint}`, {
        method: "POST",
        headers: { origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": ip },
        body: payloadText,
      }),
    );

  const email = fc.oneof(fc.emailAddress(), text);
  const password = fc.oneof(fc.string({ minLength: 10, maxLength: 20 }), text, fc.constant("p".repeat(129)));
  const ENDPOINTS: { endpoint: string; fields: Record<string, fc.Arbitrary<unknown>>; runs: number; creates: boolean }[] = [
    // Sign-up hashes every valid password (scrypt): fewer runs keep it quick.
    { endpoint: "sign-up/email", fields: { name: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), text), email, password }, runs: Math.ceil(RUNS / 3), creates: true },
    { endpoint: "sign-in/email", fields: { email, password }, runs: Math.ceil(RUNS / 3), creates: true },
    { endpoint: "request-password-reset", fields: { email, redirectTo: fc.oneof(fc.constant("/reset-password"), text) }, runs: RUNS, creates: false },
    { endpoint: "reset-password", fields: { newPassword: password, token: text }, runs: RUNS, creates: false },
  ];

  it.each(ENDPOINTS)("POST /api/auth/$endpoint", async ({ endpoint, fields, runs, creates }) => {
    let stored = await counts();
    await holds(
      fc.asyncProperty(
        fc.tuple(
          fc.oneof(
            { weight: 5, arbitrary: payload(fields).map((p) => JSON.stringify(p) ?? "undefined") },
            { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
          ),
          fc.ipV4(),
        ),
        async ([payloadText, ip]) => {
          const response = await call(endpoint, payloadText, ip);
          expect(response.status, `${endpoint} answered ${response.status} to ${payloadText.slice(0, 200)}`).toBeLessThan(500);
          if (response.ok) {
            if (creates) stored = await counts();
            else expect(await counts()).toBe(stored);
            return;
          }
          expect(response.status).toBeGreaterThanOrEqual(400);
          const json = (await response.json().catch(() => null)) as { message?: string } | null;
          expect(json?.message, `${endpoint} ${response.status} without a message`).toMatch(/\w/);
          expect(await counts(), "a refused account request changed stored accounts").toBe(stored);
        },
      ) as fc.IAsyncProperty<[unknown]>,
      runs,
    );
  });
});

it(`runs with seed ${SEED} (FUZZ_SEED=${SEED} repeats it)`, () => {
  expect(Number.isInteger(SEED)).toBe(true);
});
