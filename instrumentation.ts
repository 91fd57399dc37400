// Next.js calls register() once when a server process starts. In Node (not the edge
// runtime) it starts watching the HTTP server: request ids, metrics, access log and the
// refusal of malformed requests (lib/ops/http-gate.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { watchHttpServer } = await import("@/lib/ops/http-gate");
    watchHttpServer();
  }
}
