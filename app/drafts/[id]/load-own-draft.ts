import "server-only";

import { notFound } from "next/navigation";
import { connection } from "next/server";

import { requireUser } from "@/lib/auth/current-user";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { getDraft } from "@/lib/drafts/queries";
import { nullIfNotFound } from "@/lib/errors";

/**
 * The draft pages' common start: render per request, and load the caller's own draft
 * by the id in the URL, or answer 404 (a malformed id, a missing draft and someone
 * else's draft all look the same).
 */
export async function loadOwnDraft(params: Promise<{ id: string }>) {
  await connection();
  const { id } = await params;
  if (!IdSchema.safeParse(id).success) notFound();
  const user = await requireUser();
  const draft = await nullIfNotFound(getDraft(user.id, id));
  if (!draft) notFound();
  const sections = { situation: draft.situation, task: draft.task, actions: draft.actions, results: draft.results };
  return { user, draft, sections };
}
