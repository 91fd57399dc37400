import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { loadDraftView } from "@/app/drafts/[id]/load-draft-view";
import { LocalTime } from "@/components/relative-time";
import { ReviewComments } from "@/components/review/review-comments";
import { ReviewDraft } from "@/components/sharing/review-draft";
import { GradeForm } from "@/components/grading/grade-form";
import { BackLink } from "@/components/ui/back-link";
import { nullIfNotFound } from "@/lib/errors";
import { gradeDraftAction } from "@/lib/grading/grade-actions.server";
import { getGradeForm } from "@/lib/grading/grading-view.server";
import { createThreadAction, replyAction, setThreadResolvedAction } from "@/lib/comments/comment-actions.server";
import { getCommentsView } from "@/lib/comments/comments-view.server";
import { recordDraftVisit } from "@/lib/comments/draft-visit.server";
import { getReviewView } from "@/lib/sharing/review-view.server";

export const metadata: Metadata = { title: "Review draft" };

type Props = { params: Promise<{ id: string }> };

export default async function ReviewDraftPage({ params }: Props) {
  // getReviewView reaches the draft through draftAccess(actor, "read"): the owner or a reviewer
  // with a live share; anyone else, or a revoked reviewer, gets a 404 on this very request.
  const { actor, view } = await loadDraftView(params, getReviewView);
  // This is the reviewer's read-only page; the candidate's own draft opens in their editor.
  if (view.isOwner) redirect(`/drafts/${view.id}`);
  // The reviewer's grade form (issue 9 §3).
  const grading = await nullIfNotFound(getGradeForm(actor, view.id));
  // Comments (issue 9 §3): read with what is new since the last visit, then that visit is recorded.
  const comments = await getCommentsView(actor, view.id);
  await recordDraftVisit(actor, view.id, comments.version, comments.readAt);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href="/review">Review queue</BackLink>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">{view.title || "Untitled draft"}</h1>
        <p className="mt-1 text-slate-600">
          By <span className="font-medium text-slate-800">{view.candidateName}</span> · {view.questionTitle} · version {view.version}, last changed{" "}
          <LocalTime iso={view.updatedAt} />
        </p>
        <p className="mt-1 text-sm text-slate-600">Read only: reviewers see the text and its checklist; only the candidate can change it.</p>
      </div>
      <ReviewDraft sections={view.sections} score={view.score} />
      <ReviewComments view={comments} shown={view} createThread={createThreadAction} reply={replyAction} setResolved={setThreadResolvedAction} />
      {grading ? <GradeForm key={grading.draftId} view={grading} gradeDraft={gradeDraftAction} /> : null}
    </div>
  );
}
