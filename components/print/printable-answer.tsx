import { SECTION_KEYS, sectionName, type DraftContent } from "@/lib/drafts/draft-schema";

// The answer as plain text for paper: the title and the four STAR sections, nothing
// interactive. Hidden on screen; when printing, globals.css hides everything else on
// the page, so printing the editor gives just the answer, on one page for a typical
// 300-600 word story.

const paragraphs = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export function PrintableAnswer({ draft }: { draft: DraftContent & { questionTitle: string } }) {
  return (
    <article className="print-answer hidden print:block">
      <h1>{draft.title}</h1>
      <p className="print-question">{draft.questionTitle}</p>
      {SECTION_KEYS.map((key) => {
        const text = paragraphs(draft[key]);
        return (
          <section key={key}>
            <h2>{sectionName(key)}</h2>
            {text.length === 0 ? (
              <p className="print-empty">(not written yet)</p>
            ) : (
              text.map((paragraph, index) => (
                <p key={index} className="whitespace-pre-line">
                  {paragraph}
                </p>
              ))
            )}
          </section>
        );
      })}
    </article>
  );
}
