/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same numbers in [0, 1)
 * on every run, so generated inputs (shuffles, word soups) are reproducible. For the rubric's
 * equivalence check (scripts/check-rubric-identical.ts) and the prefilter tests.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
