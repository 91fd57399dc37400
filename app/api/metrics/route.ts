import { mayReadMetrics } from "@/lib/ops/metrics-access";
import { metrics } from "@/lib/ops/metrics";

export const dynamic = "force-dynamic";

/** GET /api/metrics: this process's metrics in Prometheus text format (lib/ops/metrics.ts). */
export async function GET(request: Request) {
  if (!mayReadMetrics(request.headers)) {
    return new Response("Metrics are served to this machine only, or with the metrics token (METRICS_TOKEN).\n", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
