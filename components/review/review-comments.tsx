import { CommentComposer } from "@/components/review/comment-composer";
import { CommentThreads } from "@/components/review/comment-threads";
import type { ObjectAction } from "@/lib/errors";
import type { CreateThreadInput, ReplyInput, SetThreadResolvedInput } from "@/lib/star/comment-schema";
import type { CommentsView } from "@/lib/star/comments-view";

type Props = {
  view: CommentsView;
  shown: { version: number; sections: CommentsView["sections"] };
  /** The comment actions of lib/comments, handed down by the page (nothing under components/ imports server code). */
  createThread: ObjectAction<CreateThreadInput, { id: string }>;
  reply: ObjectAction<ReplyInput, { id: string }>;
  setResolved: ObjectAction<SetThreadResolvedInput, { resolved: boolean }>;
};

/**
 * The comment side of the review page (issue 9 §3): the reviewer's composer (reviewers only:
 * the owner answers instead) and the threads, with what is new since the last visit.
 * `shown` is the text the page shows and its version, which a new comment is anchored to.
 */
export function ReviewComments({ view, shown, createThread, reply, setResolved }: Props) {
  return (
    <div className="grid gap-6 lg:grid-cols-2" id="comments">
      {view.isOwner ? null : <CommentComposer draftId={view.draftId} version={shown.version} sections={shown.sections} createThread={createThread} />}
      <CommentThreads
        draftId={view.draftId}
        version={view.version}
        threads={view.threads}
        textTarget="fields"
        reply={reply}
        setResolved={setResolved}
        emptyText={view.isOwner ? "No comments yet. When a reviewer comments, their comments appear here and on your draft's Comments page." : "No comments yet. Select words in a section and add the first one."}
      />
    </div>
  );
}
