"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { dropCopy, keepCopy, listCopies, type UnsavedCopy } from "@/components/editor/unsaved-copies";
import { newClientId } from "@/lib/client-id";
import {
  contentOf,
  DraftContentSchema,
  fieldErrors,
  sameContent,
  type DraftContent,
  type FieldErrors,
} from "@/lib/drafts/draft-schema";
import type { DraftSnapshot, SaveDraftState } from "@/lib/drafts/draft-schema";

export type AutosaveStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "retrying"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string; theirs: DraftSnapshot };

const PAUSE_MS = 1200;
const MAX_RETRY_MS = 30_000;
// Browsers cap the bodies of keepalive requests (all in flight together) at 64 KiB.
const KEEPALIVE_MAX_BYTES = 60_000;

const tabLockName = (tabId: string) => `gameday:tab:${tabId}`;

/** Names of the Web Locks held by open editor tabs (empty where the API is missing). */
async function liveTabLocks(): Promise<Set<string>> {
  try {
    const state = await navigator.locks.query();
    return new Set((state.held ?? []).map((lock) => lock.name ?? ""));
  } catch {
    return new Set();
  }
}

/**
 * Sends one save to the save route. `keepalive` lets the request outlive the page when
 * the candidate is leaving it; a body too large for that is sent as a normal request
 * (fine for in-app navigation) and, if the page dies first, stays in the browser copy.
 */
async function postSave(draftId: string, body: unknown, keepalive: boolean): Promise<SaveDraftState> {
  const text = JSON.stringify(body);
  const response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/save`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: text,
    keepalive: keepalive && new Blob([text]).size <= KEEPALIVE_MAX_BYTES,
    cache: "no-store",
  });
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new Error(`save answered ${response.status}`);
  return (await response.json()) as SaveDraftState;
}

/**
 * Keeps a draft saved without the candidate thinking about it (docs/decisions/003):
 * - saves after a pause in typing, when a field loses focus (`flush`), and on every way
 *   of leaving: in-app navigation and Back/Forward (the editor unmounts), closing or
 *   reloading the tab (`pagehide`), and a phone putting the tab away (`visibilitychange`);
 *   those saves use keepalive requests, so they land after the page is gone;
 * - every unsaved edit is mirrored to this tab's own copy in localStorage, removed only
 *   when the server has confirmed that text, so no other tab can erase it;
 * - on open, copies left by other tabs or earlier visits that differ from the server's
 *   text come back: one made on the current version is restored and saved, the others
 *   are offered for the candidate to compare and merge;
 * - each save names the version it was based on: if another tab saved first the hook
 *   stops and reports a conflict with the other version instead of overwriting it;
 * - a retried save reuses its client id, so the server applies it at most once.
 */
export function useAutosave(
  draftId: string,
  userKey: string,
  initial: { content: DraftContent; version: number; updatedAt: string },
) {
  const [content, setContent] = useState<DraftContent>(initial.content);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "saved", at: null });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [version, setVersion] = useState(initial.version);
  const [lastScore, setLastScore] = useState<number | null | undefined>(undefined);
  // Copies from other tabs or visits waiting for the candidate's choice.
  const [recoveries, setRecoveries] = useState<UnsavedCopy[]>([]);

  // One id per editor instance: this tab's copy is never written by anyone else.
  const [tabId] = useState(() => newClientId());
  const contentRef = useRef(content);
  const savedRef = useRef({ content: initial.content, version: initial.version });
  const [savedContent, setSavedContent] = useState(initial.content);
  const markSaved = useCallback((saved: DraftContent, savedVersion: number) => {
    savedRef.current = { content: saved, version: savedVersion };
    setSavedContent(saved);
    setVersion(savedVersion);
  }, []);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false); // an edit arrived while a save was in flight
  const blocked = useRef(false); // true while a conflict waits for the candidate
  const attempt = useRef<{ id: string; content: DraftContent } | null>(null);
  const pauseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(2000);
  // Timers call the latest saveNow through this ref (it schedules itself again).
  const saveLater = useRef<(options?: { keepalive?: boolean }) => Promise<void>>(async () => {});

  const keepMine = useCallback(
    (copy: DraftContent | null) =>
      keepCopy(userKey, draftId, tabId, copy && { content: copy, baseVersion: savedRef.current.version, keptAt: Date.now() }),
    [draftId, tabId, userKey],
  );

  const saveNow = useCallback(
    async ({ keepalive = false }: { keepalive?: boolean } = {}): Promise<void> => {
      clearTimeout(pauseTimer.current);
      clearTimeout(retryTimer.current);
      if (blocked.current) return;
      if (inFlight.current) {
        // Go again as soon as the save in flight answers, on the version it creates.
        again.current = true;
        return inFlight.current;
      }
      const toSave = contentRef.current;
      const saved = savedRef.current;
      if (sameContent(toSave, saved.content)) {
        keepMine(null);
        setStatus((prev) => (prev.kind === "saved" ? prev : { kind: "saved", at: new Date().toISOString() }));
        return;
      }
      const parsed = DraftContentSchema.safeParse(toSave);
      if (!parsed.success) {
        setErrors(fieldErrors(parsed.error));
        setStatus({ kind: "invalid", message: "Not saved: fix the highlighted fields. Your text is kept on this device." });
        return;
      }
      setErrors({});
      if (!attempt.current || !sameContent(attempt.current.content, toSave)) {
        attempt.current = { id: newClientId(), content: toSave };
      }
      const body = { ...parsed.data, baseVersion: saved.version, clientSaveId: attempt.current.id };
      setStatus({ kind: "saving" });
      const scheduleRetry = (kind: "offline" | "retrying", message = "") => {
        setStatus(kind === "offline" ? { kind } : { kind, message });
        if (kind === "retrying") {
          retryTimer.current = setTimeout(() => void saveLater.current(), retryDelay.current);
          retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
        }
      };
      const run = async () => {
        let result: SaveDraftState;
        try {
          result = await postSave(draftId, body, keepalive);
        } catch {
          if (typeof navigator !== "undefined" && navigator.onLine === false) scheduleRetry("offline");
          else scheduleRetry("retrying", "Couldn't reach the server.");
          return;
        }
        if (result.ok) {
          retryDelay.current = 2000;
          attempt.current = null;
          markSaved(toSave, result.version);
          setLastScore(result.score);
          if (sameContent(contentRef.current, toSave)) {
            keepMine(null);
            setStatus({ kind: "saved", at: result.savedAt });
          } else {
            // The candidate kept typing while we saved: go again after the next pause.
            keepMine(contentRef.current);
            setStatus({ kind: "pending" });
            pauseTimer.current = setTimeout(() => void saveLater.current(), PAUSE_MS);
          }
        } else if (result.kind === "conflict") {
          blocked.current = true;
          setStatus({ kind: "conflict", message: result.message, theirs: result.current });
        } else if (result.kind === "invalid") {
          setErrors(result.errors);
          setStatus({ kind: "invalid", message: result.message });
        } else {
          scheduleRetry("retrying", result.message);
        }
      };
      inFlight.current = run().finally(() => {
        inFlight.current = null;
      });
      await inFlight.current;
      if (again.current) {
        again.current = false;
        await saveLater.current({ keepalive });
      }
    },
    [draftId, keepMine, markSaved],
  );
  useEffect(() => {
    saveLater.current = saveNow;
  }, [saveNow]);

  const setField = useCallback(
    (field: keyof DraftContent, value: string) => {
      const next = { ...contentRef.current, [field]: value };
      contentRef.current = next;
      setContent(next);
      keepMine(next);
      setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
      if (blocked.current) return;
      setStatus((prev) => (prev.kind === "offline" || prev.kind === "retrying" ? prev : { kind: "pending" }));
      clearTimeout(pauseTimer.current);
      pauseTimer.current = setTimeout(() => void saveLater.current(), PAUSE_MS);
    },
    [keepMine],
  );

  // Resolve a conflict: keep this tab's text, take the other version, or save a hand-merged text.
  const resolveConflict = useCallback(
    (theirs: DraftSnapshot, choice: "mine" | "theirs" | { merged: DraftContent }) => {
      blocked.current = false;
      attempt.current = null;
      markSaved(contentOf(theirs), theirs.version);
      if (choice === "theirs") {
        const theirContent = contentOf(theirs);
        contentRef.current = theirContent;
        setContent(theirContent);
        keepMine(null);
        setStatus({ kind: "saved", at: theirs.updatedAt });
        return;
      }
      const next = choice === "mine" ? contentRef.current : choice.merged;
      contentRef.current = next;
      setContent(next);
      keepMine(next);
      setStatus({ kind: "pending" });
      void saveNow();
    },
    [keepMine, markSaved, saveNow],
  );

  // Open a kept copy from another tab or visit: it becomes this tab's text, compared
  // side by side with the server's version (the same choice as a two-tab conflict).
  const recoverCopy = useCallback(
    (copy: UnsavedCopy) => {
      setRecoveries((list) => list.filter((c) => c.key !== copy.key));
      dropCopy(copy.key);
      contentRef.current = copy.content;
      setContent(copy.content);
      keepMine(copy.content);
      const saved = savedRef.current;
      blocked.current = true;
      setStatus({
        kind: "conflict",
        message: "These are words this browser kept but never saved. Nothing was overwritten: choose what to keep.",
        theirs: { ...saved.content, version: saved.version, updatedAt: new Date().toISOString() },
      });
    },
    [keepMine],
  );
  const discardCopy = useCallback((copy: UnsavedCopy) => {
    setRecoveries((list) => list.filter((c) => c.key !== copy.key));
    dropCopy(copy.key);
  }, []);

  // While this editor is open it holds a Web Lock named after its tab id; the browser
  // releases it when the tab closes or crashes. Another tab's copy whose lock is held
  // belongs to a live tab that will save it itself, so it is neither restored nor offered.
  useEffect(() => {
    if (typeof navigator === "undefined" || !navigator.locks) return;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    void navigator.locks.request(tabLockName(tabId), () => held).catch(() => {});
    return () => release();
  }, [tabId]);

  // Copies made on the version the server still has come back and are saved, as if the
  // tab had never closed; the others are offered beside the saved text.
  const restoreCopies = (copies: UnsavedCopy[]) => {
    const differing = copies.filter((copy) => {
      if (sameContent(copy.content, initial.content)) {
        dropCopy(copy.key); // the server has it: nothing to offer
        return false;
      }
      return true;
    });
    const [newest, ...others] = differing;
    if (newest && newest.baseVersion === initial.version) {
      // Made on the version the server still has: restore and save it, as if never closed.
      dropCopy(newest.key);
      contentRef.current = newest.content;
      setContent(newest.content);
      keepMine(newest.content);
      setStatus({ kind: "pending" });
      void saveNow();
      setRecoveries(others);
    } else {
      setRecoveries(differing);
    }
  };

  // A copy whose tab was still open when this one opened (or still closing) comes back
  // once that tab lets go of its lock: restored if nothing was typed here since, else offered.
  const lateCopy = (copy: UnsavedCopy) => {
    const saved = savedRef.current;
    if (sameContent(copy.content, saved.content)) {
      dropCopy(copy.key);
      return;
    }
    if (copy.baseVersion === saved.version && !blocked.current && sameContent(contentRef.current, saved.content)) {
      dropCopy(copy.key);
      contentRef.current = copy.content;
      setContent(copy.content);
      keepMine(copy.content);
      setStatus({ kind: "pending" });
      void saveNow();
      return;
    }
    setRecoveries((list) => (list.some((c) => c.key === copy.key) ? list : [...list, copy]));
  };

  // On open: look for text kept in this browser that never reached the server.
  useEffect(() => {
    let cancelled = false;
    const stopWaiting = new AbortController();
    void liveTabLocks().then((live) => {
      if (cancelled) return;
      const copies = listCopies(userKey, draftId);
      restoreCopies(copies.filter((copy) => !live.has(tabLockName(copy.tabId))));
      for (const copy of copies.filter((c) => live.has(tabLockName(c.tabId)))) {
        void navigator.locks
          .request(tabLockName(copy.tabId), { signal: stopWaiting.signal }, () => {
            const current = listCopies(userKey, draftId).find((c) => c.key === copy.key);
            if (current && !cancelled) lateCopy(current);
          })
          .catch(() => {});
      }
    });
    return () => {
      cancelled = true;
      stopWaiting.abort();
    };
    // Run once per draft on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId]);



  // Back online: send what was kept.
  useEffect(() => {
    const onOnline = () => void saveNow();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [saveNow]);

  // Leaving: send what is pending with a request that outlives the page.
  useEffect(() => {
    const leave = () => void saveLater.current({ keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", onVisibility);
      // Unmount = in-app navigation (a link, Back, Forward): the save still goes out.
      leave();
    };
  }, []);

  const dirty = !sameContent(content, savedContent) || status.kind === "conflict";
  // Words that cannot reach the server right now (no connection, a conflict, a field
  // over its limit): closing the tab asks first. Plain pending edits are sent on the way out.
  const stuck = dirty && (status.kind === "offline" || status.kind === "retrying" || status.kind === "conflict" || status.kind === "invalid");

  useEffect(() => {
    if (!stuck) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [stuck]);

  useEffect(
    () => () => {
      clearTimeout(retryTimer.current);
    },
    [],
  );

  return {
    content,
    setField,
    status,
    errors,
    version,
    dirty,
    lastScore,
    flush: saveNow,
    resolveConflict,
    recoveries,
    recoverCopy,
    discardCopy,
  };
}
