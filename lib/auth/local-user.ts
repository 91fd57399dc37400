// Until accounts land, Gameday runs for one local candidate (see current-user.ts).
export const LOCAL_USER = { email: "candidate@gameday.local", name: "Demo candidate" } as const;
