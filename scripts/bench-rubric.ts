// npm run -s bench:rubric [-- --against <git ref>]
// Scores a ~700-word draft and a 20,000-character draft many times and prints the median
// time per draft, next to the median of one plain pass over the same text in the same run
// (lowercase + a regex word count), and the ratio between the two. The runs of each are
// interleaved in short rounds, so that a shared machine's speed drifting during the run moves
// both alike (the ratios hold; the milliseconds swing with the machine). Then prints what the
// engine adds to the browser's JavaScript: lib/rubric bundled and minified by esbuild, gzipped
// (the score worker's chunk), and the part the editor page loads up front (the checklist);
// with --against, the same for lib/rubric at that git ref, built in the same run, and the growth.
// With --against, each engine is timed in a child process of its own (the same code loaded twice in
// one process read 0.71x against itself), in interleaved rounds as above.

import { fork } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";
import type { scoreDraft, Sections } from "../lib/rubric/index";
import { rubricAt } from "./lib/rubric-at";

// Piped into `head` or similar, stdout may close before we finish: stop quietly then.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const here = fileURLToPath(new URL(".", import.meta.url));
const corpusDir = join(here, "../tests/fixtures/rubric/corpus");
const answers: Sections[] = readdirSync(corpusDir)
  .filter((n) => n.endsWith(".json"))
  .sort()
  .map((n) => (JSON.parse(readFileSync(join(corpusDir, n), "utf8")) as { sections: Sections }).sections);

const words = (s: Sections) => Object.values(s).join(" ").split(/\s+/).filter(Boolean).length;

// ~700 words (issue #7's budget): the strongest fixture, topped up with actions from others.
function draft700(): Sections {
  const base = { ...answers[0]! };
  let i = 1;
  while (words(base) < 700 && i < answers.length) {
    const extra = answers[i++]!.actions.split(/\s+/);
    base.actions += "\n" + extra.slice(0, 700 - words(base)).join(" ");
  }
  return base;
}

// 20,000 characters spread over the four sections, built from all fixtures.
function draft20k(): Sections {
  const out: Sections = { situation: "", task: "", actions: "", results: "" };
  const budget = { situation: 3000, task: 1500, actions: 12000, results: 3500 };
  for (const k of Object.keys(out) as Array<keyof Sections>) {
    let i = 0;
    while (out[k].length < budget[k]) out[k] += (out[k] ? "\n" : "") + (answers[i++ % answers.length]![k] || answers[0]![k]);
    out[k] = out[k].slice(0, budget[k]);
  }
  return out;
}

function plainPass(s: Sections): number {
  const t = (s.situation + "\n" + s.task + "\n" + s.actions + "\n" + s.results).toLowerCase();
  let n = 0;
  for (const _ of t.matchAll(/[a-z0-9]+/g)) n++;
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Median milliseconds per call of each function. The calls are interleaved in short rounds
 * (each function in turn, ROUND calls at a time) so that a shared machine's speed drifting
 * during the run moves every function alike and leaves their ratios alone.
 */
function timeAll(fns: ReadonlyArray<() => unknown>, runs: number): number[] {
  for (const fn of fns) for (let i = 0; i < Math.min(50, runs); i++) fn(); // warm up the JIT
  const samples = fns.map(() => [] as number[]);
  const ROUND = 10;
  for (let done = 0; done < runs; done += ROUND) {
    fns.forEach((fn, k) => {
      for (let i = 0; i < ROUND; i++) {
        const t0 = performance.now();
        fn();
        samples[k]!.push(performance.now() - t0);
      }
    });
  }
  return samples.map(median);
}

const againstAt = process.argv.indexOf("--against");
const ref = againstAt > 0 ? process.argv[againstAt + 1] : undefined;
const refDir = ref ? rubricAt(ref, join(here, "..")) : undefined;

/**
 * With --against, each engine is timed in a process of its own: two copies of lib/rubric loaded in
 * one process do not run alike (session 22: the same code twice read 0.71x), so the working tree's
 * engine and the reference's each get a child, and the parent asks them in turn for ROUND calls at a
 * time, as timeAll interleaves functions, so that the machine's drift moves both alike.
 */
type Child = { ask(draft: number, calls: number): Promise<number[]>; stop(): void };
function child(lib: string): Child {
  const proc = fork(fileURLToPath(import.meta.url), ["--child", lib], { execArgv: ["--import", "tsx"] });
  let waiting: ((samples: number[]) => void) | null = null;
  proc.on("message", (samples) => waiting?.(samples as number[]));
  return {
    ask: (draft, calls) =>
      new Promise((done) => {
        waiting = done;
        proc.send({ draft, calls });
      }),
    stop: () => proc.kill(),
  };
}

const drafts = [draft700(), draft20k()];
if (process.argv.includes("--child")) {
  // a child: scoreDraft of the lib/rubric named, timed call by call on the parent's request
  const lib = process.argv[process.argv.indexOf("--child") + 1]!;
  const score = ((await import(join(lib, "index.ts"))) as { scoreDraft: typeof scoreDraft }).scoreDraft;
  process.on("message", (m) => {
    const { draft, calls } = m as { draft: number; calls: number };
    const samples: number[] = [];
    for (let i = 0; i < calls; i++) {
      const t0 = performance.now();
      score(drafts[draft]!);
      samples.push(performance.now() - t0);
    }
    process.send!(samples);
  });
} else {
  await bench();
}

async function bench(): Promise<void> {
  const children = refDir ? [child(join(here, "../lib/rubric")), child(join(refDir, "lib/rubric"))] : [];
  for (const [k, name, runs] of [
    [0, "700 words", 500],
    [1, "20,000 chars", 200],
  ] as const) {
    const d = drafts[k]!;
    const chars = Object.values(d).join("").length;
    const head = `${name.padEnd(13)} (${words(d)} words, ${chars} chars):`;
    if (children.length === 0) {
      const score = ((await import("../lib/rubric/index")) as { scoreDraft: typeof scoreDraft }).scoreDraft;
      const [engine, plain] = timeAll([() => score(d), () => plainPass(d)], runs) as [number, number];
      console.log(`${head} scoreDraft median ${engine.toFixed(3)} ms; plain pass ${plain.toFixed(3)} ms; ratio ${(engine / plain).toFixed(1)}x  [${runs} runs]`);
      continue;
    }
    const ROUND = 10;
    for (const c of children) await c.ask(k, Math.min(50, runs)); // warm up the JIT
    const samples = children.map(() => [] as number[]);
    const plainSamples: number[] = [];
    for (let done = 0; done < runs; done += ROUND) {
      for (const [i, c] of children.entries()) samples[i]!.push(...(await c.ask(k, ROUND)));
      for (let i = 0; i < ROUND; i++) {
        const t0 = performance.now();
        plainPass(d);
        plainSamples.push(performance.now() - t0);
      }
    }
    const [engine, then] = samples.map(median) as [number, number];
    const plain = median(plainSamples);
    console.log(
      `${head} scoreDraft median ${engine.toFixed(3)} ms; plain pass ${plain.toFixed(3)} ms; ratio ${(engine / plain).toFixed(1)}x; ` +
        `engine at ${ref} ${then.toFixed(3)} ms, now/then ${(engine / then).toFixed(2)}x (each engine in a process of its own)  [${runs} runs]`,
    );
  }
  for (const c of children) c.stop();
  report();
}

/** lib/rubric as the browser gets it: one minified bundle of these modules, gzipped (bytes). */
function engineBundleGzip(...entries: string[]): number {
  const contents = entries.map((entry) => `export * from ${JSON.stringify(entry)};`).join("\n");
  const out = buildSync({
    stdin: { contents, resolveDir: here, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

function report(): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const now = engineBundleGzip(join(here, "../lib/rubric/index.ts"));
  // What the editor page itself loads of lib/rubric: the checklist metadata and the word counter
  // (the engine runs in the score worker and is not part of the page's first-load JavaScript).
  // Issue #7's budget is that share: the editor's first-load JavaScript grows by at most 10 KB.
  const editorShare = engineBundleGzip(join(here, "../lib/rubric/items.ts"), join(here, "../lib/rubric/length.ts"));
  console.log(`editor page's share of lib/rubric (items.ts + types.ts + length.ts, minified, gzip -9): ${kb(editorShare)} (first-load budget: +10 KB)`);
  if (!refDir) {
    console.log(`engine bundle (lib/rubric, esbuild minified, gzip -9; the score worker downloads it on first focus): ${kb(now)}`);
  } else {
    try {
      const then = engineBundleGzip(join(refDir, "lib/rubric/index.ts"));
      console.log(`engine bundle (lib/rubric, esbuild minified, gzip -9; the score worker downloads it on first focus): ${kb(now)}; at ${ref}: ${kb(then)}; growth ${kb(now - then)}`);
    } finally {
      rmSync(refDir, { recursive: true, force: true });
    }
  }
}
