import type { Metadata } from "next";
import Link from "next/link";

import { AuthForm } from "@/components/auth/auth-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

/** Only a path inside this app (an invite link sends people here and back): never another site. */
function safeNext(next: string | string[] | undefined): string {
  return typeof next === "string" && /^\/(?![/\\])[A-Za-z0-9/_-]*$/.test(next) ? next : "/drafts";
}

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
        New here? <Link href="/sign-up" className="font-medium text-brand-700 underline">Create an account</Link>.{" "}
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">Forgot your password?</Link>
      </p>
    </div>
  );
}
