"use client";

import { useEffect, useRef, useState } from "react";

import type { ScoreRequest } from "@/components/editor/score.worker";
import { SECTION_KEYS, type DraftScore, type Sections } from "@/lib/rubric/types";

type Scored = { score: DraftScore; sections: Sections };

/**
 * The live score of the text being typed. The first score comes from the server with the
 * page; after that the engine runs in a Web Worker, one request at a time and always on the
 * newest text, so a huge paste or a slow device never blocks typing (issue #8, point 0).
 * The engine is not part of the page's own JavaScript (issue #7's first-load budget), and the
 * worker that holds it starts only when the person starts to edit (issue #10's first-load
 * budget): where workers are unavailable it is loaded on demand and scores in idle time. The sections
 * returned are the ones the score was computed on, so evidence offsets always point into
 * the right text.
 */
export function useLiveScore(sections: Sections, profile: string, initial: Scored): Scored & { pending: boolean } {
  const [scored, setScored] = useState<Scored>(initial);
  // Posts a request to the worker; null while there is no working worker.
  const send = useRef<((request: ScoreRequest) => void) | null>(null);
  const busy = useRef(false);
  const next = useRef<ScoreRequest | null>(null);
  const sequence = useRef(0);
  const sent = useRef(new Map<number, Sections>());

  // Starts the worker once: on the first sign the person is about to edit (a focus, a pointer
  // press or a key anywhere on the page) or on the first text that needs scoring, whichever comes
  // first. Reading a draft never downloads the engine; by the time a keystroke needs a score,
  // the worker is usually up.
  const start = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (typeof Worker === "undefined") return;
    let instance: Worker | null = null;
    let stopped = false;
    const boot = () => {
      if (instance || stopped) return;
      detach();
      let worker: Worker;
      try {
        worker = new Worker(new URL("./score.worker.ts", import.meta.url));
      } catch {
        stopped = true;
        return;
      }
      instance = worker;
      const post = (request: ScoreRequest) => {
        busy.current = true;
        sent.current.set(request.id, request.sections);
        worker.postMessage(request);
      };
      worker.onmessage = (event: MessageEvent<{ id: number; score: DraftScore }>) => {
        const scoredSections = sent.current.get(event.data.id);
        sent.current.delete(event.data.id);
        busy.current = false;
        if (scoredSections) setScored({ score: event.data.score, sections: scoredSections });
        const queued = next.current;
        next.current = null;
        if (queued) post(queued);
      };
      worker.onerror = () => {
        // A worker that cannot run: score on the main thread from now on.
        worker.terminate();
        stopped = true;
        send.current = null;
        busy.current = false;
      };
      send.current = post;
    };
    const events = ["focusin", "pointerdown", "keydown"] as const;
    const detach = () => events.forEach((type) => document.removeEventListener(type, boot, true));
    events.forEach((type) => document.addEventListener(type, boot, { capture: true, passive: true }));
    start.current = boot;
    return () => {
      detach();
      stopped = true;
      instance?.terminate();
      start.current = null;
      send.current = null;
      busy.current = false;
      next.current = null;
    };
  }, []);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      // nothing to do while the text is still the one the server scored
      if (SECTION_KEYS.every((k) => sections[k] === initial.sections[k])) return;
    }
    const request: ScoreRequest = { id: ++sequence.current, sections, profile };
    start.current?.();
    if (send.current) {
      if (busy.current) next.current = request;
      else send.current(request);
      return;
    }
    // No worker: score when the browser is idle, newest text only.
    const run = () => {
      if (request.id !== sequence.current) return;
      void import("@/lib/rubric/engine").then(({ scoreDraft }) => {
        if (request.id === sequence.current) setScored({ score: scoreDraft(sections, { profile }), sections });
      });
    };
    if (typeof requestIdleCallback === "function") {
      const handle = requestIdleCallback(run, { timeout: 500 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(run, 50);
    return () => clearTimeout(handle);
  // `initial` is the server's score of the text the page was rendered with; it never changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sections, profile]);

  // The score shown is of older text while the worker loads or works: say so rather than let a
  // stale "0 words" or a missing probe pass for the answer's current state. Only once it has been
  // stale for a moment: a warm worker answers within a keystroke, and a flag that blinks on every
  // key would be noise.
  const stale = SECTION_KEYS.some((k) => scored.sections[k] !== sections[k]);
  // The score that has lagged for PENDING_AFTER_MS; a newer score clears it at once.
  const [lagging, setLagging] = useState<Scored | null>(null);
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => setLagging(scored), PENDING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [stale, scored]);
  return { ...scored, pending: stale && lagging === scored };
}

/** How long the score may lag the text before the editor says it is updating. */
const PENDING_AFTER_MS = 300;
