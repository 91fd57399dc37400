import type { Metadata } from "next";

import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { deleteAccountAction } from "@/lib/account/account-actions.server";
import { DELETE_PHRASE } from "@/lib/account/account-schema";
import { requireActor } from "@/lib/auth/current-actor.server";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <p className="mt-1 text-slate-700">
          {actor.name} · {actor.email} · {actor.role === "coach" ? "Coach" : "Candidate"}
        </p>
      </div>
      <section aria-labelledby="data-heading" className="flex flex-col gap-2">
        <h2 id="data-heading" className="text-xl font-semibold">
          Your data
        </h2>
        <p className="text-slate-700">Every draft, version, drill answer and rehearsal time you have, as one JSON file.</p>
        <a href="/account/export" className="self-start rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-800 hover:border-brand-600">
          Download my data
        </a>
      </section>
      <section aria-labelledby="delete-heading" className="flex flex-col gap-2">
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete your account
        </h2>
        <p className="text-slate-700">This removes the account and all its drafts at once, on every device. It cannot be undone.</p>
        <DeleteAccountForm userKey={actor.userId} phrase={DELETE_PHRASE} action={deleteAccountAction} />
      </section>
    </div>
  );
}
