// Score over time as a small inline SVG, rendered on the server: no chart library and
// no client JavaScript. The SVG is an image with a text alternative; the version list
// next to it carries the same numbers for anyone who prefers reading them.

import { describeScorePath, type ScorePoint } from "@/lib/drafts/describe-score-path";

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { top: 12, right: 16, bottom: 28, left: 36 };

/** `points` oldest first. */
export function ScoreChart({ points, id }: { points: readonly ScorePoint[]; id: string }) {
  const scored = points.filter((p): p is { version: number; score: number } => p.score !== null);
  const summary = describeScorePath(points);
  if (scored.length === 0) {
    return <p className="text-sm text-slate-600">No scores yet: each saved version shows its rubric score here once it has one.</p>;
  }
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  // Versions are spaced evenly (oldest on the left) so that a burst of saves stays readable.
  const x = (index: number) => PAD.left + (scored.length === 1 ? innerW / 2 : (index / (scored.length - 1)) * innerW);
  const y = (score: number) => PAD.top + innerH - (Math.max(0, Math.min(100, score)) / 100) * innerH;
  const line = scored.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const labelEvery = Math.ceil(scored.length / 8);

  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={`${id}-title`}>Score by version</title>
        <desc id={`${id}-desc`}>
          {summary} {scored.map((p) => `Version ${p.version}: ${p.score}.`).join(" ")}
        </desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
              {tick}
            </text>
          </g>
        ))}
        {scored.length > 1 ? <polyline points={line} fill="none" className="stroke-brand-600" strokeWidth={2.5} strokeLinejoin="round" /> : null}
        {scored.map((p, i) => (
          <g key={p.version}>
            <circle cx={x(i)} cy={y(p.score)} r={4} className="fill-white stroke-brand-700" strokeWidth={2} />
            {i % labelEvery === 0 || i === scored.length - 1 ? (
              <text x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-600 text-[11px]">
                v{p.version}
              </text>
            ) : null}
          </g>
        ))}
      </svg>
      <figcaption className="text-sm text-slate-600">{summary}</figcaption>
    </figure>
  );
}
