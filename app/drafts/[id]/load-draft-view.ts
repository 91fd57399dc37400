import "server-only";

import { notFound } from "next/navigation";
import { connection } from "next/server";

import { requireActor, type Actor } from "@/lib/auth/current-actor.server";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { nullIfNotFound } from "@/lib/errors";

/**
 * The draft pages' common start: render per request, resolve the actor, and ask lib for the
 * page's view model of the draft in the URL, or answer 404 (a malformed id, a missing
 * draft and a draft the actor may not reach all look the same).
 */
export async function loadDraftView<T>(
  params: Promise<{ id: string }>,
  load: (actor: Actor, draftId: string) => Promise<T>,
): Promise<{ actor: Actor; view: T }> {
  await connection();
  const { id } = await params;
  if (!IdSchema.safeParse(id).success) notFound();
  const actor = await requireActor();
  const view = await nullIfNotFound(load(actor, id));
  if (view === null) notFound();
  return { actor, view };
}
