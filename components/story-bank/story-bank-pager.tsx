import Link from "next/link";

import { storyBankHref, type StoryBankFilters } from "@/lib/drafts/story-bank-schema";

const linkClass = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50";
const offClass = "rounded-md border border-slate-200 px-4 py-2 text-sm font-medium text-slate-400";

/**
 * "Newer" / "Older" between pages of the story bank: plain links that keep the filters, so
 * they work without JavaScript, from the keyboard and as shareable URLs.
 */
export function StoryBankPager({ filters, newer, older }: { filters: StoryBankFilters; newer: string | null; older: string | null }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="Pages of stories" className="flex items-center justify-between gap-3">
      {newer ? (
        <Link href={storyBankHref(filters, { before: newer })} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>Newer stories
        </Link>
      ) : (
        <span className={offClass} aria-disabled="true">
          <span aria-hidden="true">← </span>Newer stories
        </span>
      )}
      {older ? (
        <Link href={storyBankHref(filters, { after: older })} rel="next" className={linkClass}>
          Older stories<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className={offClass} aria-disabled="true">
          Older stories<span aria-hidden="true"> →</span>
        </span>
      )}
    </nav>
  );
}
