// Pure: which Host headers this server answers (issue 9 §4, DNS rebinding). A page on
// evil.example whose name is made to resolve to 127.0.0.1 reaches the app with
// `Host: evil.example`; answering only the names the app is configured under stops it
// from reading or changing anything. Built from:
// - the loopback names (localhost, 127.0.0.1, [::1]) on the port the server listens on
//   (PORT; any port when PORT is unknown);
// - the host of APP_URL (the public address of a deployment, e.g. https://gameday.example);
// - ALLOWED_HOSTS, comma-separated extra `name` or `name:port` entries (e.g. a LAN name).

export type HostAllowlist = { loopbackPort: string | null; exact: ReadonlySet<string> };

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function buildHostAllowlist(env: { PORT?: string; APP_URL?: string; ALLOWED_HOSTS?: string }): HostAllowlist {
  const exact = new Set<string>();
  if (env.APP_URL) {
    try {
      const url = new URL(env.APP_URL);
      exact.add(url.host.toLowerCase());
    } catch {
      // An unparsable APP_URL adds nothing; lib/env.ts reports it at startup.
    }
  }
  for (const entry of (env.ALLOWED_HOSTS ?? "").split(",")) {
    const host = entry.trim().toLowerCase();
    if (host) exact.add(host);
  }
  const port = env.PORT?.trim();
  return { loopbackPort: port && /^\d+$/.test(port) ? port : null, exact };
}

/** Splits `name:port` / `[v6]:port` into its parts (port may be empty). */
function splitHost(host: string): { name: string; port: string } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d*))?$/.exec(host);
  return match ? { name: match[1]!, port: match[2] ?? "" } : { name: "", port: "" };
}

export function isAllowedHost(host: string | null | undefined, allowlist: HostAllowlist): boolean {
  if (!host) return false;
  const value = host.trim().toLowerCase();
  if (allowlist.exact.has(value)) return true;
  const { name, port } = splitHost(value);
  // An exact entry without a port allows that name on any port.
  if (name && allowlist.exact.has(name)) return true;
  if (!LOOPBACK.has(name)) return false;
  return allowlist.loopbackPort === null || port === allowlist.loopbackPort;
}
