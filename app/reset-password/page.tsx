import type { Metadata } from "next";
import Link from "next/link";

import { AuthForm } from "@/components/auth/auth-form";
import { PASSWORD_LIMITS } from "@/lib/auth/password-limits";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === "string" && /^[A-Za-z0-9_-]{8,200}$/.test(token) ? token : null;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Choose a new password</h1>
      {value ? (
        <AuthForm
          endpoint="/api/auth/reset-password"
          fields={[
            {
              name: "newPassword",
              label: "New password",
              type: "password",
              autoComplete: "new-password",
              minLength: PASSWORD_LIMITS.min,
              maxLength: PASSWORD_LIMITS.max,
              hint: `At least ${PASSWORD_LIMITS.min} characters. Every device signed in to this account is signed out.`,
            },
          ]}
          extraBody={{ token: value }}
          submitLabel="Save the new password"
          pendingLabel="Saving…"
          failure="This link has expired or was already used. Ask for a new one."
          onSuccess={{ go: "/sign-in" }}
        />
      ) : (
        <p className="text-slate-700">
          This link is not complete. <Link href="/forgot-password" className="font-medium text-brand-700 underline">Ask for a new one</Link>.
        </p>
      )}
    </div>
  );
}
