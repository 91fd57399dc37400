import { db, databaseKind } from "@/lib/db";

export const dynamic = "force-dynamic";

// 200 when the database answers, 503 otherwise: for load balancers and the e2e harness.
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: databaseKind() });
  } catch (error) {
    console.error("health check: database unreachable", error);
    return Response.json({ status: "unavailable", database: databaseKind() }, { status: 503 });
  }
}
