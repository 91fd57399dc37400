// lib/rubric as it was at a git ref, for the scripts that set an older engine beside this
// checkout's (bench:rubric --against, decide:rubric, compare-rubric-engines, check-rubric-identical).

import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Extracts lib/rubric at `ref` (from the repository at `root`) into a new temporary folder and
 * returns that folder, which holds `lib/rubric/…`. The caller removes it when done.
 */
export function rubricAt(ref: string, root: string, prefix = "rubric-ref-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync("tar", ["-x", "-C", dir], { input: execFileSync("git", ["archive", ref, "lib/rubric"], { cwd: root }) });
  return dir;
}
