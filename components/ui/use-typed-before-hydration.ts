"use client";

import { useCallback, useEffect, useRef } from "react";

import { takeTyped } from "@/components/ui/typed-before-hydration";

type TextField = HTMLTextAreaElement | HTMLInputElement;

/**
 * A page rendered on the server shows its text boxes before React takes them over. A
 * person who starts typing in that moment (a slow phone, a fast typist right after a
 * redirect) changes the box, but React fires no change event for it, and it puts a
 * non-empty textarea's server text back: the words either vanish or show on screen
 * while the state, and so every save, holds the old text.
 *
 * This hook looks once, when the component mounts, at what was typed into its element
 * (noted by `watchTyping`, or else the element's own value) and hands it to `onChange`
 * as if it had been typed after. A box rendered in the browser has nothing noted and
 * matches its state at mount, so there it does nothing.
 *
 * Returns a ref callback for the box; `also` is called with the element too, for callers
 * that keep their own reference.
 */
export function useTypedBeforeHydration<T extends TextField>(
  value: string,
  onChange: (typed: string) => void,
  also?: (el: T | null) => void,
): (el: T | null) => void {
  const element = useRef<T | null>(null);
  // The state and handler of the first render: the ones the server's HTML was made from.
  const first = useRef({ value, onChange });
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const typed = takeTyped(el) ?? el.value;
    if (typed !== first.current.value) first.current.onChange(typed);
  }, []);
  const alsoRef = useRef(also);
  useEffect(() => {
    alsoRef.current = also;
  });
  return useCallback((el: T | null) => {
    element.current = el;
    alsoRef.current?.(el);
  }, []);
}
