import { unstable_rethrow } from "next/navigation";

import { getActorFromHeaders } from "@/lib/auth/current-actor.server";
import { DRAFT_NOT_FOUND } from "@/lib/drafts/draft-access.server";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { getDraft } from "@/lib/drafts/queries.server";
import { draftToMarkdown, markdownFileName } from "@/lib/drafts/to-markdown";
import { isAppError, nullIfNotFound } from "@/lib/errors";
import { describeError, logger } from "@/lib/ops/logger";

type Context = { params: Promise<{ id: string }> };

const notFound = () =>
  new Response(`${DRAFT_NOT_FOUND}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

const unavailable = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" },
  });

/** Downloads the caller's draft as a Markdown file (GET /drafts/:id/export). */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  if (!IdSchema.safeParse(id).success) return notFound();
  let draft;
  try {
    // Reading the session is a database read too: inside the try, so an outage is a 503.
    const actor = await getActorFromHeaders(request.headers);
    if (!actor) return Response.redirect(new URL("/sign-in", request.url), 303);
    // getDraft reaches drafts through draftAccess: a draft the actor may not read is "not found", never "forbidden".
    draft = await nullIfNotFound(getDraft(actor, id, "read"));
  } catch (error) {
    unstable_rethrow(error); // a notFound() or redirect is not a database failure
    if (isAppError(error)) return unavailable(error.status, error.message);
    // The database did not answer: say so, rather than a bare 500 with no body.
    logger.error({ err: describeError(error) }, "export: database read failed");
    return unavailable(503, "The database cannot be reached right now, so the draft cannot be downloaded. Your saved text is safe; try again in a moment.");
  }
  if (!draft) return notFound();

  const markdown = draftToMarkdown({
    title: draft.title,
    situation: draft.situation,
    task: draft.task,
    actions: draft.actions,
    results: draft.results,
    questionTitle: draft.question.title,
    score: draft.score,
  });
  const fileName = markdownFileName(draft.title);
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      // markdownFileName keeps to word characters and dashes, so it is safe in the quoted form too.
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
