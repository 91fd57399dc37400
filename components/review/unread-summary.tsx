import type { UnreadActivity } from "@/lib/star/comments-view";

/** What is new on a draft for its reviewer, in words (the queue's Activity column). */
export function UnreadSummary({ unread }: { unread: UnreadActivity }) {
  const parts: string[] = [];
  if (!unread.visited) parts.push("Not opened yet");
  if (unread.newComments) parts.push(`${unread.newComments} new ${unread.newComments === 1 ? "reply" : "replies"}`);
  if (unread.newResolutions) parts.push(`${unread.newResolutions} resolved`);
  if (unread.draftChanged) parts.push("Text changed");
  if (parts.length === 0) return <span className="text-slate-500">Nothing new</span>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {parts.map((part) => (
        <span key={part} className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
          {part}
        </span>
      ))}
    </span>
  );
}
