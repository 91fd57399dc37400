// One coded error type for the whole app. Users see `message` (a sentence that says
// what to do); logs get `cause`. Route handlers map `code` to an HTTP status.
export type AppErrorCode = "bad_request" | "not_found" | "conflict" | "forbidden" | "unavailable";

const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
};

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
    this.code = code;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** The HTTP status a route handler answers for an error code. */
export function statusOf(code: AppErrorCode): number {
  return STATUS[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Resolves to null when the lookup failed with "not found" (pages then call notFound()). */
export async function nullIfNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}

/**
 * What every server action answers (lib/actions/define-action.server.ts): the data on
 * success, or an error code, a sentence for the user and per-field messages for forms.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T; message: string | null }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors: Partial<Record<string, string[]>> };

/** The state of a form driven by an action, before its first submission. */
export type FormActionState<T = null> = ActionResult<T> | null;

/** A server action as a form calls it (`useActionState`): what a page hands to a client form. */
// The previous state is not read (each submission stands alone), hence `unknown`.
export type FormAction<T = unknown> = (previous: unknown, formData: FormData) => Promise<ActionResult<T>>;

/** A server action called with one object from a client component. */
export type ObjectAction<I, T = unknown> = (input: I) => Promise<ActionResult<T>>;
