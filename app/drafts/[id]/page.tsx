import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";

import { DraftEditor } from "@/components/editor/draft-editor";
import { PrintableAnswer } from "@/components/print/printable-answer";
import { requireUser } from "@/lib/auth/current-user";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { getDraft } from "@/lib/drafts/queries";
import { nullIfNotFound } from "@/lib/errors";

export const metadata: Metadata = { title: "Edit draft" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string | string[] }> };

export default async function DraftPage({ params, searchParams }: Props) {
  await connection();
  const [{ id }, { step }] = await Promise.all([params, searchParams]);
  if (!IdSchema.safeParse(id).success) notFound();
  const user = await requireUser();
  const draft = await nullIfNotFound(getDraft(user.id, id));
  if (!draft) notFound();
  return (
    <>
    <DraftEditor
      initialStep={typeof step === "string" ? step : undefined}
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
      }}
    />
    <PrintableAnswer draft={{ ...draft, questionTitle: draft.question.title }} />
    </>
  );
}
