import type { DrillItemStatus } from "@/lib/drills/drill-answer-view";

const STYLE = {
  met: { icon: "●", text: "Met", className: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  partial: { icon: "◐", text: "Partly met", className: "bg-amber-50 text-amber-900 ring-amber-200" },
  missing: { icon: "○", text: "Missing", className: "bg-slate-50 text-slate-700 ring-slate-200" },
} as const;

/** Per-item result of a scored follow-up answer: icon and word, never colour alone. */
export function ItemStatusList({ statuses, labels }: { statuses: DrillItemStatus[]; labels: Record<string, string> }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label="How the saved answer scores">
      {statuses.map(({ id, status }) => {
        const style = STYLE[status];
        return (
          <li
            key={id}
            data-item={id}
            data-status={status}
            className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm ring-1 ${style.className}`}
          >
            <span aria-hidden="true">{style.icon}</span>
            <span className="font-medium">{labels[id] ?? id}:</span> {style.text}
          </li>
        );
      })}
    </ul>
  );
}
