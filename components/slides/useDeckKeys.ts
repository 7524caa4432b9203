"use client";

import { useEffect, useRef } from "react";
import { deckCommandForKey } from "@/lib/slides/navigation";
import type { DeckCommand, KeyTarget } from "@/lib/slides/navigation";

const TEXT_INPUT_TYPES_THAT_ARE_BUTTONS = new Set(["button", "submit", "reset", "image"]);

/** Classifies the focused element, so keys that it needs do not move the slides. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return "other";
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return "text";
  if (target instanceof HTMLInputElement) {
    if (target.type === "radio" || target.type === "checkbox") return "choice";
    return TEXT_INPUT_TYPES_THAT_ARE_BUTTONS.has(target.type) ? "button" : "text";
  }
  if (target.closest("button, a[href], summary, [role='button']")) return "button";
  return "other";
}

/** Calls `onCommand` for each deck key pressed anywhere in the window. */
export function useDeckKeys(onCommand: (command: DeckCommand) => void): void {
  const handlerRef = useRef(onCommand);
  useEffect(() => {
    handlerRef.current = onCommand;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = deckCommandForKey({
        key: event.key,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target: keyTargetOf(event.target),
      });
      if (!command) return;
      event.preventDefault();
      handlerRef.current(command);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** Enters or leaves full screen for the whole page. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) {
    document.exitFullscreen().catch((error: unknown) => console.warn("[slides] leaving full screen failed:", error));
    return;
  }
  document.documentElement.requestFullscreen().catch((error: unknown) => console.warn("[slides] full screen request was rejected:", error));
}
