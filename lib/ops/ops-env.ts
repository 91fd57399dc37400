import { z } from "zod";

// The operations settings, validated (kept apart from lib/env.ts so each area owns its own).
// METRICS_TOKEN: lets a Prometheus on another machine read /api/metrics (Bearer token).
// LOG_LEVEL: pino's level for the JSON log (default info; silent under Vitest).
const OpsEnvSchema = z.object({
  METRICS_TOKEN: z.string().trim().min(16, { error: "METRICS_TOKEN must be at least 16 characters" }).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
});

export type OpsEnv = z.infer<typeof OpsEnvSchema>;

export function opsEnv(source: Record<string, string | undefined> = process.env): OpsEnv {
  const parsed = OpsEnvSchema.safeParse({ METRICS_TOKEN: source.METRICS_TOKEN || undefined, LOG_LEVEL: source.LOG_LEVEL || undefined });
  if (!parsed.success) throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
