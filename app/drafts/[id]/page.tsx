import type { Metadata } from "next";

import { loadOwnDraft } from "@/app/drafts/[id]/load-own-draft";
import { DraftEditor } from "@/components/editor/draft-editor";
import { scoreDraft } from "@/lib/rubric";

export const metadata: Metadata = { title: "Edit draft" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string | string[] }> };

export default async function DraftPage({ params, searchParams }: Props) {
  const [{ draft, user }, { step }] = await Promise.all([loadOwnDraft(params), searchParams]);
  return (
    <DraftEditor
      initialStep={typeof step === "string" ? step : undefined}
      userKey={user.id}
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
        score: scoreDraft(draft, { profile: draft.question.profile }),
      }}
    />
  );
}
