"use client";

import { useEffect, useRef } from "react";

/**
 * The line that says what just happened to a draft ("Deleted “…”."), with its undo.
 * It takes focus when it appears: the button that was pressed has gone with its row,
 * and from here Tab reaches Undo.
 */
export function LifecycleNotice({ message, hint, children }: { message: string; hint?: string; children?: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-300 bg-slate-900 px-4 py-3 text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2"
    >
      <p className="min-w-0 break-words font-medium">{message}</p>
      {hint ? <p className="text-sm text-slate-300">{hint}</p> : null}
      {children}
    </div>
  );
}
