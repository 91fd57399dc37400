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
