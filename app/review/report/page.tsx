import type { Metadata } from "next";
import { connection } from "next/server";

import { DisagreementReportView } from "@/components/grading/disagreement-report";
import { BackLink } from "@/components/ui/back-link";
import { requireActor } from "@/lib/auth/current-actor.server";
import { getDisagreementReport } from "@/lib/grading/disagreement-report.server";

export const metadata: Metadata = { title: "Disagreement report" };

export default async function DisagreementReportPage() {
  await connection();
  const actor = await requireActor();
  // Only the actor's own grades of drafts they can still reach (draftAccess "comment").
  const report = await getDisagreementReport(actor);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <div>
        <BackLink href="/review">Review queue</BackLink>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Where you and the checklist disagree</h1>
        <p className="mt-1 text-slate-600">
          For every draft you graded, the items where your label differs from the engine&apos;s. Items you often relabel are where the
          checklist needs work.
        </p>
      </div>
      <DisagreementReportView report={report} />
    </div>
  );
}
