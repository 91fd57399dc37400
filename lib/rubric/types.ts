// Public types of the rubric engine. Kept stable for the UI: add fields, don't rename them.

export const SECTION_KEYS = ["situation", "task", "actions", "results"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The four STAR sections of a draft, as the caller holds them. Any may be empty. */
export type Sections = Record<SectionKey, string>;

/** The canonical item ids of shared/rubric/ITEMS.md (a contract: never rename). */
export const ITEM_IDS = [
  "component",
  "data_path",
  "slo",
  "scale",
  "ownership",
  "success_criteria",
  "incident",
  "signals",
  "reproduction",
  "hypotheses",
  "root_cause",
  "fix",
  "tradeoffs",
  "rollout",
  "data_repair",
  "validation",
  "quantified_results",
  "prevention",
  "collaboration",
  "reflection",
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

/** The section an item belongs to in the checklist; "any" means it may appear anywhere. */
export type ItemHome = SectionKey | "any";

export type ItemStatus = "met" | "partial" | "missing";

/**
 * Characters of the caller's text that earned an item. `start`/`end` are UTF-16 indexes
 * into the exact string passed for `section` (for scoreFollowUp, into the answer text,
 * with section "answer"); `text === source.slice(start, end)`.
 */
export type Evidence = {
  section: SectionKey | "answer";
  start: number;
  end: number;
  text: string;
};

export type ItemResult = {
  id: ItemId;
  status: ItemStatus;
  /** Spans that earned the status (for "met", the specific words; for "partial", the vague mention). */
  evidence: Evidence[];
  /** For partial and missing items: what is missing, in one sentence. */
  message?: string;
  /** For partial and missing items: the follow-up question an interviewer would ask. */
  probe?: string;
  /** The weight this item carried under the chosen profile. */
  weight: number;
};

export type SectionSubtotal = {
  /** Points earned (sum of weight × credit). */
  score: number;
  /** Points available (sum of weights of the items whose home is this section). */
  max: number;
  /** 0–100, rounded. */
  percent: number;
};

/** Why the total was capped, if it was. */
export type Gate =
  | { kind: "ok" }
  | { kind: "empty"; message: string }
  | { kind: "stuffed"; message: string }
  | { kind: "offtopic"; message: string };

export type ConfidentialityFinding = {
  kind: "ip-address" | "email" | "url" | "hostname" | "ticket-id";
  section: SectionKey;
  start: number;
  end: number;
  text: string;
};

export type DeliverySignals = {
  words: Record<SectionKey, number> & { total: number };
  /** Speaking time at about 150 words a minute. */
  speakingSeconds: number;
  /** Against the 2–4 minute target. */
  length: "empty" | "short" | "ok" | "long";
  /** First person in the actions ("I", "me", "my" against "we", "us", "our"). */
  firstPerson: { i: number; we: number; iShare: number | null; verdict: "none" | "mostly-we" | "balanced" | "mostly-i" };
  /** Share of all words per section; actions should carry the most. */
  balance: { shares: Record<SectionKey, number>; largest: SectionKey | null; actionsLargest: boolean };
  confidentiality: { flagged: boolean; findings: ConfidentialityFinding[] };
  /** Short human-readable notes about delivery (empty when all is well). */
  notes: string[];
};

export type AdjacentSignal = {
  /** The story is about a non-storage component (cache, queue, concurrency-heavy service). */
  detected: boolean;
  /** The draft says what was similar to or different from a storage component. */
  comparesToStorage: boolean;
  evidence: Evidence[];
  message?: string;
};

/**
 * How far the story reads as being about the question at all (the answer rows' off-question row,
 * session 32): a story mostly about something other than an infrastructure component the teller
 * owned answers another question, and its total counts less of its checklist.
 */
export type QuestionFocus = {
  /** 0–1: how much the whole answer reads like the stories readers call off the question; null when not read (under 120 words, or a stuffed or empty draft). */
  offQuestion: number | null;
  /** What the total was multiplied by for it (1: nothing taken). */
  factor: number;
  /** Set when the discount is large enough to say so. */
  message?: string;
};

export type DraftScore = {
  profile: string;
  /** 0–100. */
  total: number;
  items: Record<ItemId, ItemResult>;
  sections: Record<ItemHome, SectionSubtotal>;
  gate: Gate;
  focus: QuestionFocus;
  adjacent: AdjacentSignal;
  delivery: DeliverySignals;
};

export type FollowUpScore = {
  /** Only the targeted items. */
  items: Partial<Record<ItemId, ItemResult>>;
  /** 0–100 over the targeted items. */
  total: number;
};
