// The demo accounts the seed creates, so a newcomer can try both sides at once. Their
// passwords are in the README on purpose: they guard demo data on a local machine. The
// candidate is the single local user of the days before accounts, so drafts made then
// belong to it after the accounts migration (docs/decisions/005-accounts.md).
export const DEMO_CANDIDATE = { email: "candidate@gameday.local", name: "Demo candidate", password: "gameday-candidate", role: "candidate" } as const;
export const DEMO_COACH = { email: "coach@gameday.local", name: "Demo coach", password: "gameday-coach", role: "coach" } as const;
export const DEMO_ACCOUNTS = [DEMO_CANDIDATE, DEMO_COACH] as const;
