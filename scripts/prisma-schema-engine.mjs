#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, which the CLI cannot download
// on machines without access to Prisma's binary server. It speaks the binary's protocol
// (newline-delimited JSON-RPC on stdin/stdout, log lines as JSON on stderr) and hands every
// call to the WebAssembly build of the same engine (@prisma/schema-engine-wasm), which
// reaches the database through Prisma's driver adapters (better-sqlite3 for `file:` URLs,
// pg for `postgres(ql)://` URLs). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here.
// Why, and the pitfalls handled below: docs/decisions/001-prisma-offline.md.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------
// Command line: --datamodels <file> (repeatable), --datasource <json>, cli <command>
// ---------------------------------------------------------------------------------------
function parseArgs(argv) {
  const options = { datamodels: [], datasource: null, cliCommand: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") options.datamodels.push(argv[++i]);
    else if (arg === "--datasource") options.datasource = JSON.parse(argv[++i]);
    else if (arg === "--version" || arg === "-V") options.version = true;
    else if (arg === "cli") options.cliCommand = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++; // not used by the wasm engine
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));

/** One JSON log line on stderr, in the shape the CLI parses. */
function logLine(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, target: "schema_engine::logger", fields: { message, ...extra } }) + "\n",
  );
}

// ---------------------------------------------------------------------------------------
// The wasm engine. Instantiated by hand so that no experimental Node flag is needed.
// ---------------------------------------------------------------------------------------
async function loadWasmEngine() {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

// ---------------------------------------------------------------------------------------
// Datasources
// ---------------------------------------------------------------------------------------
const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url);

/** `file:./data/x.db` -> absolute path, resolved against our cwd (the CLI starts us in the project root). */
function sqlitePath(url) {
  const raw = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(process.cwd(), raw);
}

/**
 * Discrete pg connection fields. Never a connectionString: pg lets a connectionString win over
 * `database`, which would silently point the shadow database at the main one (pitfall 3).
 */
function pgConfig(url) {
  const u = new URL(url);
  const config = {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
  };
  const host = u.searchParams.get("host"); // unix socket directory
  if (host) config.host = host;
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode && sslmode !== "disable") config.ssl = { rejectUnauthorized: sslmode === "verify-full" };
  return { config, schema: u.searchParams.get("schema") ?? undefined };
}

/**
 * pg has no column type for PostgreSQL's internal `"char"` (OID 18), which the catalog uses
 * (pg_class.relkind, ...); the adapter then rejects the whole introspection query. Report
 * those columns as text (OID 25): their values are one-character strings either way (pitfall 4).
 */
function relabelCharColumns(result) {
  for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
  if (Array.isArray(result)) result.forEach(relabelCharColumns);
  return result;
}

function newPgPool(pg, config) {
  const pool = new pg.Pool({ ...config, max: 4 });
  pool.on("connect", (client) => {
    const query = client.query.bind(client);
    client.query = (...args) => {
      const last = args.length - 1;
      if (typeof args[last] === "function") {
        const callback = args[last];
        args[last] = (error, result) => callback(error, error ? result : relabelCharColumns(result));
        return query(...args);
      }
      const returned = query(...args);
      return returned && typeof returned.then === "function" ? returned.then(relabelCharColumns) : returned;
    };
  });
  pool.on("error", () => {}); // idle client errors are reported by the next query instead
  return pool;
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/** Runs `fn(client)` on a single pg connection to `database` on the server of `config`. */
async function withPgClient(config, database, fn) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ ...config, database });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * When the wasm engine replays a migration history into the SQLite shadow database (`migrate
 * diff --from-migrations`), it sends each migration script as one raw query; better-sqlite3's
 * prepare() refuses several statements at once. Run such parameterless scripts with exec().
 */
function allowMultiStatementScripts(adapter) {
  const isMultiStatementError = (error) => /more than one statement/i.test(String(error?.message ?? error?.cause?.message ?? ""));
  for (const method of ["executeRaw", "queryRaw"]) {
    const original = adapter[method].bind(adapter);
    adapter[method] = async (query) => {
      try {
        return await original(query);
      } catch (error) {
        if ((query.args?.length ?? 0) > 0 || !isMultiStatementError(error)) throw error;
        await adapter.executeScript(query.sql);
        return method === "executeRaw" ? 0 : { columnNames: [], columnTypes: [], rows: [] };
      }
    };
  }
  return adapter;
}

/** Every adapter we handed out and that is not disposed yet, so we can close them on exit. */
const openAdapters = new Set();

function track(adapter) {
  openAdapters.add(adapter);
  const dispose = adapter.dispose.bind(adapter);
  let disposed = null;
  adapter.dispose = () => {
    disposed ??= dispose().finally(() => openAdapters.delete(adapter));
    return disposed;
  };
  return adapter;
}

async function makeAdapterFactory(datasource) {
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const url = datasource.url;

  if (isPostgresUrl(url)) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { default: pg } = await import("pg");
    const { config, schema } = pgConfig(url);
    const connectTo = (database) =>
      new PrismaPg(newPgPool(pg, { ...config, database }), { schema, disposeExternalPool: true }).connect();
    return bindMigrationAwareSqlAdapterFactory({
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: async () => track(await connectTo(config.database)),
      connectToShadowDb: async () => {
        if (datasource.shadowDatabaseUrl) {
          const shadow = pgConfig(datasource.shadowDatabaseUrl);
          return track(await new PrismaPg(newPgPool(pg, shadow.config), { schema: shadow.schema, disposeExternalPool: true }).connect());
        }
        // A throwaway database on the same server. Its pool must be closed before the
        // database is dropped, or PostgreSQL refuses ("being accessed by other users") and
        // the shadow database is left behind (pitfall 3).
        const name = `prisma_shadow_${process.pid}_${Date.now().toString(36)}`;
        await withPgClient(config, config.database, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
        const adapter = await connectTo(name);
        const closePool = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await closePool();
          await withPgClient(config, config.database, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`));
        };
        return track(adapter);
      },
    });
  }

  if (url.startsWith("file:")) {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    const file = sqlitePath(url);
    const shadowDatabaseUrl = datasource.shadowDatabaseUrl ? `file:${sqlitePath(datasource.shadowDatabaseUrl)}` : undefined;
    const factory = new PrismaBetterSqlite3({ url: `file:${file}` }, { shadowDatabaseUrl });
    return bindMigrationAwareSqlAdapterFactory({
      provider: "sqlite",
      adapterName: "@prisma/adapter-better-sqlite3",
      connect: async () => {
        mkdirSync(path.dirname(file), { recursive: true });
        return track(allowMultiStatementScripts(await factory.connect()));
      },
      connectToShadowDb: async () => track(allowMultiStatementScripts(await factory.connectToShadowDb())),
    });
  }

  throw new EngineError(`The datasource URL must start with file:, postgres:// or postgresql://`, "P1013");
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------
class EngineError extends Error {
  constructor(message, errorCode, meta = {}) {
    super(message);
    this.errorCode = errorCode;
    this.meta = meta;
  }
}

/** Best-effort classification of a driver / pg error into Prisma's P1xxx codes. */
function connectionErrorCode(error) {
  const code = error?.code ?? error?.cause?.code;
  if (code === "3D000") return "P1003"; // database does not exist
  if (code === "28P01" || code === "28000") return "P1000"; // authentication failed
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EHOSTUNREACH") return "P1001";
  if (code === "ETIMEDOUT") return "P1002";
  return "P1000";
}

/** Turns whatever the wasm engine rejected with into { message, error_code, meta }. */
function describeEngineError(error, factory) {
  if (error instanceof EngineError) return { message: error.message, error_code: error.errorCode, meta: error.meta };
  let message = typeof error === "string" ? error : (error?.message ?? JSON.stringify(error));
  let errorCode = error?.error_code ?? error?.errorCode ?? error?.code;
  const meta = error?.meta ?? {};
  // Adapter failures surface as "External error id#N"; the registry holds the real one.
  message = message.replace(/External error id#(\d+)/g, (whole, id) => {
    const record = factory?.errorRegistry.consumeError(Number(id));
    if (!record) return whole;
    const cause = record.error ?? record;
    return cause?.message ?? cause?.originalMessage ?? JSON.stringify(cause);
  });
  return { message, error_code: typeof errorCode === "string" ? errorCode : undefined, meta };
}

// ---------------------------------------------------------------------------------------
// One-shot mode: `--datasource <json> cli <command>`
// ---------------------------------------------------------------------------------------
async function createDatabase(url) {
  if (isPostgresUrl(url)) {
    const { config } = pgConfig(url);
    await withPgClient(config, "postgres", async (client) => {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [config.database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(config.database)}`);
    });
    return config.database;
  }
  const file = sqlitePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const { default: Database } = await import("better-sqlite3");
  new Database(file).close();
  return path.basename(file);
}

async function runCliCommand(command, datasource) {
  const url = datasource?.url;
  if (!url) throw new EngineError("No datasource URL was given.", "P1012");
  if (command === "can-connect-to-database") {
    if (isPostgresUrl(url)) {
      const { config } = pgConfig(url);
      await withPgClient(config, config.database, (c) => c.query("SELECT 1"));
    } else if (!existsSync(sqlitePath(url))) {
      const file = sqlitePath(url);
      throw new EngineError(`Database \`${path.basename(file)}\` does not exist at \`${file}\`.`, "P1003", {
        database_file_name: path.basename(file),
        database_file_path: file,
      });
    }
  } else if (command === "create-database") {
    await createDatabase(url);
  } else if (command === "drop-database") {
    if (isPostgresUrl(url)) {
      const { config } = pgConfig(url);
      await withPgClient(config, "postgres", (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(config.database)} WITH (FORCE)`));
    } else {
      const file = sqlitePath(url);
      for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    }
  } else {
    throw new EngineError(`Unknown cli command: ${command}`, "P1012");
  }
}

async function cliMode() {
  try {
    await runCliCommand(options.cliCommand, options.datasource);
    process.stdout.write(JSON.stringify({ result: {} }) + "\n");
    process.exit(0);
  } catch (error) {
    const code = error instanceof EngineError ? error.errorCode : connectionErrorCode(error);
    // The CLI skips the first stderr line and looks for an ERROR line after it. Its last
    // line must not end in a newline: the CLI parses every line, and an empty one is invalid JSON.
    process.stderr.write(`schema-engine (wasm shim) ${options.cliCommand} failed\n`);
    process.stderr.write(
      JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { message: error?.message ?? String(error), error_code: code } }),
    );
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------
// JSON-RPC mode
// ---------------------------------------------------------------------------------------
const MIGRATIONS_TABLE_DDL = {
  sqlite: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  TEXT PRIMARY KEY NOT NULL,
    "checksum"            TEXT NOT NULL,
    "finished_at"         DATETIME,
    "migration_name"      TEXT NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      DATETIME,
    "started_at"          DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`,
  postgres: `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`,
};

async function rpcMode() {
  const glue = await loadWasmEngine();
  const datamodels = options.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  const datasource = options.datasource ?? { url: "" };
  let factory = null;
  let engine = null;

  async function getEngine() {
    if (engine) return engine;
    factory = await makeAdapterFactory(datasource);
    const log = (line) => process.stderr.write((typeof line === "string" ? line : JSON.stringify(line)) + "\n");
    engine = await glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, log, factory);
    return engine;
  }

  async function withAdapter(fn) {
    await getEngine();
    // The bound factory answers with a Result ({ ok, value | error }), not the adapter itself.
    const connected = await factory.connect();
    if (!connected.ok) throw new EngineError(`Could not connect: ${JSON.stringify(connected.error)}`, "P1001");
    const adapter = connected.value;
    try {
      return await fn(adapter);
    } finally {
      await adapter.dispose();
    }
  }

  // Reverse requests (we ask the CLI to print the output of `migrate diff`).
  let nextOwnId = 1_000_000_000;
  const pending = new Map();
  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  function askCli(method, params) {
    const id = nextOwnId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      send({ jsonrpc: "2.0", id, method, params });
    });
  }

  // The wasm engine's SQLite reset only deletes rows, so a later `migrate reset` fails with
  // "table already exists"; drop every table and view instead (pitfall 2).
  async function resetSqlite() {
    const { default: Database } = await import("better-sqlite3");
    const file = sqlitePath(datasource.url);
    if (!existsSync(file)) return;
    const sqlite = new Database(file);
    try {
      const objects = sqlite
        .prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
        .all();
      sqlite.pragma("foreign_keys = OFF");
      sqlite.transaction(() => {
        for (const { type, name } of objects) sqlite.exec(`DROP ${type === "view" ? "VIEW" : "TABLE"} IF EXISTS ${quoteIdent(name)}`);
      })();
      sqlite.pragma("foreign_keys = ON");
    } finally {
      sqlite.close();
    }
  }

  async function call(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        return (await getEngine()).version(params ?? undefined);
      case "createDatabase": {
        const url = params?.datasource?.url ?? datasource.url;
        return { databaseName: await createDatabase(url) };
      }
      case "reset":
        if (!isPostgresUrl(datasource.url)) return resetSqlite().then(() => ({}));
        return (await getEngine()).reset(params);
      case "diff": {
        const result = await (await getEngine()).diff(params);
        if (result?.stdout) await askCli("print", { content: result.stdout });
        return { exitCode: result?.exitCode ?? 0 };
      }
      default: {
        const e = await getEngine();
        if (typeof e[method] !== "function") throw new EngineError(`Unknown method: ${method}`, "P1012");
        return e[method](params);
      }
    }
  }

  async function handle(request) {
    try {
      let result;
      try {
        result = await call(request.method, request.params);
      } catch (error) {
        // `migrate dev` on a database without a migrations table reports P1014 instead of
        // creating the table as the native engine does: create it and try once more (pitfall 1).
        const described = describeEngineError(error, factory);
        if (described.error_code !== "P1014" || !/_prisma_migrations/.test(described.message)) {
          throw new EngineError(described.message, described.error_code, described.meta);
        }
        const ddl = MIGRATIONS_TABLE_DDL[isPostgresUrl(datasource.url) ? "postgres" : "sqlite"];
        await withAdapter((adapter) => adapter.executeScript(ddl));
        result = await call(request.method, request.params);
      }
      send({ jsonrpc: "2.0", id: request.id, result: result ?? {} });
    } catch (error) {
      const { message, error_code, meta } = describeEngineError(error, factory);
      send({
        jsonrpc: "2.0",
        id: request.id,
        error: { code: 4466, message: "An error happened. Check the data field for details.", data: { is_panic: false, message, error_code, meta } },
      });
    }
  }

  let queue = Promise.resolve();
  let closing = false;
  async function shutdown(code = 0) {
    if (closing) return;
    closing = true;
    await queue.catch(() => {});
    await Promise.allSettled([...openAdapters].map((adapter) => adapter.dispose()));
    process.exit(code);
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      logLine("WARN", `ignoring a line that is not JSON: ${line.slice(0, 200)}`);
      return;
    }
    if (message.method === undefined) {
      // The CLI's answer to one of our reverse requests.
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  // The CLI ends stdin and then sends SIGTERM straight away: let answers in flight finish
  // where we can, close every connection, and go.
  lines.on("close", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(130));
}

if (options.version) {
  const glue = await loadWasmEngine();
  process.stdout.write(`schema-engine-cli ${glue.version()}\n`);
} else if (options.cliCommand) {
  await cliMode();
} else {
  await rpcMode();
}
