// Runs in the browser once, before the app hydrates (Next.js's client instrumentation file).
//
// zod 4 probes with `new Function("")` whether it may compile its validators. This app's CSP
// forbids eval (lib/http/security-headers.ts), so the probe is refused; zod catches that and
// validates without compiling, but the browser still reports a CSP violation on every page
// that validates anything (Lighthouse best practices: "Issues were logged in the Issues panel",
// found by `npm run bench:web`). `jitless` skips the probe and goes straight to what zod fell
// back to anyway. The server has no CSP and keeps the compiled validators.
import { config } from "zod/mini";

import { watchSelecting } from "@/components/ui/selected-before-hydration";
import { watchTyping } from "@/components/ui/typed-before-hydration";

config({ jitless: true });

// Words typed into the server-rendered page before React takes it over are kept
// (components/ui/typed-before-hydration.ts), and so are words selected in it
// (components/ui/selected-before-hydration.ts).
watchTyping();
watchSelecting();
