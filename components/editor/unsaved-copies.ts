import { SECTION_KEYS, type DraftContent } from "@/lib/drafts/draft-schema";

// Unsaved text kept in this browser (localStorage), one copy per open editor tab, so a
// save in one tab can never erase another tab's words. Keys name the user, so signing
// out can clear exactly that user's copies (see clearUnsavedCopies).

export type UnsavedCopy = {
  key: string;
  tabId: string;
  content: DraftContent;
  /** The saved version the edits were made on. */
  baseVersion: number;
  keptAt: number;
};

const PREFIX = "gameday:unsaved:v2:";
// Before copies were kept per tab there was one per draft; it is still read, once.
const legacyKey = (draftId: string) => `gameday:unsaved:${draftId}`;
const copyKey = (userKey: string, draftId: string, tabId: string) => `${PREFIX}${userKey}:${draftId}:${tabId}`;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // Disabled storage: the open tab and the server still hold the text.
  }
}

function parseCopy(key: string, tabId: string, raw: string | null): UnsavedCopy | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<UnsavedCopy>;
    const content = parsed.content as Partial<DraftContent> | undefined;
    // Over-limit text is still restored (it is the candidate's), so check the shape only.
    const wellFormed =
      typeof parsed.baseVersion === "number" &&
      !!content &&
      (["title", ...SECTION_KEYS] as const).every((field) => typeof content[field] === "string");
    if (!wellFormed) return null;
    return { key, tabId, content: content as DraftContent, baseVersion: parsed.baseVersion!, keptAt: Number(parsed.keptAt) || 0 };
  } catch {
    return null;
  }
}

/** Keeps this tab's unsaved text, or forgets it (null) once the server has it. */
export function keepCopy(userKey: string, draftId: string, tabId: string, copy: Omit<UnsavedCopy, "key" | "tabId"> | null) {
  const store = storage();
  if (!store) return;
  const key = copyKey(userKey, draftId, tabId);
  try {
    if (copy) store.setItem(key, JSON.stringify(copy));
    else store.removeItem(key);
  } catch {
    // Storage full: the open tab and the server still hold the text.
  }
}

/** Every copy of this draft kept in this browser for this user, newest first. */
export function listCopies(userKey: string, draftId: string): UnsavedCopy[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${userKey}:${draftId}:`;
  const copies: UnsavedCopy[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    const copy = parseCopy(key, key.slice(prefix.length), store.getItem(key));
    if (copy) copies.push(copy);
  }
  const legacy = parseCopy(legacyKey(draftId), "legacy", store.getItem(legacyKey(draftId)));
  if (legacy) copies.push(legacy);
  return copies.sort((a, b) => b.keptAt - a.keptAt);
}

export function dropCopy(key: string) {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the copy stays and is offered again next time.
  }
}

/**
 * Removes every browser copy this user left on this device (sign-out, account deletion):
 * the next person at this browser must not find them. Drill copies are keyed by draft id,
 * which only its owner can open; they go too.
 */
export function forgetUserCopies(userKey: string) {
  const storage = typeof window === "undefined" ? null : window.localStorage;
  if (!storage) return;
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key) continue;
    const legacy = key.startsWith("gameday:unsaved:") && !key.startsWith(PREFIX); // from before accounts: one local user
    if (key.startsWith(`${PREFIX}${userKey}:`) || key.startsWith("gameday:drill:") || legacy) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
}
