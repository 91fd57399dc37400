import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { getRevisions, listRevisions, type RevisionContent, type RevisionSummary } from "@/lib/drafts/history.server";
import { rubricChange, type RubricChange } from "@/lib/drafts/rubric-change";
import { diffDrafts, type SectionDiff } from "@/lib/drafts/word-diff";
import { RUBRIC_ITEMS, scoreDraft } from "@/lib/rubric";

// What the history page shows, decided here (CONVENTIONS.md #17): which versions are
// listed with which hidden steps under them, which two are compared (ids from the URL are
// only used when they name a version of this draft), their word diff and rubric change.

export type HistoryEntry = RevisionSummary & {
  /** The version just older than this one in the list, for "What changed". */
  olderId: string | null;
  /** Text a folded autosave replaced while this version was written (issue 8). */
  steps: RevisionSummary[];
};

export type HistoryComparison = {
  from: RevisionContent;
  to: RevisionContent;
  diff: SectionDiff[];
  change: RubricChange;
  /** Set when the link named a version that is not part of this draft. */
  notice: string | null;
};

export type HistoryView = {
  draft: { id: string; title: string };
  /** Every saved row, newest first (for the version pickers). */
  revisions: RevisionSummary[];
  /** Versions (without hidden steps), newest first. */
  entries: HistoryEntry[];
  chart: { version: number; score: number | null }[];
  comparison: HistoryComparison | null;
};

type Query = { from?: string; to?: string };

const sectionsOf = (r: RevisionContent) => ({ situation: r.situation, task: r.task, actions: r.actions, results: r.results });

export async function getHistoryView(actor: Actor, draftId: string, query: Query = {}): Promise<HistoryView> {
  const { draft, revisions } = await listRevisions(actor, draftId, "edit");
  const base = { draft: { id: draft.id, title: draft.title }, revisions };
  if (revisions.length === 0) return { ...base, entries: [], chart: [], comparison: null };

  const listed = revisions.filter((r) => r.source !== "step");
  const entries = listed.map((revision, index) => {
    const older = listed[index + 1];
    const olderVersion = older?.version ?? 0;
    const steps = revisions.filter((r) => r.source === "step" && r.version < revision.version && r.version > olderVersion);
    return { ...revision, olderId: older?.id ?? null, steps };
  });

  const known = (id: string | undefined) => (id && IdSchema.safeParse(id).success ? revisions.find((r) => r.id === id) : undefined);
  const latest = listed[0] ?? revisions[0]!;
  const previous = listed[1] ?? latest;
  const asked = query.from !== undefined || query.to !== undefined;
  const fromPick = known(query.from);
  const toPick = known(query.to);
  const { from, to } = await getRevisions(actor, draft.id, (fromPick ?? previous).id, (toPick ?? latest).id);
  const change = rubricChange(
    scoreDraft(sectionsOf(from), { profile: draft.profile }),
    scoreDraft(sectionsOf(to), { profile: draft.profile }),
    RUBRIC_ITEMS,
  );
  return {
    ...base,
    entries,
    chart: [...listed].reverse().map(({ version, score }) => ({ version, score })),
    comparison: {
      from,
      to,
      diff: diffDrafts(from, to),
      change,
      notice:
        asked && (!fromPick || !toPick) ? "One of the versions in the link is not part of this draft, so the latest change is shown instead." : null,
    },
  };
}
