"use client";

import { useEffect, useState } from "react";

/** How long the deck's controls stay visible after the mouse last moved. */
const IDLE_AFTER_MS = 2500;

/**
 * Returns true for `IDLE_AFTER_MS` after the mouse moves or a finger or pen
 * touches the screen, so the deck shows its controls only when wanted.
 */
export function usePointerActivity(): boolean {
  const [active, setActive] = useState(false);

  useEffect(() => {
    let timer: number | undefined;
    const onPointer = (event: PointerEvent) => {
      // A touch screen also sends pointermove while a finger drags; the touch itself counts.
      if (event.type === "pointermove" && event.pointerType !== "mouse") return;
      setActive(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setActive(false), IDLE_AFTER_MS);
    };
    window.addEventListener("pointermove", onPointer);
    window.addEventListener("pointerdown", onPointer);
    return () => {
      window.removeEventListener("pointermove", onPointer);
      window.removeEventListener("pointerdown", onPointer);
      window.clearTimeout(timer);
    };
  }, []);

  return active;
}
