import type { Metadata } from "next";
import Link from "next/link";

import { AuthForm } from "@/components/auth/auth-form";
import { safeNext, withNext } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <AuthForm
        endpoint="/api/auth/sign-in/email"
        fields={[
          { name: "email", label: "E-mail", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
        failure="That e-mail and password do not match an account. Check both and try again."
        onSuccess={{ go: safeNext(next) }}
      />
      <p className="text-sm text-slate-700">
        New here? <Link href={withNext("/sign-up", next)} className="font-medium text-brand-700 underline">Create an account</Link>.{" "}
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">Forgot your password?</Link>
      </p>
    </div>
  );
}
