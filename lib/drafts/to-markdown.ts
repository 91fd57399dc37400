import { SECTION_KEYS, sectionName, type DraftContent } from "@/lib/drafts/draft-schema";

/** The draft as a Markdown document with one heading per STAR section. */
export function draftToMarkdown(draft: DraftContent & { questionTitle: string; score: number | null }): string {
  const lines = [`# ${draft.title}`, "", `*Question: ${draft.questionTitle}*`];
  if (draft.score !== null) lines.push("", `*Gameday score: ${draft.score}/100*`);
  for (const key of SECTION_KEYS) {
    lines.push("", `## ${sectionName(key)}`, "", draft[key].trim() || "_(not written yet)_");
  }
  return `${lines.join("\n")}\n`;
}

/** A file name safe on every OS, derived from the title. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60);
  return `${slug || "draft"}.md`;
}
