// `npm run -s export:grades [-- --out FILE | --dir DIR]`: every grade reviewers gave, as a
// labeled corpus in the format of ../shared/rubric/FORMAT.md (issue 9 §3), from the database
// DATABASE_URL names (default: the SQLite file data/gameday.db; postgresql://… for PostgreSQL).
//
//   (no option)   JSON Lines on stdout, one graded (draft, reviewer) per line
//   --out FILE    the same JSON Lines into FILE (written whole, then renamed into place)
//   --dir DIR     one DIR/<id>.json per answer: a corpus folder `npm run eval:rubric -- DIR` reads
//
// The output holds candidates' own words: treat it as private. Choices (which labels, which
// text, how `kind` is derived) are in lib/grading/export-grades.ts and
// docs/decisions/008-coach-grades.md.
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { databaseKind, databaseUrl, getDb, sqliteFilePath } from "@/lib/db";
import { exportGrades } from "@/lib/grading/export-grades";

const USAGE = "usage: npm run -s export:grades [-- --out FILE | --dir DIR]";

function fail(message: string, code = 1): never {
  process.stderr.write(`export:grades: ${message}\n`);
  process.exit(code);
}

let options: { out?: string; dir?: string; help?: boolean };
try {
  options = parseArgs({
    options: { out: { type: "string", short: "o" }, dir: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (options.out && options.dir) fail(`choose --out or --dir, not both\n${USAGE}`, 2);

/** The database's address without its password, for messages. */
function where(url: string): string {
  if (databaseKind(url) === "sqlite") return sqliteFilePath(url);
  const parsed = new URL(url);
  parsed.password = parsed.password ? "***" : "";
  return parsed.toString();
}

const url = databaseUrl();
// An absent SQLite file would be created empty by opening it: say so instead.
if (databaseKind(url) === "sqlite" && !existsSync(sqliteFilePath(url))) {
  fail(`no database at ${where(url)}. Start the app once (npm start) or set DATABASE_URL.`);
}

const db = getDb();
try {
  await db.draftGrade.count();
} catch (error) {
  const detail = error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : String(error);
  fail(`cannot read grades from ${where(url)}: ${detail}\nIs the database running, and migrated (npm run db:migrate)?`);
}

let count = 0;
try {
  if (options.dir) {
    mkdirSync(options.dir, { recursive: true });
    for await (const answer of exportGrades(db)) {
      writeFileSync(path.join(options.dir, `${answer.id}.json`), `${JSON.stringify(answer, null, 2)}\n`);
      count += 1;
    }
  } else {
    const lines: string[] = [];
    for await (const answer of exportGrades(db)) {
      lines.push(JSON.stringify(answer));
      count += 1;
    }
    const body = lines.map((line) => `${line}\n`).join("");
    if (options.out) {
      const temporary = `${options.out}.${process.pid}.tmp`;
      writeFileSync(temporary, body);
      renameSync(temporary, options.out);
    } else {
      process.stdout.write(body);
    }
  }
} catch (error) {
  fail(`export failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await db.$disconnect();
}
process.stderr.write(`export:grades: ${count} graded ${count === 1 ? "draft" : "drafts"}${options.out ? ` written to ${options.out}` : options.dir ? ` written to ${options.dir}/` : ""}\n`);
