import type { Metadata } from "next";

import { loadDraftView } from "@/app/drafts/[id]/load-draft-view";
import { DraftEditor } from "@/components/editor/draft-editor";
import { DraftGradesPanel } from "@/components/grading/draft-grades-panel";
import { listCommentSummaries } from "@/lib/comments/comment-summary.server";
import { setAdjacentAction } from "@/lib/drafts/draft-actions.server";
import { getDraft } from "@/lib/drafts/queries.server";
import { scoreForEditor } from "@/lib/drafts/score-sections";
import { listDraftGrades } from "@/lib/grading/grading-view.server";

export const metadata: Metadata = { title: "Edit draft" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string | string[] }> };

export default async function DraftPage({ params, searchParams }: Props) {
  const [{ actor, view: draft }, { step }] = await Promise.all([loadDraftView(params, (actor, id) => getDraft(actor, id, "edit")), searchParams]);
  // The reviewers' grades of this draft (issue 9 §3), shown under the editor.
  const grades = await listDraftGrades(actor, draft.id);
  const comments = (await listCommentSummaries(actor, [draft])).get(draft.id);
  return (
    <>
    <DraftEditor
      comments={comments}
      initialStep={typeof step === "string" ? step : undefined}
      userKey={actor.userId}
      setAdjacentAction={setAdjacentAction}
      draft={{
        id: draft.id,
        title: draft.title,
        situation: draft.situation,
        task: draft.task,
        actions: draft.actions,
        results: draft.results,
        version: draft.version,
        adjacent: draft.adjacent,
        updatedAt: draft.updatedAt.toISOString(),
        profile: draft.question.profile,
        questionTitle: draft.question.title,
        questionPrompt: draft.question.prompt,
        score: scoreForEditor(draft, draft.question.profile),
      }}
    />
    <DraftGradesPanel view={grades} />
    </>
  );
}
