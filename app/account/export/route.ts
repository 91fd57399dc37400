import { exportMyData } from "@/lib/account/export-my-data.server";
import { getActorFromHeaders } from "@/lib/auth/current-actor.server";

/** GET /account/export: all of the caller's data as one JSON file. */
export async function GET(request: Request) {
  const actor = await getActorFromHeaders(request.headers);
  if (!actor) return Response.redirect(new URL("/sign-in", request.url), 303);
  const data = await exportMyData(actor);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="gameday-my-data.json"`,
      "Cache-Control": "no-store",
    },
  });
}
