import { LocalTime } from "@/components/relative-time";
import { LABEL_NAMES, OVERALL_GRADES } from "@/lib/star/grade-schema";
import type { DraftGradesView } from "@/lib/star/grading-views";

/**
 * The candidate's side of grading (issue 9 §3), under the editor: each reviewer's overall
 * grade, summary and the checklist items they labelled differently from the engine, with the
 * date and the version they graded. Nothing when the draft is not shared and never graded.
 */
export function DraftGradesPanel({ view }: { view: DraftGradesView }) {
  if (view.grades.length === 0 && view.reviewers === 0) return null;
  return (
    <section aria-labelledby="grades-heading" className="no-print mt-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div>
        <h2 id="grades-heading" className="text-lg font-semibold">
          Grades from your reviewers
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          A reviewer&apos;s overall grade runs from 1 (would fail the screen) to 5 (bar-raising). Where they labelled a checklist item
          differently from the engine, their label and note are listed.
        </p>
      </div>
      {view.grades.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600">
          No grade yet. {view.reviewers === 1 ? "Your reviewer has" : `Your ${view.reviewers} reviewers have`} access; a grade shows up here
          once they give one.
        </p>
      ) : (
        <ul className="flex flex-col gap-4">
          {view.grades.map((grade) => (
            <li key={grade.id} data-testid="draft-grade" className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium text-slate-900">
                  {grade.coachName}
                  {grade.accessRemoved ? <span className="ml-2 text-xs font-normal text-slate-500">(access removed)</span> : null}
                </p>
                <p className="text-sm text-slate-600">
                  Graded <LocalTime iso={grade.updatedAt} />, version {grade.version}
                </p>
              </div>
              <p className="text-sm">
                <span className="sr-only">Overall grade: </span>
                <span data-testid="draft-grade-overall" className="text-2xl font-bold text-slate-900">
                  {grade.overall}
                </span>
                <span className="text-slate-600">/5 · {OVERALL_GRADES.find((option) => option.value === grade.overall)?.name}</span>
              </p>
              {grade.stale ? (
                <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900">
                  Graded an earlier version: you have changed the draft since (now version {view.version}).
                </p>
              ) : null}
              <p className="whitespace-pre-line text-sm text-slate-800">{grade.summary}</p>
              {grade.overrides.length > 0 ? (
                <div>
                  <h3 className="text-xs font-semibold uppercase tracking-wider text-slate-500">Where they read it differently from the checklist</h3>
                  <ul className="mt-1 flex flex-col gap-1 text-sm">
                    {grade.overrides.map((override) => (
                      <li key={override.itemId} data-item={override.itemId}>
                        <span className="font-medium">{override.itemLabel}</span>: {LABEL_NAMES[override.coach]}{" "}
                        <span className="text-slate-500">(checklist: {LABEL_NAMES[override.engine]})</span> — {override.note}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className="text-sm text-slate-600">They agreed with every checklist label.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
