/**
 * Deck navigation as plain functions: the slide number in the URL and the
 * keys a presenter presses. The deck components apply the results.
 */

/**
 * Returns the 0-based slide index that a URL hash such as `#/3` (1-based,
 * as reveal.js writes it) points to, clamped to the deck, or null for a
 * hash in another form (an empty hash, or a link to an element id).
 *
 * @example
 * slideFromHash("#/3", 10); // 2
 */
export function slideFromHash(hash: string, slideCount: number): number | null {
  const match = /^#\/(\d+)$/.exec(hash);
  if (!match) return null;
  return clampSlide(Number(match[1]) - 1, slideCount);
}

/** Formats the URL hash for a 0-based slide index: `#/1` for the first slide. */
export function hashForSlide(index: number): string {
  return `#/${index + 1}`;
}

/** Keeps an index inside `[0, slideCount - 1]`; an empty deck stays at 0. */
export function clampSlide(index: number, slideCount: number): number {
  if (!Number.isFinite(index) || slideCount <= 0) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), slideCount - 1);
}

export type DeckCommand = "next" | "previous" | "up" | "down" | "first" | "last" | "overview" | "fullscreen" | "presenter" | "escape";

/**
 * The kind of element that had focus when a key was pressed:
 * - `text`: a text field, select or editable element, which needs every key;
 * - `choice`: a radio button or checkbox, which uses arrows and Space;
 * - `button`: a button, link or summary, which uses Space and Enter;
 * - `other`: anything else.
 */
export type KeyTarget = "text" | "choice" | "button" | "other";

export interface DeckKey {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  target: KeyTarget;
}

const KEY_COMMANDS: Record<string, DeckCommand> = {
  ArrowRight: "next",
  ArrowLeft: "previous",
  ArrowDown: "down",
  ArrowUp: "up",
  PageDown: "next",
  PageUp: "previous",
  Home: "first",
  End: "last",
  o: "overview",
  f: "fullscreen",
  p: "presenter",
  Escape: "escape",
};

/** Keys that presentation clickers send; they work even on a focused radio button. */
const CLICKER_KEYS = new Set(["PageDown", "PageUp"]);

/**
 * Maps a key press to a deck command, or returns null when the key belongs
 * to the focused control or to the browser (any Ctrl, Alt or Meta chord).
 * Space goes forward and Shift+Space back, as in reveal.js and Slidev.
 *
 * @example
 * deckCommandForKey({ key: "PageDown", target: "choice" }); // "next"
 * deckCommandForKey({ key: "ArrowRight", target: "choice" }); // null
 */
export function deckCommandForKey(event: DeckKey): DeckCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.target === "text") return null;
  if (event.target === "choice" && !CLICKER_KEYS.has(event.key)) return null;

  if (event.key === " ") {
    if (event.target === "button") return null;
    return event.shiftKey ? "previous" : "next";
  }

  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return Object.hasOwn(KEY_COMMANDS, key) ? KEY_COMMANDS[key] : null;
}

/** Shortest horizontal drag, in CSS pixels, that counts as a swipe rather than a tap. */
export const SWIPE_MIN_PX = 50;

/**
 * Reads a touch drag as a slide change: a mostly horizontal drag of at
 * least `SWIPE_MIN_PX` to the left goes forward, to the right goes back.
 * Anything else (a tap, a vertical scroll) returns null.
 */
export function swipeCommand(dx: number, dy: number): "next" | "previous" | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? "next" : "previous";
}
