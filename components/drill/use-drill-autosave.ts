"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import type { DrillAnswerView } from "@/lib/drills/drill-answer-view";
import { DrillAnswerTextSchema, type SaveDrillAnswerInput } from "@/lib/drills/drill-schema";
import type { ObjectAction } from "@/lib/errors";

/** saveDrillAnswerAction, handed down by the drill page. */
export type SaveDrillAnswer = ObjectAction<SaveDrillAnswerInput, DrillAnswerView>;

// Drill answers are kept like the draft (docs/decisions/003-autosave-and-concurrency.md):
// saved after a pause and on blur, mirrored to localStorage until the server confirms,
// and sent with a keepalive request when the page is left (issue 8: an answer typed and
// left without pressing "Save answer" used to vanish).

export type DrillSaveStatus =
  | { kind: "idle" }
  | { kind: "saved"; at: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "retrying"; message: string }
  | { kind: "invalid"; message: string }
  | { kind: "empty" }
  | { kind: "kept"; message: string };

type LocalCopy = {
  answer: string;
  /** updatedAt of the saved answer this edit started from (null: none saved yet). */
  baseUpdatedAt: string | null;
  /** Set when a save sent on leaving was confirmed after the page had gone. */
  confirmedAt?: string;
};

export const drillStorageKey = (draftId: string, promptId: string) => `gameday:drill:${draftId}:${promptId}`;

function readLocal(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalCopy>;
    if (typeof parsed.answer !== "string") return null;
    return {
      answer: parsed.answer,
      baseUpdatedAt: typeof parsed.baseUpdatedAt === "string" ? parsed.baseUpdatedAt : null,
      confirmedAt: typeof parsed.confirmedAt === "string" ? parsed.confirmedAt : undefined,
    };
  } catch {
    return null;
  }
}

function writeLocal(key: string, copy: LocalCopy | null) {
  try {
    if (copy) window.localStorage.setItem(key, JSON.stringify(copy));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the open page and the server still hold the text.
  }
}

/** The answer as the server would store it (NUL dropped, trimmed). */
const normalise = (text: string) => text.replaceAll("\u0000", "").trim();

const PAUSE_MS = 1200;
const MAX_RETRY_MS = 30_000;

export function useDrillAutosave(draftId: string, promptId: string, saved: DrillAnswerView | null, saveAnswer: SaveDrillAnswer) {
  const key = drillStorageKey(draftId, promptId);
  const [text, setTextState] = useState(saved?.answer ?? "");
  const [latest, setLatest] = useState<DrillAnswerView | null>(saved);
  const [status, setStatus] = useState<DrillSaveStatus>(saved ? { kind: "saved", at: null } : { kind: "idle" });

  const textRef = useRef(text);
  const savedRef = useRef<{ answer: string | null; updatedAt: string | null }>({
    answer: saved?.answer ?? null,
    updatedAt: saved?.updatedAt ?? null,
  });
  const inFlight = useRef(false);
  const again = useRef(false); // the text changed while a save was in flight
  const held = useRef(false); // a kept copy waits for the candidate (saved elsewhere since)
  const pauseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(2000);
  const saveLater = useRef<() => Promise<void>>(async () => {});

  const confirm = useCallback(
    (answer: DrillAnswerView) => {
      savedRef.current = { answer: answer.answer, updatedAt: answer.updatedAt };
      setLatest(answer);
      retryDelay.current = 2000;
      if (normalise(textRef.current) === answer.answer) {
        writeLocal(key, null);
        setStatus({ kind: "saved", at: answer.updatedAt });
        return true;
      }
      return false;
    },
    [key],
  );

  const saveNow = useCallback(
    async (options: { explicit?: boolean } = {}): Promise<void> => {
      clearTimeout(pauseTimer.current);
      clearTimeout(retryTimer.current);
      if (held.current && !options.explicit) return;
      if (inFlight.current) {
        again.current = true;
        return;
      }
      const current = textRef.current;
      if (normalise(current) === savedRef.current.answer) {
        held.current = false;
        writeLocal(key, null);
        setStatus({ kind: "saved", at: savedRef.current.updatedAt });
        return;
      }
      const parsed = DrillAnswerTextSchema.safeParse(current);
      if (!parsed.success) {
        if (normalise(current) === "" && !options.explicit) {
          // Nothing to keep: an empty box is not an answer, and a saved one stays as it was.
          writeLocal(key, null);
          setStatus(savedRef.current.answer === null ? { kind: "idle" } : { kind: "empty" });
        } else {
          setStatus({ kind: "invalid", message: parsed.error.issues[0]?.message ?? "Check the answer." });
        }
        return;
      }
      held.current = false;
      inFlight.current = true;
      setStatus({ kind: "saving" });
      try {
        const result = await saveAnswer({ draftId, promptId, answer: parsed.data });
        inFlight.current = false;
        if (result.ok) {
          if (!confirm(result.data) || again.current) {
            again.current = false;
            setStatus({ kind: "pending" });
            pauseTimer.current = setTimeout(() => void saveLater.current(), PAUSE_MS);
          }
        } else if (result.code !== "unavailable") {
          setStatus({ kind: "invalid", message: result.message });
        } else {
          setStatus({ kind: "retrying", message: result.message });
          retryTimer.current = setTimeout(() => void saveLater.current(), retryDelay.current);
          retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
        }
      } catch {
        inFlight.current = false;
        if (typeof navigator !== "undefined" && navigator.onLine === false) {
          setStatus({ kind: "offline" });
        } else {
          setStatus({ kind: "retrying", message: "Couldn't reach the server." });
          retryTimer.current = setTimeout(() => void saveLater.current(), retryDelay.current);
          retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
        }
      }
    },
    [confirm, draftId, key, promptId, saveAnswer],
  );
  useEffect(() => {
    saveLater.current = saveNow;
  }, [saveNow]);

  const setText = useCallback(
    (value: string) => {
      textRef.current = value;
      setTextState(value);
      const unsaved = normalise(value) !== savedRef.current.answer && normalise(value) !== "";
      writeLocal(key, unsaved ? { answer: value, baseUpdatedAt: savedRef.current.updatedAt } : null);
      if (inFlight.current) again.current = true;
      if (held.current) return;
      setStatus((prev) => (prev.kind === "offline" || prev.kind === "retrying" ? prev : { kind: "pending" }));
      clearTimeout(pauseTimer.current);
      pauseTimer.current = setTimeout(() => void saveLater.current(), PAUSE_MS);
    },
    [key],
  );

  // Leaving the page (closing it, switching away on a phone, or navigating inside the
  // app): a pending answer goes out in a keepalive request, which outlives the page.
  const flushOnLeave = useCallback(
    (mounted: boolean) => {
      clearTimeout(pauseTimer.current);
      const parsed = DrillAnswerTextSchema.safeParse(textRef.current);
      if (held.current || !parsed.success || parsed.data === savedRef.current.answer) return;
      const sent = parsed.data;
      fetch("/api/drill-answers", {
        method: "POST",
        keepalive: true,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ draftId, promptId, answer: sent }),
      })
        .then(async (response) => {
          if (!response.ok) return;
          const body = (await response.json()) as { ok: boolean; answer?: DrillAnswerView };
          if (!body.ok || !body.answer) return;
          if (mounted) {
            confirm(body.answer);
            return;
          }
          // The page is gone. Keep the copy but note that the server has it: coming back
          // through the browser's history can show a page rendered before this save.
          const local = readLocal(key);
          if (local && normalise(local.answer) === body.answer.answer) writeLocal(key, { ...local, confirmedAt: body.answer.updatedAt });
        })
        .catch(() => {
          // Offline or closed: the copy in localStorage is sent on the next visit.
        });
    },
    [confirm, draftId, key, promptId],
  );

  useEffect(() => {
    const onPageHide = () => flushOnLeave(false);
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flushOnLeave(true);
    };
    const onOnline = () => void saveLater.current();
    window.addEventListener("pagehide", onPageHide);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("online", onOnline);
      clearTimeout(retryTimer.current);
      flushOnLeave(false);
    };
  }, [flushOnLeave]);

  // On open: an answer kept on this device from an earlier visit comes back.
  useEffect(() => {
    const local = readLocal(key);
    if (!local) return;
    const server = savedRef.current;
    if (normalise(local.answer) === server.answer) {
      writeLocal(key, null);
      return;
    }
    if (local.confirmedAt && server.updatedAt && server.updatedAt > local.confirmedAt) {
      // The server took this copy and was changed again elsewhere since: its answer is the newer one.
      writeLocal(key, null);
      return;
    }
    textRef.current = local.answer;
    setTextState(local.answer);
    if (local.confirmedAt || local.baseUpdatedAt === server.updatedAt) {
      void saveLater.current();
    } else {
      held.current = true;
      setStatus({
        kind: "kept",
        message: "Restored an answer this device never saved. The saved answer changed elsewhere since: press Save answer to keep this one.",
      });
    }
    // Once per question, on mount (restoring browser-only state after hydration).
  }, [key]);

  useEffect(() => () => clearTimeout(pauseTimer.current), []);

  const dirty = normalise(text) !== (latest?.answer ?? "");
  return { text, setText, status, latest, dirty, save: saveNow };
}
