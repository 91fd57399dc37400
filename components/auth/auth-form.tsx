"use client";

import { useId, useState } from "react";

// One form for the account pages (sign in, sign up, forgot and reset password). It posts
// JSON to better-auth's endpoints (app/api/auth), where rate limits and origin checks
// apply, and shows one sentence when that fails. Errors never say whether an account exists:
// sign-up answers an address that has an account like a new one and opens no session
// (lib/auth/auth.server.ts), so the sign-up form then signs in with what was typed
// (`signInAfter`), and a failure there gets the same sentence as any failed sign-up.

type Field = { name: string; label: string; type: "text" | "email" | "password"; autoComplete: string; minLength?: number; maxLength?: number; hint?: string };

export function AuthForm({
  endpoint,
  fields,
  submitLabel,
  pendingLabel,
  extraBody = {},
  failure,
  onSuccess,
  signInAfter = false,
}: {
  endpoint: string;
  fields: Field[];
  submitLabel: string;
  pendingLabel: string;
  extraBody?: Record<string, string>;
  /** The sentence shown when the server refuses (429 gets its own). */
  failure: string;
  /** Where to go next ("reload" re-renders the app signed in), or a message to show. */
  onSuccess: { go: string } | { say: string };
  /** Sign in with the submitted e-mail and password once the endpoint accepted them (sign-up). */
  signInAfter?: boolean;
}) {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const data = Object.fromEntries(new FormData(event.currentTarget).entries());
    try {
      const post = (to: string, body: Record<string, unknown>) =>
        fetch(to, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      let response = await post(endpoint, { ...data, ...extraBody });
      if (response.ok && signInAfter) response = await post("/api/auth/sign-in/email", { email: data.email, password: data.password });
      if (response.ok) {
        if ("go" in onSuccess) {
          window.location.assign(onSuccess.go);
          return;
        }
        setDone(onSuccess.say);
      } else if (response.status === 429) {
        setError("Too many attempts. Wait a few minutes and try again.");
      } else {
        setError(failure);
      }
    } catch {
      setError("The server could not be reached. Check the connection and try again.");
    }
    setPending(false);
  }

  if (done) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 p-4 text-emerald-900">
        {done}
      </p>
    );
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate={false}>
      {fields.map((field) => (
        <div key={field.name} className="flex flex-col gap-1">
          <label htmlFor={`${id}-${field.name}`} className="text-sm font-medium text-slate-800">
            {field.label}
          </label>
          <input
            id={`${id}-${field.name}`}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            minLength={field.minLength}
            maxLength={field.maxLength}
            aria-describedby={field.hint ? `${id}-${field.name}-hint` : undefined}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          />
          {field.hint ? (
            <p id={`${id}-${field.name}-hint`} className="text-xs text-slate-600">
              {field.hint}
            </p>
          ) : null}
        </div>
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? pendingLabel : submitLabel}
      </button>
      <p role="alert" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </form>
  );
}
