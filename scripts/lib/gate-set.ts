// The gate set (tests/fixtures/rubric/gate/README.md): whole answers that are, or are not, about
// the question. Read by eval:gate and by the trainer's topic row.

import { readFileSync } from "node:fs";

import { z } from "zod";

const Section = z.string();
const GateAnswerSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["offtopic", "ontopic"]),
  subject: z.string(),
  sections: z.object({ situation: Section, task: Section, actions: Section, results: Section }),
});

export type GateAnswer = z.infer<typeof GateAnswerSchema>;

/** Every answer of the given JSON-lines files; a malformed line stops with its file and line. */
export function readGateAnswers(files: readonly string[]): GateAnswer[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim())
      .map(({ line, i }) => {
        const parsed = GateAnswerSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${i + 1}: ${z.prettifyError(parsed.error)}`);
        return parsed.data;
      }),
  );
}
