import Link from "next/link";

import type { ListView } from "@/lib/drafts/story-bank-schema";

const VIEWS: Array<{ view: ListView; label: string; href: string }> = [
  { view: "active", label: "Active", href: "/drafts" },
  { view: "archived", label: "Archived", href: "/drafts?show=archived" },
  { view: "trash", label: "Trash", href: "/drafts/trash" },
];

/** Tabs between the active drafts, the archived ones and the trash, with how many each holds. */
export function StoryBankViews({ current, counts }: { current: ListView; counts: Record<ListView, number> }) {
  return (
    <nav aria-label="Story bank views">
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {VIEWS.map(({ view, label, href }) => {
          const here = view === current;
          return (
            <li key={view}>
              <Link
                href={href}
                aria-current={here ? "page" : undefined}
                className={`-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium ${
                  here ? "border-brand-600 text-brand-900" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {label}
                <span className="sr-only">, </span>
                <span className="rounded-full bg-slate-100 px-1.5 text-xs text-slate-700">{counts[view]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
