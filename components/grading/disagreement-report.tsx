import Link from "next/link";

import { LocalTime } from "@/components/relative-time";
import { LABEL_NAMES } from "@/lib/star/grade-schema";
import { DIRECTIONS, type DisagreementReport } from "@/lib/star/grading-views";

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * The reviewer's coach–engine disagreement report (issue 9 §3): per checklist item, how often
 * their label differed from the engine's and in which direction, with the drafts behind each
 * count; then the drafts they graded.
 */
export function DisagreementReportView({ report }: { report: DisagreementReport }) {
  if (report.graded === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <h2 className="text-lg font-semibold">Nothing graded yet</h2>
        <p className="mt-2 text-slate-600">
          Open a draft from your{" "}
          <Link href="/review" className="font-medium text-brand-700 hover:underline">
            review queue
          </Link>{" "}
          and grade it. Each item where your label differs from the checklist&apos;s is counted here.
        </p>
      </div>
    );
  }
  const disputed = report.items.filter((item) => item.disagreements > 0);
  return (
    <div className="flex flex-col gap-8">
      <p data-testid="report-summary" className="text-slate-700">
        You graded {report.graded} {report.graded === 1 ? "draft" : "drafts"} and changed the checklist&apos;s label{" "}
        {report.totalDisagreements} {report.totalDisagreements === 1 ? "time" : "times"}.
        {report.totalDisagreements === 0 ? " You agreed with the engine on every item so far." : null}
      </p>

      <section aria-labelledby="report-items-heading" className="flex flex-col gap-3">
        <h2 id="report-items-heading" className="text-xl font-semibold">
          By checklist item
        </h2>
        <p className="text-sm text-slate-600">
          “Engine higher” means the checklist gave more credit than you (it said met where you said partly met or missing);
          “engine lower”, less. Each count compares your label with the engine&apos;s on the version you graded.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left text-sm shadow-sm">
            <caption className="sr-only">Disagreements per checklist item</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Item</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Disagreed</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Engine higher</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Engine lower</th>
                <th scope="col" className="px-3 py-2 font-semibold">Checklist → you</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((item) => (
                <tr key={item.itemId} data-testid="report-item" data-item={item.itemId} className="border-t border-slate-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">{item.label}</th>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {item.disagreements} of {report.graded} <span className="text-slate-500">({percent(item.rate)})</span>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{item.engineHigher}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{item.engineLower}</td>
                  <td className="px-3 py-2 text-slate-700">
                    {DIRECTIONS.filter((d) => item.directions[`${d.engine}->${d.coach}`] > 0)
                      .map((d) => `${LABEL_NAMES[d.engine]} → ${LABEL_NAMES[d.coach]} ×${item.directions[`${d.engine}->${d.coach}`]}`)
                      .join(", ") || "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {disputed.length > 0 ? (
        <section aria-labelledby="report-drafts-by-item-heading" className="flex flex-col gap-3">
          <h2 id="report-drafts-by-item-heading" className="text-xl font-semibold">
            The drafts behind each count
          </h2>
          {disputed.map((item) => (
            <details key={item.itemId} className="rounded-md border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-medium">
                {item.label} ({item.disagreements})
              </summary>
              <ul className="mt-2 flex flex-col gap-1 text-sm">
                {item.drafts.map((draft) => (
                  <li key={draft.draftId}>
                    <Link href={`/review/${draft.draftId}`} className="font-medium text-brand-700 hover:underline">
                      {draft.title || "Untitled draft"}
                    </Link>
                    : checklist {LABEL_NAMES[draft.engine]}, you {LABEL_NAMES[draft.coach]} — {draft.note}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="report-graded-heading" className="flex flex-col gap-3">
        <h2 id="report-graded-heading" className="text-xl font-semibold">
          Drafts you graded
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-left text-sm shadow-sm">
            <caption className="sr-only">Drafts you graded</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Draft</th>
                <th scope="col" className="px-3 py-2 font-semibold">Candidate</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Your grade</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Checklist score</th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">Items relabelled</th>
                <th scope="col" className="px-3 py-2 font-semibold">Graded</th>
              </tr>
            </thead>
            <tbody>
              {report.drafts.map((draft) => (
                <tr key={draft.draftId} data-testid="report-draft" className="border-t border-slate-100">
                  <td className="px-3 py-2">
                    <Link href={`/review/${draft.draftId}`} className="font-medium text-brand-700 hover:underline">
                      {draft.title || "Untitled draft"}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{draft.candidateName}</td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{draft.overall}/5</td>
                  <td className="px-3 py-2 text-right tabular-nums">{draft.engineScore}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{draft.disagreements}</td>
                  <td className="px-3 py-2 text-slate-700">
                    <LocalTime iso={draft.gradedAt} />, version {draft.version}
                    {draft.stale ? <span className="ml-1 text-amber-700">(changed since)</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
