import type { PrismaClient } from "@/lib/generated/sqlite/client";
import { LOCAL_USER } from "@/lib/auth/local-user";
import { scoreSections } from "@/lib/drafts/score-sections";
import { DEMO_DRAFTS } from "@/lib/seed/demo-drafts";
import { QUESTIONS } from "@/lib/seed/questions";

/**
 * Loads the question library and, the first time only, the demo candidate with two
 * drafts. Safe to run on every start: questions are upserted, and the demo drafts
 * are only created together with the demo user, so deleting them sticks.
 */
export async function seedDemo(db: PrismaClient): Promise<{ questions: number; createdDemoUser: boolean }> {
  for (const [position, question] of QUESTIONS.entries()) {
    await db.question.upsert({
      where: { id: question.id },
      create: { ...question, position },
      update: { title: question.title, prompt: question.prompt, profile: question.profile, position },
    });
  }
  const existing = await db.user.findUnique({ where: { email: LOCAL_USER.email }, select: { id: true } });
  if (existing) return { questions: QUESTIONS.length, createdDemoUser: false };

  const question = QUESTIONS[0]!;
  await db.user.create({
    data: {
      email: LOCAL_USER.email,
      name: LOCAL_USER.name,
      drafts: {
        create: DEMO_DRAFTS.map((draft) => ({ ...draft, questionId: question.id, score: scoreSections(draft, question.profile) })),
      },
    },
  });
  return { questions: QUESTIONS.length, createdDemoUser: true };
}
