// How Debian's Chromium is started on these machines, for the e2e suite (playwright.config.ts)
// and the Lighthouse bench (scripts/bench-web.ts): no sandbox (root in a container), no GPU, no
// /dev/shm, and no background traffic towards a network the machine does not have (see
// shared/STACK.md). Headless mode is each caller's own: Playwright sets it itself.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
