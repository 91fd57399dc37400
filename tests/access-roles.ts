// The authorization matrix's cast (issue 9 §4), one list for both matrices: the database one
// (tests/db-utils.ts createAccessScenario, tests/integration/authz-matrix.test.ts) and the HTTP
// one (tests/e2e/http-actors.ts, which adds "anonymous"). No imports: Playwright loads it too.

/** Who asks, in the matrix's column order. ("anonymous" exists only over HTTP: a data function always has an actor.) */
export const ACCESS_ROLES = [
  "owner",
  "otherCandidate",
  "liveCoach",
  "revokedCoach",
  "otherDraftCoach",
  "expiredInviteCoach",
  "usedInviteCoach",
] as const;
export type AccessRole = (typeof ACCESS_ROLES)[number];
