// `npm start`: migrate (creating the SQLite file on first run), seed the demo data,
// build if the sources changed, then serve on PORT (default 3000), on this machine only
// (127.0.0.1) unless HOST says otherwise (HOST=0.0.0.0 for a deployment).
import { bin, buildIfNeeded, handOver, listenAddress, mustRun } from "./lib/run.mjs";

let address;
try {
  address = listenAddress(process.env);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
const { host, port, keepAlive } = address;
const databaseUrl = process.env.DATABASE_URL || "file:./data/gameday.db";
// PORT also tells the Host allowlist (proxy.ts) which port the loopback names are served on.
const env = { DATABASE_URL: databaseUrl, PORT: port };

console.log(`start: database ${databaseUrl.replace(/\/\/[^@]*@/, "//***@")}`);
mustRun(bin("prisma"), ["migrate", "deploy"], { env });
mustRun(bin("tsx"), ["scripts/seed.ts"], { env });
buildIfNeeded();
console.log(`start: serving http://localhost:${port}${host === "127.0.0.1" ? " (this machine only; HOST=0.0.0.0 to listen on every interface)" : ` on ${host}`}`);
handOver(bin("next"), ["start", "--port", port, "--hostname", host, "--keepAliveTimeout", keepAlive], { env: { ...env, NODE_ENV: "production" } });
