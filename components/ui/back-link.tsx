import Link from "next/link";

/**
 * The one way back up: "← All drafts", "← Back to the editor". Same look and wording
 * pattern on every page (issue 8); screen readers hear the words, not the arrow.
 */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link
      href={href}
      data-slot="back-link"
      className="inline-flex items-center gap-1.5 self-start rounded-sm text-sm font-medium text-brand-700 hover:underline"
    >
      <span aria-hidden="true">←</span>{" "}
      {children}
    </Link>
  );
}
