import type { SectionDiff } from "@/lib/drafts/word-diff";

// Word-level changes between two versions. <ins>/<del> carry the meaning for assistive
// technology that announces them; the hidden words say it for the ones that don't.

const INS = "rounded-sm bg-green-100 text-green-900 underline decoration-green-700 decoration-2 underline-offset-2";
const DEL = "rounded-sm bg-red-100 text-red-900 line-through decoration-red-700 decoration-2";

export function RevisionDiff({ diff }: { diff: readonly SectionDiff[] }) {
  const changed = diff.filter((section) => section.changed);
  const unchanged = diff.filter((section) => !section.changed);
  if (changed.length === 0) {
    return <p className="rounded-md bg-slate-100 p-4 text-slate-700">These two versions hold the same text.</p>;
  }
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">
        <ins className={INS}>Added words</ins> are underlined on green; <del className={DEL}>removed words</del> are struck
        through on red.
      </p>
      {changed.map((section) => (
        <section key={section.key} aria-labelledby={`diff-${section.key}`} className="rounded-md border border-slate-200 bg-white p-4">
          <h3 id={`diff-${section.key}`} className="mb-2 font-semibold">
            {section.name}
          </h3>
          <p className="whitespace-pre-wrap break-words leading-relaxed" data-testid={`diff-${section.key}`}>
            {section.parts.map((part, index) =>
              part.kind === "added" ? (
                <ins key={index} className={INS}>
                  <span className="sr-only">[added: </span>
                  {part.text}
                  <span className="sr-only">]</span>
                </ins>
              ) : part.kind === "removed" ? (
                <del key={index} className={DEL}>
                  <span className="sr-only">[removed: </span>
                  {part.text}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </section>
      ))}
      {unchanged.length > 0 ? (
        <p className="text-sm text-slate-600">Unchanged: {unchanged.map((section) => section.name).join(", ")}.</p>
      ) : null}
    </div>
  );
}
