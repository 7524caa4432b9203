"use client";

import { useRef } from "react";
import type { ReactNode } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { SlideIndexContext, slideTitle, useDeck, usePane } from "./DeckContext";
import { useFitToFrame } from "./useFitToFrame";

interface DeckSlideProps {
  index: number;
  /** The slide's `<Notes>` elements, separated from the content on the server by `SlideParts`. */
  notes: ReactNode[];
  children?: ReactNode;
}

/**
 * Renders one slide in a deck window, for the `Slide` components of
 * `SlideParts`. Every slide stays mounted, so a quiz answer
 * or a live run survives moving away and back, and printing finds all
 * slides. The pane decides which slide is visible.
 */
export function DeckSlide({ index, notes, children }: DeckSlideProps) {
  const pane = usePane();
  if (pane === "notes") return <NotesOfSlide index={index} notes={notes} />;
  return (
    <SlideFrame index={index} notes={notes}>
      {children}
    </SlideFrame>
  );
}

function SlideFrame({ index, notes, children }: DeckSlideProps) {
  const { t } = useLocale();
  const deck = useDeck();
  const pane = usePane();
  const boxRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  useFitToFrame(boxRef, contentRef);

  const shownIndex = pane === "next" ? deck.current + 1 : deck.current;
  const overview = pane === "stage" && deck.mode === "overview";
  const isShown = overview || index === shownIndex;
  // The next-slide preview and overview tiles are pictures; only the slide on stage takes input.
  const interactive = index === shownIndex && !overview && pane !== "next";
  const total = deck.outline.length;
  const title = slideTitle(deck.outline, index, t);
  // A lesson usually opens without a heading, so its first slide gets the lesson's title.
  const showLessonTitle = index === 0 && deck.outline[0]?.title === "";

  return (
    <div className="deck-slot" data-shown={isShown} data-current={index === deck.current} data-index={index}>
      <section
        className="deck-slide"
        aria-roledescription={t("slides.roleDescription")}
        aria-label={t("slides.slideLabel", { number: index + 1, total })}
        aria-hidden={isShown ? undefined : true}
        inert={!interactive}
        data-testid={pane === "stage" ? "deck-slide" : `${pane}-slide`}
      >
        <div ref={boxRef} className="deck-fit">
          <div ref={contentRef} className="deck-content prose prose-xl prose-slate">
            {showLessonTitle && <h1 className="deck-lesson-title">{deck.lessonTitle}</h1>}
            <SlideIndexContext.Provider value={index}>{children}</SlideIndexContext.Provider>
          </div>
        </div>
      </section>
      {notes.length > 0 && <div className="deck-print-notes">{notes}</div>}
      {overview && (
        <button
          type="button"
          className="deck-tile-button"
          aria-label={t("slides.goTo", { number: index + 1, title })}
          aria-current={index === deck.current ? "true" : undefined}
          data-index={index}
          onClick={() => {
            deck.go(index);
            deck.setMode("slides");
          }}
        >
          <span className="deck-tile-number">{index + 1}</span>
        </button>
      )}
    </div>
  );
}

/** Shows the current slide's notes in the presenter's notes pane. */
function NotesOfSlide({ index, notes }: { index: number; notes: ReactNode[] }) {
  const { t } = useLocale();
  const deck = useDeck();
  if (index !== deck.current) return null;

  return (
    <div className="deck-notes-pane" data-testid="presenter-notes-content">
      {notes.length > 0 ? notes : <p className="text-slate-300">{t("slides.noNotes")}</p>}
    </div>
  );
}
