import { QUESTION_PROFILES } from "@/lib/rubric";

// The question library as stored in the database: one row per rubric profile, so each
// question is scored with the weights its profile gives the checklist items.
export type SeedQuestion = { id: string; title: string; prompt: string; profile: string };

export const QUESTIONS: readonly SeedQuestion[] = QUESTION_PROFILES.map((profile) => ({
  id: profile.id,
  title: profile.title,
  prompt: profile.question,
  profile: profile.id,
}));
