import type { DraftSections, SectionKey } from "@/lib/drafts/draft-schema";
import type { Relocation } from "@/lib/star/relocate-anchor";

// What the comment pages hand to their client components (issue 9 §3): plain data, no database
// row. lib/comments/*.server.ts builds these shapes behind draftAccess/threadAccess and declares
// them as its return types, so a component imports its props from here, not from server code.

/** One comment of a thread, as the actor sees it. */
export type CommentView = {
  id: string;
  body: string;
  createdAt: string;
  authorName: string;
  byMe: boolean;
  byOwner: boolean;
  /** By someone else, since the actor's last visit. */
  isNew: boolean;
};

/** What a client component receives: one thread, without the server's Date. */
export type CommentThreadView = {
  id: string;
  section: SectionKey;
  start: number;
  end: number;
  quote: string;
  /** The draft version the comment was made on. */
  version: number;
  onOlderVersion: boolean;
  /** Where its words are in the current text. */
  location: Relocation;
  authorName: string;
  startedByMe: boolean;
  resolved: { at: string; byName: string; byMe: boolean } | null;
  canResolve: boolean;
  isNew: boolean;
  newCount: number;
  comments: CommentView[];
};

/** The comment threads on a draft as the actor may see them, in reading order. */
export type CommentsView = {
  draftId: string;
  title: string;
  version: number;
  updatedAt: string;
  isOwner: boolean;
  candidateName: string;
  sections: DraftSections;
  threads: CommentThreadView[];
  lastVisit: { seenAt: string; seenVersion: number } | null;
  /** When this view was read: the page records the visit with it once it has shown the threads. */
  readAt: Date;
  counts: { open: number; resolved: number; newComments: number };
};

/** What is new for the actor on one draft since their last visit. */
export type UnreadActivity = {
  /** Comments and replies by someone else since the actor's last visit. */
  newComments: number;
  /** Threads someone else resolved since then. */
  newResolutions: number;
  /** The draft's text moved to a newer version since then (what a reviewer wants to know). */
  draftChanged: boolean;
  /** False until the actor first opens the draft's comments. */
  visited: boolean;
};
