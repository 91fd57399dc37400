"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// Shows a timestamp in the reader's own locale and time zone. The server renders the
// ISO date so that the first paint and hydration agree.
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }),
    () => iso.slice(0, 16).replace("T", " ") + " UTC",
  );
  return <time dateTime={iso}>{text}</time>;
}
