import "server-only";

import { createHash, randomBytes } from "node:crypto";

// An invite link carries 32 random bytes; the database keeps only their sha-256, so a copy
// of the database (a backup, an export) cannot be turned into working links.

export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
