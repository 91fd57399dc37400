import { z } from "zod";

// The server's environment, validated once. Everything has a default so that a
// newcomer needs no .env at all (offline-first, see CONVENTIONS.md).
const ServerEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default("file:./data/gameday.db")
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type ServerEnv = z.infer<typeof ServerEnvSchema>;

export function serverEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = ServerEnvSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    NODE_ENV: source.NODE_ENV || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
