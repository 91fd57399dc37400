import { spawn, type ChildProcess } from "node:child_process";

// Extra servers some e2e tests start beside Playwright's own (same production build):
// on their own port, own database, in their own process group so a kill reaches next-server.

/** A port for this test worker, `offset` above the e2e server's port (E2E_PORT, default 3100). */
export function workerPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 3100) + offset + Number(process.env.TEST_WORKER_INDEX ?? 0);
}

export type Server = { process: ChildProcess; baseURL: string; output: () => string };

/**
 * `scripts/e2e-server.mjs` on `port`: migrates and seeds `databaseUrl` (emptied first unless
 * `keep`), then `next start`. Its stdout (the JSON log) is kept for tests that read it.
 */
export function startE2eServer(port: number, databaseUrl: string, options: { keep?: boolean; env?: Record<string, string> } = {}): Server {
  return spawnServer("node", ["scripts/e2e-server.mjs"], port, {
    E2E_PORT: String(port),
    E2E_DATABASE_URL: databaseUrl,
    E2E_KEEP_DATABASE: options.keep ? "1" : "0",
    LOG_LEVEL: "info",
    ...options.env,
  });
}

/** `next start` alone, on whatever DATABASE_URL says (no migration, no seed). */
export function startNextServer(port: number, databaseUrl: string): Server {
  return spawnServer("node_modules/.bin/next", ["start", "--port", String(port), "--hostname", "127.0.0.1"], port, {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
  });
}

function spawnServer(command: string, args: string[], port: number, env: Record<string, string>): Server {
  const child = spawn(command, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, baseURL: `http://127.0.0.1:${port}`, output: () => output };
}

/** Waits until the server answers /api/health at all, and returns that status. */
export async function waitForAnswer(server: Server): Promise<number> {
  for (let i = 0; i < 240; i++) {
    try {
      return (await fetch(`${server.baseURL}/api/health`)).status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the server at ${server.baseURL} never answered:\n${server.output().slice(-2000)}`);
}

/** Waits until /api/health says 200. */
export async function waitForHealth(server: Server): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if ((await waitForAnswer(server)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server at ${server.baseURL} never became healthy:\n${server.output().slice(-2000)}`);
}

export function kill(server: Server | undefined): void {
  if (server?.process.pid) {
    try {
      process.kill(-server.process.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
