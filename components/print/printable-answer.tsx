import { SECTION_KEYS, sectionName, type DraftContent } from "@/lib/drafts/draft-schema";

// The answer as plain text for paper: the title and the four STAR sections, nothing
// interactive. Hidden on screen; when printing, globals.css hides everything else on
// the page, so printing the editor gives just the answer.

export function PrintableAnswer({ draft }: { draft: DraftContent & { questionTitle: string } }) {
  return (
    <article className="print-answer hidden print:block">
      <h1 className="text-2xl font-bold">{draft.title}</h1>
      <p className="print-question italic text-slate-700">{draft.questionTitle}</p>
      {SECTION_KEYS.map((key) => (
        <section key={key}>
          <h2 className="font-semibold">{sectionName(key)}</h2>
          <p className="whitespace-pre-line">{draft[key].trim() || "(not written yet)"}</p>
        </section>
      ))}
    </article>
  );
}
