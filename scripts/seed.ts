// Seeds the question library and the demo candidate (idempotent). Run by `npm start`.
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/seed/seed-demo";

const result = await seedDemo(db);
console.log(
  `seed: ${result.questions} question(s) ready; ${result.createdDemoUser ? "created the demo candidate with two drafts" : "demo candidate already present"}`,
);
await db.$disconnect();
