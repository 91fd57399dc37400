// The question library as stored in the database. The text is Gameday's own wording.
export type SeedQuestion = { id: string; title: string; prompt: string; profile: string };

export const QUESTIONS: readonly SeedQuestion[] = [
  {
    id: "infra-ownership",
    title: "Owning and debugging an infra component",
    prompt:
      "Tell me about a storage, distributed-systems or other infrastructure component you were responsible for. What did it do and where did it sit, what were its reliability and performance goals, what was one hard incident, how did you debug it, what trade-offs did you make, and how did you see the fix through to the end?",
    profile: "infra-ownership",
  },
];
