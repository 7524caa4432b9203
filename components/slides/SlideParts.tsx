import { Children, isValidElement } from "react";
import type { ReactNode } from "react";
import { DeckSlide } from "./DeckSlide";
import { SpeakerNotes } from "./SpeakerNotes";

/**
 * Separates a slide's `<Notes>` from its content. The remark plugin puts
 * every note at the top level of its slide, where this finds it. Runs on
 * the server, where the children are still elements with their component.
 */
function splitNotes(children: ReactNode): { content: ReactNode[]; notes: ReactNode[] } {
  const content: ReactNode[] = [];
  const notes: ReactNode[] = [];
  for (const child of Children.toArray(children)) {
    if (isValidElement(child) && child.type === SpeakerNotes) notes.push(child);
    else content.push(child);
  }
  return { content, notes };
}

/**
 * Renders a slide for the audience stage and the presenter's slide panes:
 * the content inside the 16:9 frame and the notes beside it, which only a
 * printout with notes shows.
 */
export function FramedSlide({ index, children }: { index: number; children?: ReactNode }) {
  const { content, notes } = splitNotes(children);
  return (
    <DeckSlide index={index} notes={notes}>
      {content}
    </DeckSlide>
  );
}

/** Renders a slide for the presenter's notes pane: its notes only, so the pane's HTML does not repeat the content. */
export function NotesOnlySlide({ index, children }: { index: number; children?: ReactNode }) {
  return <DeckSlide index={index} notes={splitNotes(children).notes} />;
}
