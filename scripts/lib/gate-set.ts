// The gate set (tests/fixtures/rubric/gate/README.md): whole answers that are, or are not, about
// the question, and (session 16) answers that name the checklist's things but tell no story.
// Read by eval:gate and by the trainer's topic row (which learns from on- and off-topic only).

import { readFileSync } from "node:fs";

import { z } from "zod";

const Section = z.string();
const GateAnswerSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["offtopic", "ontopic", "stuffed"]),
  // what it is about; the stuffing rounds name their layout instead
  subject: z.string().optional(),
  layout: z.string().optional(),
  sections: z.object({ situation: Section, task: Section, actions: Section, results: Section }),
});

export type GateAnswer = Omit<z.infer<typeof GateAnswerSchema>, "subject" | "layout"> & { subject: string };

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
        const { layout, subject, ...rest } = parsed.data;
        return { ...rest, subject: subject ?? layout ?? "" };
      }),
  );
}
