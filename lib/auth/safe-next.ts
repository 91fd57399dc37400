// Where to go after signing in or up: `?next=` carries the page that sent someone to sign in
// (an invite link, a draft). Only a path inside this app is followed, never another site
// (`//evil.example`, `/\evil.example`, `https://…`) and nothing with a query or a fragment:
// the paths that send people here (/invite/<token>, /drafts/<id>, /review/<id>) need neither.

export const AFTER_SIGN_IN = "/drafts";

/** The same-site path in `next`, or null when there is none or it is not one. */
export function sameSitePath(next: string | string[] | undefined): string | null {
  return typeof next === "string" && next.length <= 512 && /^\/(?![/\\])[A-Za-z0-9/_-]*$/.test(next) ? next : null;
}

/** Where a successful sign-in or sign-up goes: `next` when it is a same-site path, else the drafts. */
export function safeNext(next: string | string[] | undefined): string {
  return sameSitePath(next) ?? AFTER_SIGN_IN;
}

/** `/sign-up` or `/sign-in`, keeping a valid `next` so the way back survives switching between them. */
export function withNext(path: "/sign-in" | "/sign-up", next: string | string[] | undefined): string {
  const kept = sameSitePath(next);
  return kept ? `${path}?next=${encodeURIComponent(kept)}` : path;
}
