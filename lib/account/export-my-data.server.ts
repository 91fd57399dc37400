import "server-only";

import type { Actor } from "@/lib/auth/current-actor.server";
import { db } from "@/lib/db";
import { draftAccess } from "@/lib/drafts/draft-access.server";
import { DRAFT_CONTENT_SELECT } from "@/lib/drafts/draft-schema";

const GRADE_EXPORT_SELECT = { version: true, overall: true, summary: true, overrides: true, engineLabels: true, createdAt: true, updatedAt: true } as const;

// "Download my data" (issue 9 §2): everything Gameday keeps about the actor, as JSON. Not
// included: the password hash, session tokens and rate-limit counters (secrets, not data).

export async function exportMyData(actor: Actor) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { id: true, email: true, name: true, role: true, createdAt: true, updatedAt: true },
  });
  const [live, trashed] = await Promise.all(
    (["live", "trashed"] as const).map((state) =>
      db.draft.findMany({
        where: draftAccess(actor, "edit", { state }),
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          ...DRAFT_CONTENT_SELECT,
          version: true,
          score: true,
          tags: true,
          adjacent: true,
          archivedAt: true,
          deletedAt: true,
          createdAt: true,
          updatedAt: true,
          question: { select: { id: true, title: true } },
          revisions: { orderBy: { version: "asc" }, select: { version: true, source: true, score: true, ...DRAFT_CONTENT_SELECT, createdAt: true, updatedAt: true } },
          drillAnswers: { orderBy: { createdAt: "asc" }, select: { promptId: true, question: true, answer: true, score: true, createdAt: true, updatedAt: true } },
          rehearsals: { orderBy: { createdAt: "asc" }, select: { seconds: true, createdAt: true } },
          grades: { orderBy: { createdAt: "asc" }, select: GRADE_EXPORT_SELECT },
        },
      }),
    ),
  );
  // Grades the actor gave as a reviewer (issue 9 §3): their own words, without the candidate's text.
  const gradesGiven = await db.draftGrade.findMany({ where: { coachId: actor.userId }, orderBy: { createdAt: "asc" }, select: { draftId: true, ...GRADE_EXPORT_SELECT } });
  // Review comments the actor wrote (issue 9 §3), on any draft, with where they were made but
  // not the quoted words: those are the candidate's text, which a revoked reviewer may no longer read.
  const comments = await db.comment.findMany({
    where: { authorId: actor.userId },
    orderBy: { createdAt: "asc" },
    select: { body: true, createdAt: true, thread: { select: { draftId: true, section: true, version: true } } },
  });
  return { exportedAt: new Date().toISOString(), format: "gameday-export/1", user, drafts: [...live!, ...trashed!], gradesGiven, comments };
}
