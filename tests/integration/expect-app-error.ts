import { expect } from "vitest";

import { AppError } from "@/lib/errors";

/** Awaits `promise` and checks it was refused with the coded error `code` (not_found, forbidden, …). */
export async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}
