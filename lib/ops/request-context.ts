import { AsyncLocalStorage } from "node:async_hooks";

// The request id of the HTTP request being served, for log lines written anywhere below
// it. lib/ops/http-gate.ts enters it when Node starts a request; one store per process,
// kept on globalThis because Next.js may bundle this module into several route chunks.
export type RequestContext = { requestId: string };

const holder = globalThis as typeof globalThis & { __gamedayRequestContext?: AsyncLocalStorage<RequestContext> };

export const requestContext: AsyncLocalStorage<RequestContext> = (holder.__gamedayRequestContext ??=
  new AsyncLocalStorage<RequestContext>());

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
