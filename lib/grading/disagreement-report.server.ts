import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { readLabels, readOverrides } from "@/lib/star/grade-schema";
import { DIRECTIONS, type Direction, type DisagreementReport } from "@/lib/star/grading-views";
import { ITEM_META } from "@/lib/rubric/items";
import { ITEM_IDS, type ItemId, type ItemStatus } from "@/lib/rubric/types";

// The reviewer's coach–engine disagreement report (issue 9 §3): over the drafts they graded
// and can still reach, how often their label differs from the engine's on each checklist
// item, and in which direction. Each grade compares the reviewer's label with the engine's
// label of the same graded version (stored with the grade), so later edits do not move it.

const RANK: Record<ItemStatus, number> = { missing: 0, partial: 1, met: 2 };

export async function getDisagreementReport(actor: Actor): Promise<DisagreementReport> {
  const grades = await db.draftGrade.findMany({
    // Only drafts the reviewer may still comment on and does not own: a removed share takes
    // its drafts out of the report, as it takes them out of the queue.
    where: { coachId: actor.userId, draft: { ...draftAccess(actor, "comment"), ownerId: { not: actor.userId } } },
    orderBy: { updatedAt: "desc" },
    select: {
      overall: true,
      version: true,
      engineScore: true,
      overrides: true,
      engineLabels: true,
      updatedAt: true,
      draft: { select: { id: true, title: true, version: true, owner: { select: { name: true } } } },
    },
  });

  const items = ITEM_IDS.map((itemId) => ({
    itemId,
    label: ITEM_META[itemId].label,
    disagreements: 0,
    /** The engine said more than the reviewer (met → partial/missing, partial → missing). */
    engineHigher: 0,
    /** The engine said less than the reviewer. */
    engineLower: 0,
    directions: Object.fromEntries(DIRECTIONS.map((d) => [`${d.engine}->${d.coach}`, 0])) as Record<Direction, number>,
    drafts: [] as { draftId: string; title: string; engine: ItemStatus; coach: ItemStatus; note: string }[],
  }));
  const byId = new Map<ItemId, (typeof items)[number]>(items.map((item) => [item.itemId, item]));

  const drafts = grades.map((grade) => {
    const overrides = readOverrides(grade.overrides);
    const engineLabels = readLabels(grade.engineLabels);
    let count = 0;
    for (const itemId of ITEM_IDS) {
      const override = overrides[itemId];
      if (!override || override.label === engineLabels[itemId]) continue;
      count += 1;
      const item = byId.get(itemId)!;
      const engine = engineLabels[itemId];
      item.disagreements += 1;
      if (RANK[engine] > RANK[override.label]) item.engineHigher += 1;
      else item.engineLower += 1;
      item.directions[`${engine}->${override.label}`] += 1;
      item.drafts.push({ draftId: grade.draft.id, title: grade.draft.title, engine, coach: override.label, note: override.note });
    }
    return {
      draftId: grade.draft.id,
      title: grade.draft.title,
      candidateName: grade.draft.owner.name,
      overall: grade.overall,
      engineScore: grade.engineScore,
      version: grade.version,
      stale: grade.version !== grade.draft.version,
      disagreements: count,
      gradedAt: grade.updatedAt.toISOString(),
    };
  });

  const graded = grades.length;
  return {
    graded,
    totalDisagreements: items.reduce((sum, item) => sum + item.disagreements, 0),
    items: items
      .map((item) => ({ ...item, rate: graded === 0 ? 0 : item.disagreements / graded }))
      // Most disputed first; ties keep the checklist's order.
      .sort((a, b) => b.disagreements - a.disagreements || ITEM_IDS.indexOf(a.itemId) - ITEM_IDS.indexOf(b.itemId)),
    drafts,
  };
}
