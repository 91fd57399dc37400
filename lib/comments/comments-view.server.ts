import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { findDraftVisit } from "@/lib/comments/draft-visit.server";
import { threadAccess } from "@/lib/comments/thread-access.server";
import { db } from "@/lib/db";
import { draftAccess, DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { DRAFT_CONTENT_SELECT, SECTION_KEYS, type DraftSections, type SectionKey } from "@/lib/drafts/draft-schema";
import { AppError } from "@/lib/errors";
import type { CommentsView, CommentThreadView } from "@/lib/star/comments-view";
import { relocateAnchor, type Relocation } from "@/lib/star/relocate-anchor";

/**
 * The comment threads on a draft as the actor may see them (the owner: all; a reviewer: their
 * own), each with where its words are in the current text, what is new since the actor's last
 * visit, and what the actor may do. Reading does not mark anything seen: the page calls
 * recordDraftVisit with `readAt` once it has shown them. `ownerOnly` is for the candidate's own
 * workspace (/drafts/[id]/comments), which reviewers do not reach (docs/decisions/007-sharing.md).
 */
export async function getCommentsView(actor: Actor, draftId: string, options: { ownerOnly?: boolean; now?: Date } = {}): Promise<CommentsView> {
  const now = options.now ?? new Date();
  const draft = await db.draft.findFirst({
    where: draftAccess(actor, options.ownerOnly ? "edit" : "comment", { draftId }),
    select: { id: true, version: true, updatedAt: true, ownerId: true, owner: { select: { name: true } }, ...DRAFT_CONTENT_SELECT },
  });
  if (!draft) throw new AppError("not_found", DRAFT_NOT_FOUND);
  const [visit, rows] = await Promise.all([
    findDraftVisit(actor, draftId),
    db.commentThread.findMany({
      where: threadAccess(actor, draftId),
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        version: true,
        section: true,
        start: true,
        end: true,
        quote: true,
        authorId: true,
        createdAt: true,
        resolvedAt: true,
        resolvedById: true,
        author: { select: { name: true } },
        resolvedBy: { select: { name: true } },
        revision: { select: DRAFT_CONTENT_SELECT },
        comments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } },
        },
      },
    }),
  ]);
  const current: DraftSections = { situation: draft.situation, task: draft.task, actions: draft.actions, results: draft.results };
  const isOwner = draft.ownerId === actor.userId;
  const isNew = (authorId: string, at: Date) => authorId !== actor.userId && (!visit || at > visit.seenAt);

  const threads = rows.map((row): CommentThreadView => {
    const section = row.section as SectionKey;
    const anchor = { section, start: row.start, end: row.end, quote: row.quote };
    const location: Relocation = relocateAnchor(anchor, row.revision[section], current);
    const comments = row.comments.map((comment) => ({
      id: comment.id,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
      authorName: comment.author.name,
      byMe: comment.authorId === actor.userId,
      byOwner: comment.authorId === draft.ownerId,
      isNew: isNew(comment.authorId, comment.createdAt),
    }));
    const resolvedNew = row.resolvedAt !== null && row.resolvedById !== null && isNew(row.resolvedById, row.resolvedAt);
    return {
      id: row.id,
      section,
      start: row.start,
      end: row.end,
      quote: row.quote,
      version: row.version,
      onOlderVersion: row.version < draft.version,
      location,
      authorName: row.author.name,
      startedByMe: row.authorId === actor.userId,
      resolved: row.resolvedAt ? { at: row.resolvedAt.toISOString(), byName: row.resolvedBy?.name ?? "someone", byMe: row.resolvedById === actor.userId } : null,
      // Owner or the thread's author (docs/decisions/009-review-comments.md); threadAccess lets no one else see it.
      canResolve: isOwner || row.authorId === actor.userId,
      isNew: comments.some((comment) => comment.isNew) || resolvedNew,
      newCount: comments.filter((comment) => comment.isNew).length,
      comments,
    };
  });
  threads.sort((a, b) => positionOf(a) - positionOf(b));

  return {
    draftId: draft.id,
    title: draft.title,
    version: draft.version,
    updatedAt: draft.updatedAt.toISOString(),
    isOwner,
    candidateName: draft.owner.name,
    sections: current,
    threads,
    lastVisit: visit ? { seenAt: visit.seenAt.toISOString(), seenVersion: visit.seenVersion } : null,
    readAt: now,
    counts: {
      open: threads.filter((thread) => !thread.resolved).length,
      resolved: threads.filter((thread) => thread.resolved).length,
      newComments: threads.reduce((sum, thread) => sum + thread.newCount, 0),
    },
  };
}

/** Threads in reading order: by the section their words are in now, then by where. */
function positionOf(thread: { section: SectionKey; start: number; location: Relocation }): number {
  const where = thread.location.status === "gone" ? { section: thread.section, start: thread.start } : thread.location;
  const start = "start" in where ? where.start : -1;
  return SECTION_KEYS.indexOf(where.section) * 1_000_000 + start;
}
