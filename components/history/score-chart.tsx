// Score over time, rendered on the server: no chart library and no client JavaScript.
// The line is an SVG stretched to the box; the labels and points are HTML placed by
// percentage, so text keeps its real size at every width (a scaled-down SVG made the
// labels about 6 px on a phone, issue 8). The whole chart is one image with a text
// alternative; the version list below carries the same numbers for anyone who prefers them.

import { describeScorePath, type ScorePoint } from "@/components/history/describe-score-path";

const TICKS = [0, 50, 100] as const;
const MAX_X_LABELS = 8;

/** `points` oldest first. */
export function ScoreChart({ points, id }: { points: readonly ScorePoint[]; id: string }) {
  const scored = points.filter((p): p is { version: number; score: number } => p.score !== null);
  const summary = describeScorePath(points);
  if (scored.length === 0) {
    return <p className="text-sm text-slate-600">No scores yet: each saved version shows its rubric score here once it has one.</p>;
  }
  // Percentages of the plot area. Versions are spaced evenly (oldest on the left) so a burst of saves stays readable.
  const x = (index: number) => (scored.length === 1 ? 50 : (index / (scored.length - 1)) * 100);
  const y = (score: number) => 100 - Math.max(0, Math.min(100, score));
  const line = scored.map((p, i) => `${x(i).toFixed(2)},${y(p.score).toFixed(2)}`).join(" ");
  const labelEvery = Math.ceil(scored.length / MAX_X_LABELS);

  return (
    <figure className="flex flex-col gap-2">
      <div
        role="img"
        aria-label="Score by version"
        aria-describedby={`${id}-desc`}
        className="relative h-48 w-full max-w-2xl text-xs text-slate-600"
      >
        {/* The plot area, inset to leave room for the labels. */}
        <div className="absolute top-2 right-5 bottom-7 left-10">
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" className="absolute inset-0 h-full w-full overflow-visible">
            {TICKS.map((tick) => (
              <line key={tick} x1={0} x2={100} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" strokeWidth={1} vectorEffect="non-scaling-stroke" />
            ))}
            {scored.length > 1 ? (
              <polyline points={line} fill="none" className="stroke-brand-600" strokeWidth={2.5} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
            ) : null}
          </svg>
          {TICKS.map((tick) => (
            <span key={tick} className="absolute right-full mr-2 -translate-y-1/2 leading-none tabular-nums" style={{ top: `${y(tick)}%` }}>
              {tick}
            </span>
          ))}
          {scored.map((p, i) => (
            <span
              key={p.version}
              className="absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-brand-700 bg-white"
              style={{ left: `${x(i)}%`, top: `${y(p.score)}%` }}
            />
          ))}
          {scored.map((p, i) =>
            i % labelEvery === 0 || i === scored.length - 1 ? (
              <span key={p.version} className="absolute top-full mt-2 -translate-x-1/2 whitespace-nowrap tabular-nums" style={{ left: `${x(i)}%` }}>
                v{p.version}
              </span>
            ) : null,
          )}
        </div>
      </div>
      <p id={`${id}-desc`} className="sr-only">
        {scored.map((p) => `Version ${p.version}: ${p.score}.`).join(" ")}
      </p>
      <figcaption className="text-sm text-slate-600">{summary}</figcaption>
    </figure>
  );
}
