import type { Metadata } from "next";

import { loadDraftView } from "@/app/drafts/[id]/load-draft-view";
import { AnnotatedSections } from "@/components/review/annotated-sections";
import { CommentThreads } from "@/components/review/comment-threads";
import { BackLink } from "@/components/ui/back-link";
import { replyAction, setThreadResolvedAction } from "@/lib/comments/comment-actions.server";
import { getCommentsView } from "@/lib/comments/comments-view.server";
import { recordDraftVisit } from "@/lib/comments/draft-visit.server";

export const metadata: Metadata = { title: "Comments" };

type Props = { params: Promise<{ id: string }> };

export default async function DraftCommentsPage({ params }: Props) {
  // The candidate's own page: getCommentsView asks draftAccess for "edit" here, so a reviewer
  // (who reads comments on /review/[id]) or anyone else gets a 404.
  const { actor, view } = await loadDraftView(params, (actor, id) => getCommentsView(actor, id, { ownerOnly: true }));
  await recordDraftVisit(actor, view.draftId, view.version, view.readAt);
  const { newComments } = view.counts;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <BackLink href={`/drafts/${view.draftId}`}>Back to the editor</BackLink>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Comments</h1>
        <p className="mt-1 text-slate-600">
          What your reviewers said about <span className="font-medium text-slate-800">{view.title}</span>, beside your text as it is now
          (version {view.version}). Reply, or resolve a thread when you have dealt with it; change the text itself in the editor.
        </p>
        {newComments > 0 ? (
          <p className="mt-2 text-sm font-medium text-amber-900">
            {newComments} new {newComments === 1 ? "message" : "messages"} since your last visit, marked New.
          </p>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <AnnotatedSections sections={view.sections} threads={view.threads} />
        <CommentThreads
          draftId={view.draftId}
          version={view.version}
          threads={view.threads}
          textTarget="marks"
          reply={replyAction}
          setResolved={setThreadResolvedAction}
          emptyText="No comments yet. Share the draft with a coach (Sharing, in the editor); what they say appears here."
        />
      </div>
    </div>
  );
}
