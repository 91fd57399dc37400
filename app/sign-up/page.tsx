import type { Metadata } from "next";
import Link from "next/link";

import { AuthForm } from "@/components/auth/auth-form";
import { PASSWORD_LIMITS } from "@/lib/auth/password-limits";
import { safeNext, withNext } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  // An invite link sends a newcomer to sign in, and from there here: they come back to it.
  const { next } = await searchParams;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Create an account</h1>
      <p className="text-slate-700">Your drafts are private to your account unless you share one with a coach.</p>
      <AuthForm
        endpoint="/api/auth/sign-up/email"
        fields={[
          { name: "name", label: "Name", type: "text", autoComplete: "name", maxLength: 80 },
          { name: "email", label: "E-mail", type: "email", autoComplete: "email", maxLength: 254 },
          {
            name: "password",
            label: "Password",
            type: "password",
            autoComplete: "new-password",
            minLength: PASSWORD_LIMITS.min,
            maxLength: PASSWORD_LIMITS.max,
            hint: `At least ${PASSWORD_LIMITS.min} characters.`,
          },
        ]}
        submitLabel="Create account"
        pendingLabel="Creating…"
        failure={`We could not create that account. Use a valid e-mail and a password of ${PASSWORD_LIMITS.min} to ${PASSWORD_LIMITS.max} characters; if you already have an account, sign in or reset your password.`}
        onSuccess={{ go: safeNext(next) }}
        signInAfter
      />
      <p className="text-sm text-slate-700">
        Already have an account? <Link href={withNext("/sign-in", next)} className="font-medium text-brand-700 underline">Sign in</Link>.
      </p>
    </div>
  );
}
