import type { Metadata } from "next";

import { AuthForm } from "@/components/auth/auth-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Reset your password</h1>
      <AuthForm
        endpoint="/api/auth/request-password-reset"
        fields={[{ name: "email", label: "E-mail", type: "email", autoComplete: "email" }]}
        extraBody={{ redirectTo: "/reset-password" }}
        submitLabel="Send the reset link"
        pendingLabel="Sending…"
        failure="The link could not be sent. Check the e-mail and try again."
        onSuccess={{
          say: "If an account uses that e-mail, a reset link is on its way. (In this offline setup the link is printed in the server's log.)",
        }}
      />
    </div>
  );
}
