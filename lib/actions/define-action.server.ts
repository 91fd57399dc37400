import "server-only";

import { unstable_rethrow } from "next/navigation";
import { z } from "zod";

import { requireActor, type Actor } from "@/lib/auth/current-actor.server";
import { isAppError, type ActionResult, type FormAction } from "@/lib/errors";
import { recordAction } from "@/lib/ops/metrics";

// The one wrapper every server action goes through (CONVENTIONS.md #15, issue 9 §1):
// 1. resolve the actor OUTSIDE any try, so a redirect to sign-in is never swallowed;
// 2. parse the input once with the feature's zod schema: malformed input (a wrong type, a
//    missing field, not even an object) is a `bad_request` result, never a 500;
// 3. run the feature, mapping an AppError to its code and sentence and anything else to
//    `unavailable` with the feature's own sentence (the detail goes to the log);
// 4. then, outside the try, `after` may revalidate or redirect (next.js #55586);
// 5. each run is counted and timed by name and outcome (/api/metrics, issue 10).
// redirect()/notFound() thrown by the feature itself pass straight through.

type Options<S extends z.core.$ZodType, R> = {
  /** Names the action in the server log. */
  name: string;
  schema: S;
  /** Said to the user when the input did not parse and the schema has no sentence of its own. */
  invalid: string;
  /** Said to the user when something unexpected failed. */
  failure: string;
  run: (input: z.output<S>, actor: Actor) => Promise<R>;
  /** Runs after success, outside any try: revalidatePath, redirect. */
  after?: (data: R, input: z.output<S>) => void | Promise<void>;
  /** A sentence for the user on success. */
  message?: (data: R, input: z.output<S>) => string;
};

export type DefinedAction<R> = ((input: unknown) => Promise<ActionResult<R>>) & {
  /**
   * Steps 2-3 for an actor resolved elsewhere: a route handler (from its Request) or a test.
   * `after` does not run (it needs a Next.js request: revalidate, redirect).
   */
  runAs: (actor: Actor, input: unknown) => Promise<ActionResult<R>>;
};

/** An action called with one argument (an object from a client component, or a FormData). */
export function defineAction<S extends z.core.$ZodType, R>(options: Options<S, R>): DefinedAction<R> {
  const runAs = async (actor: Actor, input: unknown): Promise<ActionResult<R> & { input?: z.output<S> }> => {
    const started = performance.now();
    const result = await runChecked(actor, input);
    recordAction(options.name, result.ok ? "ok" : result.code, (performance.now() - started) / 1000);
    return result;
  };
  const runChecked = async (actor: Actor, input: unknown): Promise<ActionResult<R> & { input?: z.output<S> }> => {
    // z.safeParse takes classic and zod/mini schemas alike
    const parsed = z.safeParse(options.schema, plainInput(input));
    if (!parsed.success) return badRequest(parsed.error, options.invalid);
    try {
      const data = await options.run(parsed.data, actor);
      return { ok: true, data, message: options.message?.(data, parsed.data) ?? null, input: parsed.data };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return { ok: false, code: error.code, message: error.message, fieldErrors: {} };
      console.error(`action ${options.name} failed`, error);
      return { ok: false, code: "unavailable", message: options.failure, fieldErrors: {} };
    }
  };
  const action = async (input: unknown): Promise<ActionResult<R>> => {
    const actor = await requireActor();
    const { input: parsed, ...result } = await runAs(actor, input);
    if (result.ok && parsed !== undefined) await options.after?.(result.data, parsed);
    return result;
  };
  return Object.assign(action, { runAs: async (actor: Actor, input: unknown) => (({ input: _ignored, ...result }) => result)(await runAs(actor, input)) });
}

/** The same, shaped for `useActionState` and `<form action>`: (previous state, form data). */
export function defineFormAction<S extends z.core.$ZodType, R>(
  options: Options<S, R>,
): FormAction<R> & Pick<DefinedAction<R>, "runAs"> {
  const action = defineAction(options);
  return Object.assign(async (_previous: unknown, formData: FormData) => action(formData), { runAs: action.runAs });
}

/**
 * Form data becomes a plain object of its text fields (Next's own `$ACTION…` fields and
 * files are left out); a plain object passes as it is; anything else parses as nothing,
 * so the schema rejects it.
 */
function plainInput(input: unknown): unknown {
  if (input instanceof FormData) {
    const fields: Record<string, string> = {};
    for (const [key, value] of input.entries()) {
      if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value;
    }
    return fields;
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input)) return input;
  return undefined;
}

function badRequest(error: z.core.$ZodError, fallback: string): ActionResult<never> {
  const fieldErrors = z.flattenError(error).fieldErrors as Partial<Record<string, string[]>>;
  // A message written for the user by the schema wins; zod's generic ones do not.
  const written = error.issues.find((issue) => issue.code === "custom" || /[.!?]$/.test(issue.message))?.message;
  return { ok: false, code: "bad_request", message: written ?? fallback, fieldErrors };
}
