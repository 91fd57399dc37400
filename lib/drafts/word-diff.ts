import { diffWordsWithSpace } from "diff";

import { SECTION_KEYS, sectionName, type DraftContent } from "@/lib/drafts/draft-schema";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type SectionDiff = { key: keyof DraftContent; name: string; parts: DiffPart[]; changed: boolean };

/** Word-level diff of every field between two versions of a draft (client-safe). */
export function diffDrafts(before: DraftContent, after: DraftContent): SectionDiff[] {
  const fields = ["title", ...SECTION_KEYS] as const;
  return fields.map((key) => {
    const parts: DiffPart[] = diffWordsWithSpace(before[key], after[key]).map((change) => ({
      kind: change.added ? "added" : change.removed ? "removed" : "same",
      text: change.value,
    }));
    return {
      key,
      name: key === "title" ? "Title" : sectionName(key),
      parts,
      changed: parts.some((part) => part.kind !== "same"),
    };
  });
}
