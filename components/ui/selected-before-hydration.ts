// Words a person selects in a server-rendered text box before React takes the page over.
//
// React hydrates a <textarea> by setting its value back to the server's text, which drops any
// selection in it, and a `select` event fired before then reached no listener. The review page's
// comment composer anchors a comment to the words selected in a section field, so a coach who
// selected early lost the anchor (typed-before-hydration.ts does the same for typed text).
// `instrumentation-client.ts` calls `watchSelecting()` before hydration begins: it notes the
// focused field's selection at that moment and every later `select`. The composer reads the
// note once, when it mounts (`takeSelected`).

type Selected = { field: HTMLTextAreaElement; start: number; end: number };

const KEY = Symbol.for("gameday.selectedBeforeHydration");
type Holder = { [KEY]?: { last: Selected | null } };

function note(target: EventTarget | null, into: { last: Selected | null }): void {
  if (!(target instanceof HTMLTextAreaElement)) return;
  const { selectionStart: start, selectionEnd: end } = target;
  if (end > start) into.last = { field: target, start, end };
}

/** Starts noting selections; safe to call more than once. */
export function watchSelecting(): void {
  if (typeof document === "undefined" || (globalThis as Holder)[KEY]) return;
  const holder = { last: null as Selected | null };
  (globalThis as Holder)[KEY] = holder;
  // Selected before this script ran: the field still holds it until React hydrates.
  note(document.activeElement, holder);
  document.addEventListener("select", (event) => note(event.target, holder), true);
}

/** The last selection noted, if its field is still in the page; forgets it. */
export function takeSelected(): Selected | undefined {
  const holder = (globalThis as Holder)[KEY];
  const last = holder?.last ?? undefined;
  if (holder) holder.last = null;
  return last && last.field.isConnected ? last : undefined;
}
