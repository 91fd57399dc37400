// What a shipped learned-layer model (lib/rubric/learned-model.ts) learned, as weights a fit can
// start from again (scripts/train-rubric-layer.ts --refit). The model stores, per item, one score
// per vocabulary word: a linear map of the word's vector, quantised to four bits. Given the same
// vectors, least squares over the whole vocabulary (thousands of words, a hundred unknowns) gets
// the map back, up to the quantisation.

import { loadModel, type LearnedModel } from "../../lib/rubric/learned";
import type { ItemId } from "../../lib/rubric/types";

/** Raw-feature weights (the vector map, then the flags' weights), the bias, and how well the map reproduces the stored scores. */
export type RecoveredItem = { coef: Float64Array; bias: number; r2: number };

/** Solves the n×n system A x = b (Gaussian elimination with partial pivoting). */
export function solve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  const M = A.slice();
  const x = b.slice();
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r * n + c]!) > Math.abs(M[p * n + c]!)) p = r;
    for (let k = 0; k < n; k++) [M[c * n + k], M[p * n + k]] = [M[p * n + k]!, M[c * n + k]!];
    [x[c], x[p]] = [x[p]!, x[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r * n + c]! / M[c * n + c]!;
      if (f === 0) continue;
      for (let k = c; k < n; k++) M[r * n + k] = M[r * n + k]! - f * M[c * n + k]!;
      x[r] = x[r]! - f * x[c]!;
    }
  }
  for (let c = n - 1; c >= 0; c--) {
    let sum = x[c]!;
    for (let k = c + 1; k < n; k++) sum -= M[c * n + k]! * x[k]!;
    x[c] = sum / M[c * n + c]!;
  }
  return x;
}

/**
 * Per item of `model`: the weights that map a word's vector (`vectors`, `dims` numbers per word of
 * the model's vocabulary, in its order) to its stored score. A constant in every word's score is a
 * constant in a sentence's mean score, so it joins the bias.
 */
export function recoverWeights(model: LearnedModel, vectors: ArrayLike<number>, dims: number): Map<ItemId, RecoveredItem> {
  const loaded = loadModel(model);
  const words = loaded.vocabulary.size;
  const n = dims + 1; // the map and a constant
  const AtA = new Float64Array(n * n);
  const row = new Float64Array(n);
  for (let i = 0; i < words; i++) {
    for (let j = 0; j < dims; j++) row[j] = vectors[i * dims + j]!;
    row[dims] = 1;
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) AtA[a * n + b] = AtA[a * n + b]! + row[a]! * row[b]!;
  }
  const out = new Map<ItemId, RecoveredItem>();
  model.items.forEach((item, ii) => {
    const scores = loaded.items[ii]!.scores;
    const Atb = new Float64Array(n);
    for (let i = 0; i < words; i++) {
      for (let j = 0; j < dims; j++) Atb[j] = Atb[j]! + vectors[i * dims + j]! * scores[i]!;
      Atb[dims] = Atb[dims]! + scores[i]!;
    }
    const x = solve(AtA, Atb, n);
    let mean = 0;
    for (let i = 0; i < words; i++) mean += scores[i]! / words;
    let residual = 0;
    let spread = 0;
    for (let i = 0; i < words; i++) {
      let predicted = x[dims]!;
      for (let j = 0; j < dims; j++) predicted += x[j]! * vectors[i * dims + j]!;
      residual += (predicted - scores[i]!) ** 2;
      spread += (scores[i]! - mean) ** 2;
    }
    const coef = new Float64Array(dims + item.flags.length);
    coef.set(x.subarray(0, dims));
    coef.set(item.flags, dims);
    out.set(item.id, { coef, bias: item.bias + x[dims]!, r2: spread > 0 ? 1 - residual / spread : 1 });
  });
  return out;
}
