import { requireUser } from "@/lib/auth/current-user";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { getDraft } from "@/lib/drafts/queries";
import { draftToMarkdown, markdownFileName } from "@/lib/drafts/to-markdown";
import { isAppError, nullIfNotFound } from "@/lib/errors";
import { describeError, logger } from "@/lib/ops/logger";

type Context = { params: Promise<{ id: string }> };

const notFound = () =>
  new Response("That draft does not exist or is not yours.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

const unavailable = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" },
  });

/** Downloads the caller's draft as a Markdown file (GET /drafts/:id/export). */
export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  if (!IdSchema.safeParse(id).success) return notFound();
  let draft;
  try {
    const user = await requireUser();
    // getDraft filters by owner: someone else's draft is "not found", never "forbidden".
    draft = await nullIfNotFound(getDraft(user.id, id));
  } catch (error) {
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
