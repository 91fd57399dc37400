import { queryE2E } from "./database";
import { expect, test, uniqueTitle } from "./fixtures";
import {
  actionOutcome,
  buildHttpCast,
  callAction,
  pageOutcome,
  ROLES,
  snapshotOverHttp,
  type HttpCast,
  type HttpRole,
} from "./http-actors";

// The authorization matrix over real HTTP against the production build (issue 9 §4): every
// page, route handler and server action that reads or changes user data, driven as
// anonymous, the owner, another candidate, a reviewer with a live share, one whose share was
// revoked, the reviewer of another draft, and reviewers holding an expired or an already used
// invite link. Each cell's exact answer is asserted: a status, a redirect ("→/sign-in"), or
// for a server action its result code ("not_found"). After every refused call nothing stored
// about the cast changed (snapshotOverHttp).
//
// The cast (tests/e2e/http-actors.ts buildHttpCast) is made through the app itself: sign-up,
// the create/save/invite/accept/revoke actions; only the expired link is aged in the database.
// Server actions are driven as the browser calls them (POST with `Next-Action`), so the
// anonymous column reaches the action wrapper itself. The owner's allowed writes that would
// use the cast up (delete, restore from trash, delete account, accepting the one pending link)
// run in the integration matrix (tests/integration/authz-matrix.test.ts) and the features'
// own UI specs; every other allowed cell runs here too, after all refusals.
//
// Adding a feature's page, route or action = one row below (docs/decisions/007-sharing.md).

type Row = {
  name: string;
  kind: "read" | "mutate";
  /** One call as `role`; answers the outcome ("200", "404", "→/sign-in", "ok", "not_found", …). */
  drive: (c: HttpCast, role: HttpRole) => Promise<string>;
  expect: Record<HttpRole, string>;
  /** Mutating rows whose allowed cells leave the cast usable run them at the end. */
  allowedOverHttp?: boolean;
};

const SIGN_IN = "→/sign-in";
/** `allowed` for the roles named, `otherwise` for everyone else, anonymous sent to sign in. */
function cells(allowed: Partial<Record<HttpRole, string>>, otherwise: string): Record<HttpRole, string> {
  return Object.fromEntries(ROLES.map((role) => [role, allowed[role] ?? (role === "anonymous" ? SIGN_IN : otherwise)])) as Record<HttpRole, string>;
}

/** A refusal: what may not change anything stored. */
const REFUSED = new Set([SIGN_IN, "401", "403", "404", "400", "not_found", "bad_request", "forbidden"]);

/** GET a page or route; the draft's id reads ":id" in the outcome; `marker` says whether a text is on it. */
const get =
  (url: (c: HttpCast, role: HttpRole) => string, marker?: (c: HttpCast) => string) =>
  async (c: HttpCast, role: HttpRole) => {
    const { outcome, body } = await pageOutcome(c.as[role], url(c, role));
    const listed = marker && outcome === "200" ? (body.includes(marker(c)) ? " listed" : " absent") : "";
    return (outcome + listed).replaceAll(c.draftId, ":id");
  };

/** POST JSON to a route handler. */
const post = (url: (c: HttpCast) => string, data: (c: HttpCast) => unknown) => async (c: HttpCast, role: HttpRole) =>
  (await pageOutcome(c.as[role], url(c), { method: "POST", data: data(c) })).outcome;

/** A server action, as the browser calls it. */
const action =
  (name: string, input: (c: HttpCast, role: HttpRole) => unknown, options: { form?: boolean } = {}) =>
  async (c: HttpCast, role: HttpRole) =>
    actionOutcome(await callAction(c.as[role], name, input(c, role), { ...options, params: { id: c.draftId } }))
      .replaceAll(c.draftId, ":id")
      .replace(/^→\/drafts\/(?!:id)[^/]+$/, "→/drafts/:new");

const OWNER_PAGE = cells({ owner: "200" }, "404");

// Review comments and grades (decisions 008, 009). liveCoach's thread on "I owned" and grade
// are made in beforeAll (the report and the reply/resolve rows need them); a grade is of the
// draft's current version, read when the cell runs.
const QUOTE = { section: "situation", start: 0, end: 7, quote: "I owned" } as const;
let threadId = "";
let quotedVersion = 0;
const versionOf = async (c: HttpCast) => (await queryE2E<{ version: number }>(`SELECT version FROM "Draft" WHERE id = ?`, [c.draftId]))[0]!.version;
let currentVersion = 0;
const grade = (c: HttpCast) => ({ draftId: c.draftId, version: currentVersion, overall: 3, summary: "Borderline: name the SLO.", overrides: [] });
const OWNER_ACTION = cells({ owner: "ok" }, "not_found");

const ROWS: Row[] = [
  // ── Pages ──
  { name: "GET /drafts/[id] (editor)", kind: "read", drive: get((c) => `/drafts/${c.draftId}`), expect: OWNER_PAGE },
  { name: "GET /drafts/[id]/history", kind: "read", drive: get((c) => `/drafts/${c.draftId}/history`), expect: OWNER_PAGE },
  { name: "GET /drafts/[id]/drill", kind: "read", drive: get((c) => `/drafts/${c.draftId}/drill`), expect: OWNER_PAGE },
  { name: "GET /drafts/[id]/rehearse", kind: "read", drive: get((c) => `/drafts/${c.draftId}/rehearse`), expect: OWNER_PAGE },
  { name: "GET /drafts/[id]/sharing", kind: "read", drive: get((c) => `/drafts/${c.draftId}/sharing`), expect: OWNER_PAGE },
  {
    name: "GET /review/[id] (the owner goes to the editor)",
    kind: "read",
    drive: get((c) => `/review/${c.draftId}`),
    expect: cells({ owner: "→/drafts/:id", liveCoach: "200" }, "404"),
  },
  { name: "GET /review (queue)", kind: "read", drive: get(() => "/review", (c) => c.title), expect: cells({ liveCoach: "200 listed" }, "200 absent") },
  { name: "GET /drafts (story bank)", kind: "read", drive: get(() => "/drafts", (c) => c.title), expect: cells({ owner: "200 listed" }, "200 absent") },
  { name: "GET /drafts/[id]/comments", kind: "read", drive: get((c) => `/drafts/${c.draftId}/comments`), expect: OWNER_PAGE },
  {
    name: "GET /review?show=all&candidate=…&sort=score (queue, filtered to the owner)",
    kind: "read",
    drive: get((c) => `/review?show=all&candidate=${c.accounts.owner.userId}&sort=score`, (c) => c.title),
    expect: cells({ liveCoach: "200 listed" }, "200 absent"),
  },
  { name: "GET /review/report (liveCoach graded the draft)", kind: "read", drive: get(() => "/review/report", (c) => c.title), expect: cells({ liveCoach: "200 listed" }, "200 absent") },
  { name: "GET /account", kind: "read", drive: get(() => "/account"), expect: cells({}, "200") },
  {
    name: "GET /invite/[token] with the link each one holds",
    kind: "read",
    drive: async (c, role) => {
      const { outcome, body } = await pageOutcome(c.as[role], `/invite/${c.tokenOf(role)}`);
      if (outcome !== "200") return outcome;
      return body.includes("This is your own invite link") ? "200 own" : body.includes("Accept and open the draft") ? "200 accept" : body.includes("cannot be used") ? "200 refused" : "200 ?";
    },
    expect: cells({ owner: "200 own", expiredInviteCoach: "200 refused", usedInviteCoach: "200 refused" }, "200 accept"),
  },
  // ── Route handlers ──
  { name: "GET /drafts/[id]/export", kind: "read", drive: get((c) => `/drafts/${c.draftId}/export`), expect: cells({ owner: "200", liveCoach: "200" }, "404") },
  // liveCoach's own thread and grade (made in beforeAll) are their data, and name the draft they are on.
  { name: "GET /account/export", kind: "read", drive: get(() => "/account/export", (c) => c.draftId), expect: cells({ owner: "200 listed", liveCoach: "200 listed" }, "200 absent") },
  // Before the save below, which moves the draft to a newer version.
  {
    name: "gradeDraftAction",
    kind: "mutate",
    drive: async (c, role) => {
      currentVersion = await versionOf(c);
      return action("gradeDraftAction", grade)(c, role);
    },
    expect: cells({ owner: "forbidden", liveCoach: "ok" }, "not_found"),
    allowedOverHttp: true,
  },
  {
    name: "createThreadAction",
    kind: "mutate",
    drive: action("createThreadAction", (c) => ({ draftId: c.draftId, version: quotedVersion, ...QUOTE, body: "Why this cluster?" })),
    expect: cells({ owner: "bad_request", liveCoach: "ok" }, "not_found"),
    allowedOverHttp: true,
  },
  {
    name: "replyAction (to liveCoach's thread)",
    kind: "mutate",
    drive: action("replyAction", (c) => ({ draftId: c.draftId, threadId, body: "A reply." })),
    expect: cells({ owner: "ok", liveCoach: "ok" }, "not_found"),
    allowedOverHttp: true,
  },
  {
    // After the reply row: a resolved thread takes no replies.
    name: "setThreadResolvedAction (liveCoach's thread)",
    kind: "mutate",
    drive: action("setThreadResolvedAction", (c) => ({ draftId: c.draftId, threadId, resolved: true })),
    expect: cells({ owner: "ok", liveCoach: "ok" }, "not_found"),
    allowedOverHttp: true,
  },
  {
    name: "POST /api/drafts/[id]/save",
    kind: "mutate",
    drive: post(
      (c) => `/api/drafts/${c.draftId}/save`,
      () => ({ title: "Hijacked", situation: "x", task: "", actions: "", results: "", baseVersion: 2, clientSaveId: crypto.randomUUID() }),
    ),
    expect: cells({ anonymous: "401", owner: "200" }, "404"),
    allowedOverHttp: true,
  },
  {
    name: "POST /api/drill-answers",
    kind: "mutate",
    drive: post(() => "/api/drill-answers", (c) => ({ draftId: c.draftId, promptId: "probe:slo", answer: "Hijacked answer." })),
    expect: cells({ anonymous: "401", owner: "200" }, "404"),
    allowedOverHttp: true,
  },
  // ── Server actions ──
  {
    name: "createDraftAction",
    kind: "mutate",
    drive: action("createDraftAction", (c) => ({ questionId: c.questionId }), { form: true }),
    expect: cells({}, "→/drafts/:new"),
    allowedOverHttp: true,
  },
  { name: "setAdjacentAction", kind: "mutate", drive: action("setAdjacentAction", (c) => ({ draftId: c.draftId, adjacent: true })), expect: OWNER_ACTION, allowedOverHttp: true },
  {
    name: "updateTagsAction",
    kind: "mutate",
    drive: action("updateTagsAction", (c) => ({ draftId: c.draftId, tags: "hijacked" }), { form: true }),
    expect: OWNER_ACTION,
    allowedOverHttp: true,
  },
  {
    name: "duplicateDraftAction",
    kind: "mutate",
    drive: action("duplicateDraftAction", (c) => ({ draftId: c.draftId, questionId: c.questionId }), { form: true }),
    expect: cells({ owner: "→/drafts/:new" }, "not_found"),
    allowedOverHttp: true,
  },
  {
    name: "saveDrillAnswerAction",
    kind: "mutate",
    drive: action("saveDrillAnswerAction", (c) => ({ draftId: c.draftId, promptId: "probe:slo", answer: "Hijacked answer." })),
    expect: OWNER_ACTION,
    allowedOverHttp: true,
  },
  {
    name: "recordRehearsalAction",
    kind: "mutate",
    drive: action("recordRehearsalAction", (c) => ({ draftId: c.draftId, seconds: 150 }), { form: true }),
    expect: OWNER_ACTION,
    allowedOverHttp: true,
  },
  { name: "createInviteAction", kind: "mutate", drive: action("createInviteAction", (c) => ({ draftId: c.draftId })), expect: OWNER_ACTION, allowedOverHttp: true },
  {
    name: "revokeInviteAction",
    kind: "mutate",
    drive: action("revokeInviteAction", (c) => ({ draftId: c.draftId, inviteId: c.pendingInviteId })),
    expect: OWNER_ACTION,
    allowedOverHttp: true,
  },
  {
    name: "restoreRevisionAction",
    kind: "mutate",
    drive: action("restoreRevisionAction", (c) => ({ draftId: c.draftId, revisionId: c.revisionId }), { form: true }),
    expect: cells({ owner: "→/drafts/:id" }, "not_found"),
    allowedOverHttp: true,
  },
  {
    name: "setArchivedAction",
    kind: "mutate",
    drive: action("setArchivedAction", (c) => ({ draftId: c.draftId, archived: "true", view: "active" }), { form: true }),
    expect: cells({ owner: "→/drafts" }, "not_found"),
    allowedOverHttp: true,
  },
  {
    name: "revokeShareAction (the live coach's share)",
    kind: "mutate",
    drive: action("revokeShareAction", (c) => ({ draftId: c.draftId, shareId: c.liveShareId })),
    expect: OWNER_ACTION,
    allowedOverHttp: true,
  },
  {
    name: "deleteDraftAction",
    kind: "mutate",
    drive: action("deleteDraftAction", (c) => ({ draftId: c.draftId, view: "active" }), { form: true }),
    expect: cells({ owner: "→/drafts" }, "not_found"),
  },
  {
    // The draft is live, so even its owner finds nothing to restore: every cell refuses.
    name: "restoreDraftAction",
    kind: "mutate",
    drive: action("restoreDraftAction", (c) => ({ draftId: c.draftId, view: "trash" }), { form: true }),
    expect: cells({}, "not_found"),
  },
  {
    name: "acceptInviteAction with the link each one holds",
    kind: "mutate",
    drive: action("acceptInviteAction", (c, role) => ({ token: c.tokenOf(role) }), { form: true }),
    expect: cells({ owner: "bad_request", expiredInviteCoach: "not_found", usedInviteCoach: "not_found" }, "→/review/:id"),
  },
  { name: "deleteAccountAction", kind: "mutate", drive: action("deleteAccountAction", () => ({ confirm: "delete my account" }), { form: true }), expect: cells({}, "→/") },
];

test.describe.configure({ mode: "default" });
test.use({ signInAs: "nobody" });

let cast: HttpCast;
test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  cast = await buildHttpCast(playwright, baseURL!, uniqueTitle("Authz matrix story"));
  quotedVersion = await versionOf(cast);
  const thread = await callAction(cast.as.liveCoach, "createThreadAction", { draftId: cast.draftId, version: quotedVersion, ...QUOTE, body: "What did you own?" });
  threadId = (thread.result?.data as { id?: string } | undefined)?.id ?? "";
  expect(threadId, JSON.stringify(thread)).not.toBe("");
  currentVersion = quotedVersion;
  expect((await callAction(cast.as.liveCoach, "gradeDraftAction", grade(cast))).result?.ok).toBe(true);
});
test.afterAll(async () => cast?.dispose());

for (const row of ROWS) {
  test(`refused: ${row.name}`, async () => {
    const roles = ROLES.filter((role) => row.kind === "read" || REFUSED.has(row.expect[role]));
    const before = row.kind === "mutate" ? await snapshotOverHttp(cast) : "";
    for (const role of roles) {
      expect.soft(await row.drive(cast, role), `${row.name} as ${role}`).toBe(row.expect[role]);
    }
    if (row.kind === "mutate") expect(await snapshotOverHttp(cast), `a refused ${row.name} changed stored data`).toBe(before);
  });
}

test("allowed writes over HTTP (after every refusal): the same calls succeed for those allowed", async () => {
  for (const row of ROWS.filter((r) => r.kind === "mutate" && r.allowedOverHttp)) {
    for (const role of ROLES.filter((r) => !REFUSED.has(row.expect[r]))) {
      expect.soft(await row.drive(cast, role), `${row.name} as ${role}`).toBe(row.expect[role]);
    }
  }
});

test("the matrix has a row for every server action in the build", async () => {
  const { readFileSync } = await import("node:fs");
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const names = Object.values(manifest.node).map((entry) => entry.exportedName);
  const covered = new Set(ROWS.map((row) => row.name.split(" ")[0]));
  expect(names.filter((name) => !covered.has(name))).toEqual([]);
});
