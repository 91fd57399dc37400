// Pure (no server, no React): one sentence that describes how a draft's score moved
// across its versions, for the history chart's caption and its text alternative.
// It describes the whole path, not just the first and last points: versions scoring
// 0, 11, 0 once read "the score stayed at 0 … the best was 11" (issue 8).

export type ScorePoint = { version: number; score: number | null };

type Scored = { version: number; score: number };

/** Beyond this many changes of direction the path is summarised by its range. */
const MAX_NAMED_TURNS = 3;

const plural = (n: number) => `${n} version${n === 1 ? "" : "s"}`;

/** `points` oldest first; versions without a score are left out. */
export function describeScorePath(points: readonly ScorePoint[]): string {
  const scored = points.filter((p): p is Scored => p.score !== null);
  if (scored.length === 0) return "No version has a score yet.";
  const first = scored[0]!;
  const last = scored[scored.length - 1]!;
  if (scored.length === 1) return `One scored version so far: ${first.score}, at version ${first.version}.`;

  // The values where the path changes direction (repeats merged), start and end included.
  const turns: number[] = [first.score];
  for (const { score } of scored.slice(1)) {
    const previous = turns[turns.length - 1]!;
    if (score === previous) continue;
    const before = turns[turns.length - 2];
    const sameDirection = before !== undefined && Math.sign(previous - before) === Math.sign(score - previous);
    if (sameDirection) turns[turns.length - 1] = score;
    else turns.push(score);
  }

  if (turns.length === 1) return `Steady at ${first.score} across all ${plural(scored.length)}.`;

  const bestScore = Math.max(...scored.map((p) => p.score));
  const bestAt = scored.filter((p) => p.score === bestScore);
  const best =
    bestAt.length === 1 ? `best ${bestScore} at version ${bestAt[0]!.version}` : `best ${bestScore}, first reached at version ${bestAt[0]!.version}`;

  const moves = turns.length - 1;
  if (moves === 1) {
    const verb = last.score > first.score ? "Rose" : "Fell";
    return `${verb} from ${first.score} to ${last.score} across ${plural(scored.length)}; ${best}.`;
  }
  if (moves > MAX_NAMED_TURNS) {
    const low = Math.min(...scored.map((p) => p.score));
    return `Started at ${first.score}, went up and down between ${low} and ${bestScore} across ${plural(scored.length)}, and is at ${last.score} now; ${best}.`;
  }
  const middle = turns.slice(1, -1).map((score, index) => `${score > turns[index]! ? "rose" : "fell"} to ${score}`);
  const end = last.score;
  const where = turns.slice(0, -1).includes(end) ? "back" : end > turns[turns.length - 2]! ? "up" : "down";
  return `Started at ${first.score}, ${middle.join(", ")}, and is ${where} at ${end} now; ${best}.`;
}
