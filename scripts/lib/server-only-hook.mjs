// `node --import ./scripts/lib/server-only-hook.mjs`: lets a command-line script call the
// app's `*.server.ts` functions. Those start with `import "server-only"`, which throws outside
// React's server environment; as in vitest.config.ts, it resolves to its no-op twin here.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier !== "server-only") return next(specifier, context);
        return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
      }`,
    ),
  import.meta.url,
);
