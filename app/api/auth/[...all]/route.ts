import { toNextJsHandler } from "better-auth/next-js";

import { auth } from "@/lib/auth/auth.server";
import { refuseNulJson } from "@/lib/http/refuse-nul-json";

// better-auth's endpoints: sign-up, sign-in, sign-out, password reset, session
// (lib/auth/auth.server.ts). Rate limits and origin checks apply here.
const handler = toNextJsHandler(auth);

export const GET = handler.GET;

/** A body with NUL in a field would fail PostgreSQL's insert as a 500: refused with a 400 first. */
export async function POST(request: Request) {
  return (await refuseNulJson(request)) ?? handler.POST(request);
}
