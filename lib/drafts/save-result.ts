import type { FieldErrors } from "@/lib/drafts/draft-schema";

// What a save answers, shared by the save route, the editor and the tests.

/** A draft as stored, sent back to the editor when its save lost a race. */
export type SavedSnapshot = {
  title: string;
  situation: string;
  task: string;
  actions: string;
  results: string;
  version: number;
  updatedAt: string;
};

export type SaveDraftState =
  | { ok: true; version: number; savedAt: string; score: number | null }
  | { ok: false; kind: "invalid"; message: string; errors: FieldErrors }
  | { ok: false; kind: "conflict"; message: string; current: SavedSnapshot }
  | { ok: false; kind: "not_found" | "error"; message: string };
