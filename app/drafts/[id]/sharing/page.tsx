import type { Metadata } from "next";

import { loadDraftView } from "@/app/drafts/[id]/load-draft-view";
import { SharingPanel } from "@/components/sharing/sharing-panel";
import { BackLink } from "@/components/ui/back-link";
import { createInviteAction, revokeInviteAction, revokeShareAction } from "@/lib/sharing/sharing-actions.server";
import { getSharingView } from "@/lib/sharing/sharing-view.server";

export const metadata: Metadata = { title: "Sharing" };

type Props = { params: Promise<{ id: string }> };

export default async function SharingPage({ params }: Props) {
  // The owner's page: getSharingView asks draftAccess for "edit", so anyone else gets a 404.
  const { view } = await loadDraftView(params, (actor, id) => getSharingView(actor, id));
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <BackLink href={`/drafts/${view.draftId}`}>Back to the editor</BackLink>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Sharing</h1>
        <p className="mt-1 text-slate-600">
          <span className="font-medium text-slate-800">{view.title}</span> is private until you invite someone.
        </p>
      </div>
      <SharingPanel view={view} createInvite={createInviteAction} revokeShare={revokeShareAction} revokeInvite={revokeInviteAction} />
    </div>
  );
}
