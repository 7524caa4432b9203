"use client";

import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { hashForSlide } from "@/lib/slides/navigation";
import type { DeckCommand } from "@/lib/slides/navigation";
import { PaneContext, slideTitle, useDeck } from "./DeckContext";
import type { PaneKind } from "./DeckContext";
import { toggleFullscreen, useDeckKeys } from "./useDeckKeys";
import { PresenterTimer } from "./PresenterTimer";
import { usePaneScale } from "./usePaneScale";
import "./deck.css";

interface PresenterViewProps {
  /** The lesson rendered for the current-slide pane. */
  current: ReactNode;
  /** The lesson rendered again for the next-slide preview. */
  next: ReactNode;
  /** The lesson's notes only. */
  notes: ReactNode;
}

/** Opens the audience deck in its own window, or focuses it if this lesson's is already open. */
function openAudienceWindow(lesson: string, slide: number): void {
  window.open(`/lessons/${lesson}/slides${hashForSlide(slide)}`, `deploy-lab-audience-${lesson}`);
}

/**
 * Renders the presenter's screen: the current slide, the next one, the notes, a
 * stopwatch and the pace against the lesson's duration. Every move here
 * moves the audience windows too.
 */
export function PresenterView({ current, next, notes }: PresenterViewProps) {
  const { t } = useLocale();
  const deck = useDeck();
  const total = deck.outline.length;

  useDeckKeys((command: DeckCommand) => {
    if (command === "next" || command === "down") deck.go(deck.current + 1);
    else if (command === "previous" || command === "up") deck.go(deck.current - 1);
    else if (command === "first") deck.go(0);
    else if (command === "last") deck.go(total - 1);
    else if (command === "fullscreen") toggleFullscreen();
  });

  // Set after the first commit, when the key handlers are attached; tests and tools wait for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  return (
    <div className="deck deck-presenter" data-ready={ready} data-testid="presenter">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-700 px-4 py-2 text-sm">
        <a href={`/lessons/${deck.lesson}`} className="text-slate-300 hover:underline">
          ← {t("slides.exit")}
        </a>
        <h1 className="min-w-0 flex-1 truncate font-semibold">{deck.lessonTitle}</h1>
        <span data-testid="presenter-counter" className="tabular-nums">
          {t("slides.counter", { number: deck.current + 1, total })}
        </span>
        <button type="button" className="rounded bg-slate-700 px-3 py-1 hover:bg-slate-600" onClick={() => openAudienceWindow(deck.lesson, deck.current)}>
          {t("slides.openAudience")}
        </button>
      </header>

      {total === 0 && <p className="p-8 text-center text-lg">{t("slides.empty")}</p>}
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-4 p-4" hidden={total === 0}>
        <section aria-label={t("slides.currentSlide")} className="flex min-h-0 flex-col">
          <PresenterPane kind="current">{current}</PresenterPane>
          <PresenterTimer />
        </section>

        <div className="flex min-h-0 flex-col gap-4">
          <section aria-label={t("slides.nextSlide")} className="flex h-2/5 min-h-0 flex-col">
            <h2 className="mb-1 text-xs uppercase tracking-wide text-slate-400">{t("slides.nextSlide")}</h2>
            {deck.current + 1 < total ? (
              <PresenterPane kind="next">{next}</PresenterPane>
            ) : (
              <p className="flex flex-1 items-center justify-center rounded bg-slate-800 text-slate-400" data-testid="end-of-deck">
                {t("slides.endOfDeck")}
              </p>
            )}
          </section>
          <section aria-label={t("slides.notes")} className="flex min-h-0 flex-1 flex-col">
            <h2 className="mb-1 text-xs uppercase tracking-wide text-slate-400">{t("slides.notes")}</h2>
            <PaneContext.Provider value="notes">
              <div className="min-h-0 flex-1 overflow-auto rounded bg-slate-800 p-4 text-xl leading-relaxed" data-testid="presenter-notes">
                {notes}
              </div>
            </PaneContext.Provider>
          </section>
        </div>
      </div>

      <footer className="flex items-center gap-3 border-t border-slate-700 px-4 py-2 text-sm">
        <button type="button" className="rounded bg-slate-700 px-3 py-1 hover:bg-slate-600 disabled:opacity-40" onClick={() => deck.go(deck.current - 1)} disabled={deck.current === 0}>
          ‹ {t("slides.previous")}
        </button>
        <button type="button" className="rounded bg-brand-600 px-3 py-1 hover:bg-brand-700 disabled:opacity-40" onClick={() => deck.go(deck.current + 1)} disabled={deck.current >= total - 1}>
          {t("slides.next")} ›
        </button>
        <label className="ml-auto flex items-center gap-2">
          {t("slides.jumpTo")}
          <select className="max-w-xs rounded bg-slate-700 px-2 py-1" value={deck.current} onChange={(event) => deck.go(Number(event.target.value))}>
            {deck.outline.map((_, index) => (
              <option key={index} value={index}>
                {index + 1}. {slideTitle(deck.outline, index, t)}
              </option>
            ))}
          </select>
        </label>
      </footer>
    </div>
  );
}

function PresenterPane({ kind, children }: { kind: PaneKind; children: ReactNode }) {
  const paneRef = useRef<HTMLDivElement>(null);
  usePaneScale(paneRef);
  return (
    <PaneContext.Provider value={kind}>
      <div ref={paneRef} className="deck-pane min-h-0 flex-1 rounded bg-slate-800" data-pane={kind} data-testid={`presenter-${kind}`}>
        {children}
      </div>
    </PaneContext.Provider>
  );
}
