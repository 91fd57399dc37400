import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";

import { loadDraftView } from "@/app/drafts/[id]/load-draft-view";
import { RevisionDiff } from "@/components/history/revision-diff";
import { RestoreButton } from "@/components/history/restore-button";
import { ScoreChart } from "@/components/history/score-chart";
import { LocalTime } from "@/components/relative-time";
import { BackLink } from "@/components/ui/back-link";
import { restoreRevisionAction } from "@/lib/drafts/draft-actions.server";
import type { RevisionSummary } from "@/lib/drafts/history.server";
import { getHistoryView } from "@/lib/drafts/history-view.server";
import type { RubricChange } from "@/lib/drafts/rubric-change";

export const metadata: Metadata = { title: "Version history" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function HistoryPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const { view } = await loadDraftView(params, (actor, id) => getHistoryView(actor, id, { from: first(query.from), to: first(query.to) }));
  const { draft, revisions, entries, chart, comparison } = view;

  const header = (
    <div className="flex flex-col gap-2">
      <BackLink href={`/drafts/${draft.id}`}>Back to the editor</BackLink>
      <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">History of “{draft.title}”</h1>
      <p className="text-slate-600">
        Every saved version of this answer. Quick saves made within a couple of minutes of each other are kept as one version.
      </p>
    </div>
  );

  if (!comparison) {
    return (
      <div className="flex flex-col gap-6">
        {header}
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">No saved versions yet</h2>
          <p className="mt-2 text-slate-600">Versions appear here once the editor has saved your first changes.</p>
          <Link
            href={`/drafts/${draft.id}`}
            className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
          >
            Open the editor
          </Link>
        </div>
      </div>
    );
  }

  const { from, to, diff, change } = comparison;
  const historyPath = `/drafts/${draft.id}/history`;

  return (
    <div className="flex flex-col gap-8">
      {header}

      <section aria-labelledby="scores-heading" className="flex flex-col gap-3">
        <h2 id="scores-heading" className="text-xl font-semibold">
          Score over time
        </h2>
        <ScoreChart id="score-chart" points={chart} />
      </section>

      <section id="compare" aria-labelledby="compare-heading" className="flex scroll-mt-4 flex-col gap-4">
        <h2 id="compare-heading" className="text-xl font-semibold">
          Compare two versions
        </h2>
        {entries.length < 2 && revisions.length < 2 ? (
          <p className="text-slate-600">There is only one saved version so far. Keep editing and come back to see what changed.</p>
        ) : (
          <Form action={historyPath} scroll={false} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
            <VersionSelect name="from" label="From (older)" revisions={revisions} selected={from.id} />
            <VersionSelect name="to" label="To (newer)" revisions={revisions} selected={to.id} />
            <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
              Compare
            </button>
          </Form>
        )}
        {comparison.notice ? (
          <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
            {comparison.notice}
          </p>
        ) : null}
        {revisions.length >= 2 ? (
          <>
            <p className="font-medium" aria-live="polite">
              Changes from version {from.version} to version {to.version}
            </p>
            <RubricChangeSummary change={change} />
            <RevisionDiff diff={diff} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="versions-heading" className="flex flex-col gap-3">
        <h2 id="versions-heading" className="text-xl font-semibold">
          All versions
        </h2>
        <p className="text-sm text-slate-600">
          Restoring copies an old version into the draft as a new version; the versions in between stay here.
        </p>
        <ol className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white" aria-label="Saved versions, newest first">
          {entries.map((revision, index) => {
            const current = index === 0;
            const steps = revision.steps;
            return (
              <li key={revision.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="flex min-w-0 flex-col gap-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">Version {revision.version}</span>
                    {current ? <Badge tone="brand">Current</Badge> : null}
                    {revision.source === "restore" ? <Badge tone="slate">Restored</Badge> : null}
                  </p>
                  <p className="text-sm text-slate-600">
                    Saved <LocalTime iso={revision.updatedAt.toISOString()} />
                    {" · "}
                    {revision.score === null ? "not scored" : `score ${revision.score}/100`}
                  </p>
                  {steps.length > 0 ? (
                    <details className="text-sm">
                      <summary className="cursor-pointer font-medium text-brand-700">
                        {steps.length === 1 ? "1 earlier text" : `${steps.length} earlier texts`} replaced while writing this version
                      </summary>
                      <ol className="mt-2 flex flex-col gap-2 border-l-2 border-slate-200 pl-3" aria-label={`Earlier texts of version ${revision.version}`}>
                        {steps.map((step) => (
                          <li key={step.id} className="flex flex-wrap items-center gap-3">
                            <span>
                              Step {step.version} · <LocalTime iso={step.updatedAt.toISOString()} />
                              {step.score === null ? "" : ` · score ${step.score}/100`}
                            </span>
                            <Link
                              href={`${historyPath}?from=${step.id}&to=${revision.id}#compare`}
                              className="font-medium text-brand-700 hover:underline"
                            >
                              Compare<span className="sr-only"> step {step.version} with version {revision.version}</span>
                            </Link>
                            <RestoreButton draftId={draft.id} revisionId={step.id} version={step.version} restore={restoreRevisionAction} />
                          </li>
                        ))}
                      </ol>
                    </details>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-start gap-3">
                  {revision.olderId ? (
                    <Link
                      href={`${historyPath}?from=${revision.olderId}&to=${revision.id}#compare`}
                      className="py-1.5 text-sm font-medium text-brand-700 hover:underline"
                    >
                      What changed<span className="sr-only"> in version {revision.version}</span>
                    </Link>
                  ) : null}
                  {current ? null : <RestoreButton draftId={draft.id} revisionId={revision.id} version={revision.version} restore={restoreRevisionAction} />}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

function VersionSelect(props: { name: string; label: string; revisions: readonly RevisionSummary[]; selected: string }) {
  const id = `version-${props.name}`;
  return (
    <div className="flex flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {props.label}
      </label>
      <select
        id={id}
        name={props.name}
        defaultValue={props.selected}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2"
      >
        {props.revisions.map((revision, index) => (
          <option key={revision.id} value={revision.id}>
            {revision.source === "step" ? "Earlier text, step" : "Version"} {revision.version}
            {index === 0 ? " (current)" : ""}
            {revision.source === "restore" ? " – restored" : ""}
            {revision.score === null ? "" : ` – ${revision.score}/100`}
          </option>
        ))}
      </select>
    </div>
  );
}

function RubricChangeSummary({ change }: { change: RubricChange }) {
  const delta = change.after - change.before;
  const unchanged = change.gained.length === 0 && change.lost.length === 0;
  return (
    <div className="rounded-md border border-slate-200 bg-white p-4 text-sm">
      <h3 className="font-semibold">Rubric</h3>
      <p className="mt-1 text-slate-700">
        Score {change.before} → {change.after} ({delta > 0 ? `+${delta}` : delta === 0 ? "no change" : `−${Math.abs(delta)}`}).{" "}
        {unchanged ? "No rubric item was gained or lost." : null}
      </p>
      {change.gained.length > 0 ? (
        <p className="mt-1 text-green-800">
          <span className="font-medium">Now met:</span> {change.gained.map((item) => item.label).join(", ")}
        </p>
      ) : null}
      {change.lost.length > 0 ? (
        <p className="mt-1 text-red-800">
          <span className="font-medium">No longer met:</span> {change.lost.map((item) => item.label).join(", ")}
        </p>
      ) : null}
    </div>
  );
}

function Badge({ tone, children }: { tone: "brand" | "slate"; children: React.ReactNode }) {
  const colours = tone === "brand" ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-700";
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${colours}`}>{children}</span>;
}
