import type { Metadata } from "next";
import { connection } from "next/server";

import { LocalTime } from "@/components/relative-time";
import { LifecycleButton } from "@/components/story-bank/lifecycle-button";
import { LifecycleNotice } from "@/components/story-bank/lifecycle-notice";
import { StoryBankViews } from "@/components/story-bank/story-bank-views";
import { BackLink } from "@/components/ui/back-link";
import { requireActor } from "@/lib/auth/current-actor.server";
import { countDrafts } from "@/lib/drafts/count-drafts.server";
import { IdSchema } from "@/lib/drafts/draft-schema";
import { TRASH_RETENTION_DAYS } from "@/lib/drafts/story-bank-schema";
import { listTrash } from "@/lib/drafts/list-trash.server";
import { restoreDraftAction } from "@/lib/drafts/story-bank-actions.server";
import { findDraftTitle } from "@/lib/drafts/queries.server";

export const metadata: Metadata = { title: "Trash" };

type Props = { searchParams: Promise<{ restored?: string | string[] }> };

export default async function TrashPage({ searchParams }: Props) {
  await connection();
  const { restored } = await searchParams;
  const restoredId = Array.isArray(restored) ? restored[0] : restored;
  const actor = await requireActor();
  // Listing purges what has been in the trash for over 30 days.
  const items = await listTrash(actor);
  const [counts, restoredTitle] = await Promise.all([
    countDrafts(actor),
    restoredId && IdSchema.safeParse(restoredId).success ? findDraftTitle(actor, restoredId, "live") : null,
  ]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <BackLink href="/drafts">All drafts</BackLink>
        <h1 className="text-3xl font-bold tracking-tight">Trash</h1>
        <p className="text-slate-600">
          Deleted drafts are removed for good {TRASH_RETENTION_DAYS} days after you delete them. Until then, restore one to bring it back
          with its history, drill answers and rehearsal times.
        </p>
      </div>
      <StoryBankViews current="trash" counts={counts} />
      {restoredTitle !== null && restoredId ? <LifecycleNotice message={`Restored “${restoredTitle}”.`} hint="It is back in your drafts." /> : null}
      {items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">The trash is empty</h2>
          <p className="mt-2 text-slate-600">Drafts you delete wait here for {TRASH_RETENTION_DAYS} days, in case you want them back.</p>
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Deleted drafts">
          {items.map((item) => {
            const titleId = `trashed-${item.id}`;
            return (
              <li key={item.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <h2 id={titleId} className="break-words text-lg font-semibold text-slate-900">
                    {item.title}
                  </h2>
                  <p className="text-sm text-slate-600">
                    <span className="sr-only">Question: </span>
                    {item.questionTitle}
                  </p>
                  <p className="text-sm text-slate-600">
                    Deleted <LocalTime iso={item.deletedAt.toISOString()} /> · removed for good <LocalTime iso={item.purgeAt.toISOString()} />
                  </p>
                </div>
                <LifecycleButton kind="restore" action={restoreDraftAction} draftId={item.id} view="trash" label="Restore" describedBy={titleId} look="solid" />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
