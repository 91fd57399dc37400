import type { PrismaClient } from "@/lib/generated/sqlite/client";
import { hashPassword } from "better-auth/crypto";

import { DEMO_ACCOUNTS, DEMO_CANDIDATE as LOCAL_USER } from "@/lib/auth/demo-accounts";
import { scoreSections } from "@/lib/drafts/score-sections";
import { draftSearchText } from "@/lib/drafts/search-text";
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
  // The demo candidate and coach can sign in with the passwords in the README. A database
  // from before accounts already holds the candidate (with its drafts): it gets a password.
  for (const demo of DEMO_ACCOUNTS) {
    const user = await db.user.findUnique({ where: { email: demo.email }, select: { id: true, accounts: { select: { id: true } } } });
    if (user && user.accounts.length === 0) {
      await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(demo.password) } });
    }
  }
  const coach = await db.user.findUnique({ where: { email: DEMO_ACCOUNTS[1].email }, select: { id: true } });
  if (!coach) {
    const { email, name, role, password } = DEMO_ACCOUNTS[1];
    const created = await db.user.create({ data: { email, name, role, emailVerified: true }, select: { id: true } });
    await db.account.create({ data: { userId: created.id, accountId: created.id, providerId: "credential", password: await hashPassword(password) } });
  }
  const existing = await db.user.findUnique({ where: { email: LOCAL_USER.email }, select: { id: true } });
  if (existing) return { questions: QUESTIONS.length, createdDemoUser: false };

  const question = QUESTIONS[0]!;
  const candidate = await db.user.create({
    data: {
      email: LOCAL_USER.email,
      name: LOCAL_USER.name,
      emailVerified: true,
      drafts: {
        create: DEMO_DRAFTS.map((draft) => ({
          ...draft,
          questionId: question.id,
          score: scoreSections(draft, question.profile),
          searchText: draftSearchText({ tags: "", ...draft }),
        })),
      },
    },
  });
  await db.account.create({
    data: { userId: candidate.id, accountId: candidate.id, providerId: "credential", password: await hashPassword(LOCAL_USER.password) },
  });
  return { questions: QUESTIONS.length, createdDemoUser: true };
}
