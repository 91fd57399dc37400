"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import { saveDraftAction, type SavedSnapshot } from "@/app/drafts/actions";
import { newClientId } from "@/lib/client-id";
import {
  contentOf,
  DraftContentSchema,
  fieldErrors,
  sameContent,
  SECTION_KEYS,
  type DraftContent,
  type FieldErrors,
} from "@/lib/drafts/draft-schema";

export type AutosaveStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "retrying"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string; theirs: SavedSnapshot };

type LocalCopy = { content: DraftContent; baseVersion: number; keptAt: number };
const storageKey = (draftId: string) => `gameday:unsaved:${draftId}`;

function readLocal(draftId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(storageKey(draftId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalCopy>;
    const content = parsed.content as Partial<DraftContent> | undefined;
    // Over-limit text is still restored (it is the candidate's), so check the shape only.
    const wellFormed =
      typeof parsed.baseVersion === "number" &&
      !!content &&
      (["title", ...SECTION_KEYS] as const).every((key) => typeof content[key] === "string");
    return wellFormed ? (parsed as LocalCopy) : null;
  } catch {
    return null;
  }
}

function writeLocal(draftId: string, copy: LocalCopy | null) {
  try {
    if (copy) window.localStorage.setItem(storageKey(draftId), JSON.stringify(copy));
    else window.localStorage.removeItem(storageKey(draftId));
  } catch {
    // Storage full or disabled: the server copy and the open tab still hold the text.
  }
}

const PAUSE_MS = 1200;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps a draft saved without the candidate thinking about it:
 * - saves after a pause in typing and when a field loses focus (`flush`);
 * - every unsaved edit is mirrored to localStorage, so a lost connection, a crash or a
 *   closed tab loses nothing, and it is sent when the server is reachable again;
 * - each save names the version it was based on: if another tab saved first the hook
 *   stops and reports a conflict with the other version instead of overwriting it;
 * - a retried save reuses its client id, so the server applies it at most once.
 */
export function useAutosave(draftId: string, initial: { content: DraftContent; version: number; updatedAt: string }) {
  const [content, setContent] = useState<DraftContent>(initial.content);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "saved", at: null });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [version, setVersion] = useState(initial.version);
  const [lastScore, setLastScore] = useState<number | null | undefined>(undefined);

  const contentRef = useRef(content);
  const savedRef = useRef({ content: initial.content, version: initial.version });
  const [savedContent, setSavedContent] = useState(initial.content);
  const markSaved = useCallback((saved: DraftContent, savedVersion: number) => {
    savedRef.current = { content: saved, version: savedVersion };
    setSavedContent(saved);
    setVersion(savedVersion);
  }, []);
  const inFlight = useRef(false);
  const blocked = useRef(false); // true while a conflict waits for the candidate
  const attempt = useRef<{ id: string; content: DraftContent } | null>(null);
  const pauseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(2000);
  // Timers call the latest saveNow through this ref (it schedules itself again).
  const saveLater = useRef<() => Promise<void>>(async () => {});

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimeout(pauseTimer.current);
    clearTimeout(retryTimer.current);
    if (inFlight.current || blocked.current) return;
    const toSave = contentRef.current;
    const saved = savedRef.current;
    if (sameContent(toSave, saved.content)) {
      writeLocal(draftId, null);
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
    inFlight.current = true;
    setStatus({ kind: "saving" });
    const scheduleRetry = (kind: "offline" | "retrying", message = "") => {
      setStatus(kind === "offline" ? { kind } : { kind, message });
      if (kind === "retrying") {
        retryTimer.current = setTimeout(() => void saveLater.current(), retryDelay.current);
        retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
      }
    };
    try {
      const result = await saveDraftAction({
        ...parsed.data,
        draftId,
        baseVersion: saved.version,
        clientSaveId: attempt.current.id,
      });
      inFlight.current = false;
      if (result.ok) {
        retryDelay.current = 2000;
        attempt.current = null;
        markSaved(toSave, result.version);
        setLastScore(result.score);
        if (sameContent(contentRef.current, toSave)) {
          writeLocal(draftId, null);
          setStatus({ kind: "saved", at: result.savedAt });
        } else {
          // The candidate kept typing while we saved: go again after the next pause.
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
    } catch {
      inFlight.current = false;
      if (typeof navigator !== "undefined" && navigator.onLine === false) scheduleRetry("offline");
      else scheduleRetry("retrying", "Couldn't reach the server.");
    }
  }, [draftId, markSaved]);
  useEffect(() => {
    saveLater.current = saveNow;
  }, [saveNow]);

  const setField = useCallback(
    (field: keyof DraftContent, value: string) => {
      const next = { ...contentRef.current, [field]: value };
      contentRef.current = next;
      setContent(next);
      writeLocal(draftId, { content: next, baseVersion: savedRef.current.version, keptAt: Date.now() });
      setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
      if (blocked.current) return;
      setStatus((prev) => (prev.kind === "offline" || prev.kind === "retrying" ? prev : { kind: "pending" }));
      clearTimeout(pauseTimer.current);
      pauseTimer.current = setTimeout(() => void saveNow(), PAUSE_MS);
    },
    [draftId, saveNow],
  );

  // Resolve a conflict: keep this tab's text, take the other version, or save a hand-merged text.
  const resolveConflict = useCallback(
    (theirs: SavedSnapshot, choice: "mine" | "theirs" | { merged: DraftContent }) => {
      blocked.current = false;
      attempt.current = null;
      markSaved(contentOf(theirs), theirs.version);
      if (choice === "theirs") {
        const theirContent = contentOf(theirs);
        contentRef.current = theirContent;
        setContent(theirContent);
        writeLocal(draftId, null);
        setStatus({ kind: "saved", at: theirs.updatedAt });
        return;
      }
      const next = choice === "mine" ? contentRef.current : choice.merged;
      contentRef.current = next;
      setContent(next);
      writeLocal(draftId, { content: next, baseVersion: theirs.version, keptAt: Date.now() });
      setStatus({ kind: "pending" });
      void saveNow();
    },
    [draftId, markSaved, saveNow],
  );

  // On open: edits kept on this device from an earlier visit come back. If the server
  // moved on since they were made, the candidate chooses, as in a two-tab conflict.
  useEffect(() => {
    const local = readLocal(draftId);
    if (!local || sameContent(local.content, initial.content)) {
      writeLocal(draftId, null);
      return;
    }
    contentRef.current = local.content;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring browser-only state after hydration
    setContent(local.content);
    if (local.baseVersion === initial.version) {
      setStatus({ kind: "pending" });
      void saveNow();
    } else {
      blocked.current = true;
      setStatus({
        kind: "conflict",
        message: "This device kept edits that were never saved, and the draft was saved elsewhere since. Nothing was overwritten.",
        theirs: { ...initial.content, version: initial.version, updatedAt: initial.updatedAt },
      });
    }
    // Run once per draft on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId]);

  // Back online: send what was kept.
  useEffect(() => {
    const onOnline = () => void saveNow();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [saveNow]);

  const dirty = !sameContent(content, savedContent) || status.kind === "conflict";

  // Closing the tab with edits the server has not confirmed asks first.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  useEffect(
    () => () => {
      clearTimeout(pauseTimer.current);
      clearTimeout(retryTimer.current);
    },
    [],
  );

  return { content, setField, status, errors, version, dirty, lastScore, flush: saveNow, resolveConflict };
}
