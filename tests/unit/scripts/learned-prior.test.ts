import { describe, expect, it } from "vitest";

import { FLAG_NAMES, packScores, type LearnedModel } from "@/lib/rubric/learned";
import { recoverWeights, solve } from "@/scripts/lib/learned-prior";
import { seededRandom } from "@/scripts/lib/seeded-random";

// The refit (scripts/train-rubric-layer.ts --refit) starts from what a shipped model learned: the
// map from word vectors to the per-word scores it stores, four bits a word. These check that the
// map comes back from the stored scores alone.

const DIMS = 12;
const WORDS = 800;

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function fixture(seed: number) {
  const random = seededRandom(seed);
  const vectors = Float64Array.from({ length: WORDS * DIMS }, () => gaussian(random) * 0.4);
  const map = Float64Array.from({ length: DIMS }, () => gaussian(random) * 3);
  const offset = 0.5;
  const scores = Float64Array.from({ length: WORDS }, (_, i) => {
    let s = offset;
    for (let j = 0; j < DIMS; j++) s += map[j]! * vectors[i * DIMS + j]!;
    return s;
  });
  const packed = packScores(scores);
  const flags = FLAG_NAMES.map((_, k) => k / 10);
  const model: LearnedModel = {
    version: 2,
    words: Array.from({ length: WORDS }, (_, i) => `w${i}`).join(" "),
    items: [{ id: "fix", threshold: 1.5, bias: -2, flags, scores: packed.packed, scale: packed.scale }],
  };
  return { vectors, map, offset, flags, model };
}

describe("recovering a shipped model's weights", () => {
  it("solves a small linear system", () => {
    // x + 3y = 10 and 2x + y = 5: the second row has the larger first entry, so the rows are swapped
    const x = solve(Float64Array.from([1, 3, 2, 1]), Float64Array.from([10, 5]), 2);
    expect(x[0]).toBeCloseTo(1, 10);
    expect(x[1]).toBeCloseTo(3, 10);
  });

  it("gets the vector map back from four-bit scores, the constant into the bias, the flags as stored", () => {
    const { vectors, map, offset, flags, model } = fixture(11);
    const got = recoverWeights(model, vectors, DIMS).get("fix")!;
    expect(got.r2).toBeGreaterThan(0.95);
    let dot = 0;
    let a = 0;
    let b = 0;
    for (let j = 0; j < DIMS; j++) {
      dot += got.coef[j]! * map[j]!;
      a += got.coef[j]! ** 2;
      b += map[j]! ** 2;
    }
    expect(dot / Math.sqrt(a * b)).toBeGreaterThan(0.99);
    expect(Math.abs(got.bias - (-2 + offset))).toBeLessThan(0.3);
    expect([...got.coef.subarray(DIMS)]).toEqual(flags);
  });

  it("says when the stored scores are not a map of these vectors", () => {
    const { model } = fixture(11);
    const random = seededRandom(99);
    const unrelated = Float64Array.from({ length: WORDS * DIMS }, () => gaussian(random));
    expect(recoverWeights(model, unrelated, DIMS).get("fix")!.r2).toBeLessThan(0.2);
  });
});
