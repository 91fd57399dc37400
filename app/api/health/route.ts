import { databaseKind } from "@/lib/db";
import { checkDatabaseWritable } from "@/lib/ops/check-database";
import { describeError, logger } from "@/lib/ops/logger";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store" };

// 200 when the database takes a write, 503 otherwise: for load balancers and the e2e harness.
export async function GET() {
  const database = databaseKind();
  try {
    const check = await checkDatabaseWritable();
    if (check.ok) return Response.json({ status: "ok", database }, { headers });
    logger.warn({ database, reason: check.reason }, "health check: database not writable");
    return Response.json({ status: "unavailable", database, message: `The database cannot be written: ${check.reason}.` }, { status: 503, headers });
  } catch (error) {
    logger.warn({ database, err: describeError(error) }, "health check: database write failed");
    return Response.json({ status: "unavailable", database, message: "The database cannot be written right now." }, { status: 503, headers });
  }
}
