"use client";

import { useState } from "react";

import { forgetUserCopies } from "@/components/editor/unsaved-copies";

/** Signs out: first removes this user's unsaved browser copies from this device, then ends the session. */
export function SignOutButton({ userKey }: { userKey: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        forgetUserCopies(userKey);
        try {
          await fetch("/api/auth/sign-out", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
        } finally {
          // A full load, not a client navigation: nothing of the signed-in pages may stay in memory.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/");
        }
      }}
      className="text-sm font-medium text-slate-700 hover:text-brand-700 disabled:opacity-60"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
