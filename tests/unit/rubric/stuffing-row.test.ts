import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import { tokensOf } from "@/lib/rubric/learned";
import { packStuffingScores, stuffingLogit, stuffingRow, stuffingWords, unpackStuffingScores } from "@/lib/rubric/stuffing";

const gateMessage = (gate: { kind: string }) => ("message" in gate && typeof gate.message === "string" ? gate.message : "");

// The gate's stuffing row (session 29): the words of a whole answer, read against a row learned from the
// written gate rounds, the authored tuning answers and real postmortems (docs/decisions/004).
describe("the stuffing row", () => {
  it("reads words as the trainer does: lower case, curly apostrophes straightened, no digits", () => {
    expect(stuffingWords("I’d ALWAYS page SRE at 02:40, we'd roll-back")).toEqual(["i'd", "always", "page", "sre", "at", "we'd", "roll", "back"]);
  });

  it("reads the same logit off the learned layer's words as off the text, traps included", () => {
    const row = stuffingRow();
    const parts = ["we", "We'd", "don’t", "rock'n'roll", "p99", "ext4", "90's", "a9'bc", "ab‘cd", "İstanbul", "\u212aelvin", "café", "_x_", " ", "\n", ",", "'", "’", "‘", "usually", "incidents", "was", "k8s", "O'Neil’s", "ſ"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % parts.length;
    for (let k = 0; k < 3000; k++) {
      let t = "";
      for (let i = 0; i < 1 + (k % 12); i++) t += parts[next()]! + (k & 1 ? " " : "");
      const tokens = tokensOf(t, 0, t.length);
      const ids = Int32Array.from(tokens, (w) => row.vocabulary.get(w.word) ?? -1);
      expect(stuffingLogit(row, [t], [{ tokens, ids }]), t).toBe(stuffingLogit(row, [t]));
    }
  });

  it("packs scores to a byte each and back within half a step", () => {
    const values = [0, 1.5, -3, 2.25, -0.01, 3];
    const { packed, scale } = packStuffingScores(values);
    const back = unpackStuffingScores(packed, scale, values.length);
    values.forEach((v, i) => expect(Math.abs(back[i]! - v)).toBeLessThanOrEqual(scale / 2 + 1e-9));
  });

  it("ships a vocabulary and a threshold the engine can read", () => {
    const row = stuffingRow();
    expect(row.vocabulary.size).toBeGreaterThan(1000);
    expect(row.scores).toHaveLength(row.vocabulary.size);
    expect(Number.isFinite(row.threshold)).toBe(true);
  });

  const summary = {
    situation:
      "I have owned the ingestion tier for three years; it sits on the write path for every event, about 2 billion a day, with an SLO of p99 under 50 ms and 99.95% availability.",
    task: "As tech lead and on-call owner I define success as zero lost writes and p99 within target, and I drive the postmortems.",
    actions:
      "My way of working is always the same. I usually start from the signals: lag, error rates, GC pauses and traces. I list hypotheses and test each one, typically by reproducing the issue with replayed traffic or fault injection in staging. Root causes vary, from retry storms to hot partitions, and the fixes are what you'd expect: idempotency keys, backpressure, better partitioning. I weigh the trade-offs, usually latency against durability, ship behind flags with canaries and a rollback plan, and run reconciliation jobs whenever data may be affected. I validate with regression and soak tests and keep SRE and the client teams in the loop.",
    results:
      "Over those years p99 went from 140 ms to 35 ms and incidents dropped by 70%. Every incident gets a postmortem with action items, new alerts and runbooks. The lesson I keep relearning is that discipline beats heroics.",
  };
  const story = {
    situation: "Last March our Kafka consumer for billing events fell behind by 40 minutes during the month-end run.",
    task: "I was on call for the billing pipeline that week, so it was mine to fix before invoices went out the next morning.",
    actions:
      "The lag graph showed one partition stuck while the others were fine. I first thought the broker was slow, but its request latency was flat, so I looked at the consumer: one pod was in a GC loop. Its heap dump showed a cache keyed by customer that never evicted, and one customer had sent ten times the usual events. I capped the cache, restarted the pod, and the partition caught up in twenty minutes. The next day I added an eviction policy and a test with a skewed event mix.",
    results: "The invoices went out on time. Lag has stayed under a minute since, and we now alert on per-partition lag, not the total.",
  };

  it("reads a summary of practice as stuffing and a story as a story", () => {
    const row = stuffingRow();
    const text = (s: Record<string, string>) => Object.values(s);
    expect(stuffingLogit(row, text(summary))).toBeGreaterThan(row.threshold);
    expect(stuffingLogit(row, text(story))).toBeLessThan(row.threshold);
  });

  it("leaves the story alone, and caps the summary", () => {
    expect(scoreDraft(story).gate.kind).toBe("ok");
    const capped = scoreDraft(summary);
    expect(capped.gate.kind).toBe("stuffed");
    expect(capped.total).toBeLessThanOrEqual(25);
  });

  it("is what caps most of the round it was decided on, with a message that asks for one incident", () => {
    const answers = readFileSync(join(__dirname, "../../fixtures/rubric/gate/stuffing-st44-46.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { kind: string; sections: Record<string, string> });
    const byRow = answers.filter((a) => a.kind === "stuffed" && /^This names the checklist's parts without telling one incident/.test(gateMessage(scoreDraft(a.sections).gate)));
    expect(byRow.length).toBeGreaterThanOrEqual(20);
    for (const a of answers.filter((x) => x.kind === "ontopic")) expect(scoreDraft(a.sections).gate.kind).toBe("ok");
  });
});
