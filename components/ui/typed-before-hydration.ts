// What a person types into a server-rendered text box before React takes the page over.
//
// React hydrates a <textarea> by setting its value back to the server's text when the box
// started non-empty, and it fires no change event for a box that was typed into before
// hydration: either way the words typed in that moment would never reach the state that
// saves them. `instrumentation-client.ts` calls `watchTyping()` before hydration begins; it
// notes what was typed so far and every later keystroke, per element, where React's
// programmatic reset cannot touch it. A text box reads its element's note once, when it
// mounts (`useTypedBeforeHydration`).

type TextField = HTMLTextAreaElement | HTMLInputElement;

const KEY = Symbol.for("gameday.typedBeforeHydration");
type Holder = { [KEY]?: WeakMap<EventTarget, string> };

function notes(): WeakMap<EventTarget, string> | undefined {
  return (globalThis as Holder)[KEY];
}

const isTextField = (target: EventTarget | null): target is TextField =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && (target.type === "text" || target.type === "search"));

/** Starts noting typed text; safe to call more than once. */
export function watchTyping(): void {
  if (typeof document === "undefined" || notes()) return;
  const typed = new WeakMap<EventTarget, string>();
  (globalThis as Holder)[KEY] = typed;
  // Typed before this script ran: the box no longer holds the text it was served with.
  for (const field of document.querySelectorAll<TextField>("textarea, input")) {
    if (isTextField(field) && field.value !== field.defaultValue) typed.set(field, field.value);
  }
  document.addEventListener("input", (event) => {
    if (isTextField(event.target)) typed.set(event.target, event.target.value);
  }, true);
}

/** The text last typed into this element by the person, if any was noted; forgets it. */
export function takeTyped(field: TextField): string | undefined {
  const typed = notes();
  const value = typed?.get(field);
  typed?.delete(field);
  return value;
}
