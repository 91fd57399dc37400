import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";
import { countDrafts, type DraftCounts } from "@/lib/drafts/count-drafts.server";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { purgeExpiredTrash } from "@/lib/drafts/purge-trash.server";
import { parseStoredTags, type StoryBankFilters } from "@/lib/drafts/story-bank-schema";

export type StoryBankItem = {
  id: string;
  title: string;
  score: number | null;
  updatedAt: Date;
  tags: string[];
  question: { id: string; title: string };
  lastRehearsal: { seconds: number; createdAt: Date } | null;
};

export type StoryBank = {
  /** The drafts that match the filters, most recently edited first. */
  items: StoryBankItem[];
  /** How many drafts the view holds before filtering (to tell "none here" from "no matches"). */
  total: number;
  /** Every tag used in the view, alphabetical, for the tag filter. */
  tags: string[];
  /** Drafts per view, for the Active / Archived / Trash tabs. */
  counts: DraftCounts;
};

const normalise = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * The drafts list with what the story bank shows per story, filtered by tag, question
 * and free text (title, question and all four sections). Filtering happens here over
 * the owner's own drafts: a candidate has tens of stories, and matching in JS keeps
 * search case- and accent-insensitive on SQLite and PostgreSQL alike.
 * `filters.show === "archived"` lists the archived drafts instead of the active ones;
 * drafts in the trash are never listed here (and expired ones are purged first).
 */
export async function listStoryBank(actor: Actor, filters: StoryBankFilters = {}, now: Date = new Date()): Promise<StoryBank> {
  await purgeExpiredTrash(actor, now);
  const archivedView = filters.show === "archived";
  const counts = await countDrafts(actor);
  const rows = await db.draft.findMany({
    where: { ...draftAccess(actor, "edit"), archivedAt: archivedView ? { not: null } : null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      ...DRAFT_CONTENT_SELECT,
      score: true,
      updatedAt: true,
      tags: true,
      question: { select: { id: true, title: true } },
      rehearsals: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { seconds: true, createdAt: true } },
    },
  });

  const terms = filters.q ? normalise(filters.q).split(/\s+/).filter(Boolean) : [];
  const allTags = new Set<string>();
  const items: StoryBankItem[] = [];
  for (const row of rows) {
    const tags = parseStoredTags(row.tags);
    for (const tag of tags) allTags.add(tag);
    if (filters.tag && !tags.includes(filters.tag)) continue;
    if (filters.question && row.question.id !== filters.question) continue;
    if (terms.length > 0) {
      const haystack = normalise([row.title, row.question.title, row.situation, row.task, row.actions, row.results, ...tags].join("\n"));
      if (!terms.every((term) => haystack.includes(term))) continue;
    }
    items.push({
      id: row.id,
      title: row.title,
      score: row.score,
      updatedAt: row.updatedAt,
      tags,
      question: row.question,
      lastRehearsal: row.rehearsals[0] ?? null,
    });
  }
  return { items, total: rows.length, tags: [...allTags].sort(), counts };
}
