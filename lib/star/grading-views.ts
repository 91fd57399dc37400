import type { ItemLabels } from "@/lib/star/grade-schema";
import type { ItemId, ItemStatus } from "@/lib/rubric/types";

// What the grading pages hand to their client components (issue 9 §3): plain data, no database
// row. lib/grading/*.server.ts builds these shapes behind draftAccess and declares them as its
// return types, so a component imports its props from here, not from server code.

/** One item a reviewer labelled differently from the engine, for display. */
export type OverrideView = { itemId: ItemId; itemLabel: string; engine: ItemStatus; coach: ItemStatus; note: string };

/** One reviewer's grade of a draft: the version graded (stale once the draft has moved on), overall, summary, relabelled items. */
export type GradeView = {
  version: number;
  stale: boolean;
  overall: number;
  summary: string;
  overrides: OverrideView[];
  updatedAt: string;
};

/** The reviewer's grade form: the version on screen, the engine's labels at that version, their grade so far. */
export type GradeFormView = {
  draftId: string;
  version: number;
  engineLabels: ItemLabels;
  grade: GradeView | null;
};

/** The candidate's list of the grades their reviewers gave one draft, newest first. */
export type DraftGradesView = {
  version: number;
  /** Reviewers with a live share. */
  reviewers: number;
  grades: Array<GradeView & { id: string; coachName: string; accessRemoved: boolean }>;
};

export type Direction = `${ItemStatus}->${ItemStatus}`;
/** Every (engine, coach) pair that is a disagreement: the engine too generous first, then too strict. */
export const DIRECTIONS: readonly { engine: ItemStatus; coach: ItemStatus }[] = [
  { engine: "met", coach: "partial" },
  { engine: "met", coach: "missing" },
  { engine: "partial", coach: "missing" },
  { engine: "partial", coach: "met" },
  { engine: "missing", coach: "partial" },
  { engine: "missing", coach: "met" },
];

/** The reviewer's coach–engine disagreement report: per checklist item, then per graded draft. */
export type DisagreementReport = {
  graded: number;
  totalDisagreements: number;
  /** Most disputed first; ties keep the checklist's order. */
  items: Array<{
    itemId: ItemId;
    label: string;
    disagreements: number;
    /** The engine said more than the reviewer (met → partial/missing, partial → missing). */
    engineHigher: number;
    /** The engine said less than the reviewer. */
    engineLower: number;
    directions: Record<Direction, number>;
    drafts: Array<{ draftId: string; title: string; engine: ItemStatus; coach: ItemStatus; note: string }>;
    /** disagreements / graded (0 when nothing is graded). */
    rate: number;
  }>;
  drafts: Array<{
    draftId: string;
    title: string;
    candidateName: string;
    overall: number;
    engineScore: number;
    version: number;
    stale: boolean;
    disagreements: number;
    gradedAt: string;
  }>;
};
