// Password length limits, shown by the forms and enforced by better-auth (lib/auth/auth.server.ts).
export const PASSWORD_LIMITS = { min: 10, max: 128 } as const;
