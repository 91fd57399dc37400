import type { CommentThreadView } from "@/lib/star/comments-view";
import { highlightSegments } from "@/lib/star/highlight-segments";
import { SECTION_KEYS, sectionName, type SectionKey } from "@/lib/drafts/draft-schema";

/**
 * The draft's current text, read-only, with the words each open comment points at
 * highlighted (where they are now: unchanged, moved or edited). Each highlight links to its
 * thread. Text renders as text.
 */
export function AnnotatedSections({ sections, threads }: { sections: Record<SectionKey, string>; threads: CommentThreadView[] }) {
  return (
    <div className="flex flex-col gap-5">
      {SECTION_KEYS.map((key) => {
        const spans = threads.flatMap((thread) => {
          const location = thread.location;
          if (thread.resolved || location.status === "gone" || location.status === "section" || location.section !== key) return [];
          return [{ id: thread.id, start: location.start, end: location.end }];
        });
        const wholeSection = threads.filter((thread) => !thread.resolved && thread.location.status === "section" && thread.section === key).length;
        const runs = highlightSegments(sections[key], spans);
        const marked = new Set<string>();
        return (
          <section key={key} aria-labelledby={`annotated-${key}`} className="flex flex-col gap-1">
            <h2 id={`annotated-${key}`} className="text-lg font-semibold">
              {sectionName(key)}
              {wholeSection ? (
                <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 align-middle text-xs font-semibold text-amber-900">
                  {wholeSection} {wholeSection === 1 ? "comment" : "comments"} on the whole section
                </span>
              ) : null}
            </h2>
            {sections[key].trim() ? (
              <div className="whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-white p-3 leading-relaxed text-slate-900" data-testid={`annotated-${key}`}>
                {runs.map((run) => {
                  if (run.ids.length === 0) return <span key={run.start}>{run.text}</span>;
                  // The first run of each comment's words carries its id ("Show in text" scrolls to it).
                  const starting = run.ids.filter((id) => !marked.has(id));
                  starting.forEach((id) => marked.add(id));
                  const [first, ...others] = starting;
                  return (
                    <a key={run.start} href={`#thread-${run.ids[0]}`} className="rounded-sm no-underline">
                      {others.map((id) => (
                        <span key={id} id={`comment-mark-${id}`} />
                      ))}
                      <mark id={first ? `comment-mark-${first}` : undefined} tabIndex={first ? -1 : undefined} className="rounded-sm bg-amber-200/70 text-inherit">
                        {run.text}
                      </mark>
                    </a>
                  );
                })}
              </div>
            ) : (
              <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-500">Not written yet.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
