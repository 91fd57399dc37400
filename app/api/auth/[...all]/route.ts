import { toNextJsHandler } from "better-auth/next-js";

import { auth } from "@/lib/auth/auth.server";

// better-auth's endpoints: sign-up, sign-in, sign-out, password reset, session
// (lib/auth/auth.server.ts). Rate limits and origin checks apply here.
export const { GET, POST } = toNextJsHandler(auth);
