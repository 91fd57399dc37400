import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateCorpus, spearman } from "@/lib/rubric/evaluate";
import { parseDraftText } from "@/lib/rubric/input";
import { scoreDraft } from "@/lib/rubric";
import { parseCorpusAnswer } from "@/lib/rubric/input";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixtures = join(root, "tests/fixtures/rubric");

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, script), ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("parseDraftText", () => {
  it("splits on Markdown, bold and colon headings, text on the heading line included", () => {
    const { sections, structured } = parseDraftText(readFileSync(join(fixtures, "cli/structured.md"), "utf8"));
    expect(structured).toBe(true);
    expect(sections.situation).toMatch(/^I ran the write-ahead log archiver/);
    expect(sections.task).toBe("I was the owner and the on-call engineer.");
    expect(sections.actions).toMatch(/^One Sunday/);
    expect(sections.results).toMatch(/^Lag went from/);
  });
  it("treats a draft with no headings as one unstructured answer", () => {
    const { sections, structured } = parseDraftText("I owned a cache. It broke.");
    expect(structured).toBe(false);
    expect(sections.actions).toBe("I owned a cache. It broke.");
  });
});

describe("npm run score", () => {
  it("prints one JSON line per answer and fails on bad files while scoring the rest", () => {
    const r = run("scripts/score.ts", [join(fixtures, "cli")]);
    expect(r.code).not.toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id).sort()).toEqual(["cli-answer", "structured", "unstructured"]);
    for (const l of lines) {
      expect(typeof l.total).toBe("number");
      expect(Object.keys(l.items)).toHaveLength(20);
      expect(l.items.component.status).toMatch(/^(met|partial|missing)$/);
      expect(l.delivery.words.total).toBeGreaterThan(0);
      // how far the answer reads as on the question, and what the total kept for it (session 32)
      expect(l.focus.factor).toBeGreaterThan(0);
      expect(l.focus.factor).toBeLessThanOrEqual(1);
    }
    const structured = lines.find((l) => l.id === "structured");
    expect(structured.items.root_cause.status).toBe("met");
    const errors = r.stderr.trim().split("\n");
    expect(errors).toHaveLength(2);
    expect(errors.some((e) => e.includes("invalid.json") && /invalid JSON/.test(e))).toBe(true);
    expect(errors.some((e) => e.includes("wrong-shape.json") && /sections/.test(e))).toBe(true);
  });
  it("reports an unreadable path and exits non-zero", () => {
    const r = run("scripts/score.ts", [join(fixtures, "does-not-exist.json"), join(fixtures, "cli/answer.json")]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/does-not-exist\.json: cannot read/);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });
});

describe("evaluation", () => {
  it("spearman handles ties and perfect orderings", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2, 2], [1, 1, 2, 2])).toBeCloseTo(1);
    expect(spearman([1], [1])).toBeNull();
  });

  // Our own labeled answers, in styles the devset does not cover (bullets, terse, British
  // spelling, non-native English, stuffing, off-topic): a guard against overfitting.
  it("meets the targets on the fixture corpus", () => {
    const dir = join(fixtures, "corpus");
    const rows = readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .map((n) => {
        const p = parseCorpusAnswer(JSON.parse(readFileSync(join(dir, n), "utf8")));
        if (!p.ok) throw new Error(`${n}: ${p.error}`);
        return { answer: p.answer, score: scoreDraft(p.answer.sections) };
      });
    const m = evaluateCorpus(rows);
    expect(m.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(m.spearman!).toBeGreaterThanOrEqual(0.85);
    expect(m.maxStuffedOrOfftopic!).toBeLessThanOrEqual(25);
    expect(m.minStrong!).toBeGreaterThanOrEqual(70);
  });

  it("npm run eval:rubric prints the metrics for a folder", () => {
    const r = run("scripts/eval-rubric.ts", [join(fixtures, "corpus")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/macro-F1: \d\.\d\d/);
    expect(r.stdout).toMatch(/spearman rho \(total vs grade\): \d\.\d\d/);
    expect(r.stdout).toMatch(/max total of stuffed\/offtopic: \d+/);
    for (const id of ["component", "reflection"]) expect(r.stdout).toMatch(new RegExp(`^${id}\\s+\\d\\.\\d\\d`, "m"));
  });
});
