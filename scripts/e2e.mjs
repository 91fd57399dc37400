// `npm run test:e2e`: make sure Debian's Chromium is there, build if needed, run Playwright.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

import { bin, buildIfNeeded, mustRun } from "./lib/run.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("e2e: installing Debian's chromium (apt-get)…");
    mustRun("apt-get", ["update", "-qq"]);
    mustRun("apt-get", ["install", "-y", "-qq", "chromium"], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  } else {
    console.error(
      `e2e: no Chromium at ${chromium}. Install it with 'sudo apt-get install chromium', or point CHROMIUM_PATH at a Chromium binary.`,
    );
    process.exit(1);
  }
}

buildIfNeeded();
const result = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
