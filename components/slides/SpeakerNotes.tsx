import type { ReactNode } from "react";

/**
 * Renders a slide's `<Notes>` in a deck window. Deck styles hide the notes on
 * screen, and show them in the presenter's notes pane and in a printout
 * with notes.
 */
export function SpeakerNotes({ children }: { children?: ReactNode }) {
  return <aside className="deck-notes">{children}</aside>;
}
