import { sectionName } from "@/lib/drafts/draft-schema";
import type { Relocation } from "@/lib/star/relocate-anchor";

/**
 * One sentence for where a comment's words are now, or null when there is nothing to say
 * (same version, or the words are untouched). Client-safe.
 */
export function describeLocation(thread: { version: number; onOlderVersion: boolean; section: string; location: Relocation }, currentVersion: number): string | null {
  const { location } = thread;
  if (location.status === "section") return thread.onOlderVersion ? `Made on version ${thread.version}; the section is now at version ${currentVersion}.` : null;
  if (!thread.onOlderVersion && location.status === "unchanged") return null;
  const made = `Made on version ${thread.version} (now ${currentVersion}).`;
  switch (location.status) {
    case "unchanged":
      return `${made} These words are unchanged.`;
    case "moved":
      return location.section === thread.section
        ? `${made} These words moved within ${sectionName(location.section)}.`
        : `${made} These words moved to ${sectionName(location.section)}.`;
    case "edited":
      return `${made} The passage was edited; it now reads:`;
    case "gone":
      return `${made} These words are no longer in the draft.`;
  }
}
