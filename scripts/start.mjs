// `npm start`: migrate (creating the SQLite file on first run), seed the demo data,
// build if the sources changed, then serve on PORT (default 3000).
import { bin, buildIfNeeded, handOver, mustRun } from "./lib/run.mjs";

const port = process.env.PORT || "3000";
const databaseUrl = process.env.DATABASE_URL || "file:./data/gameday.db";
const env = { DATABASE_URL: databaseUrl };

console.log(`start: database ${databaseUrl.replace(/\/\/[^@]*@/, "//***@")}`);
mustRun(bin("prisma"), ["migrate", "deploy"], { env });
mustRun(bin("tsx"), ["scripts/seed.ts"], { env });
buildIfNeeded();
console.log(`start: serving http://localhost:${port}`);
handOver(bin("next"), ["start", "--port", port], { env: { ...env, NODE_ENV: "production" } });
