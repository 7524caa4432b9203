"use client";

import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { hashForSlide, swipeCommand } from "@/lib/slides/navigation";
import type { DeckCommand } from "@/lib/slides/navigation";
import { slideTitle, useDeck } from "./DeckContext";
import { toggleFullscreen, useDeckKeys } from "./useDeckKeys";
import { usePointerActivity } from "./usePointerActivity";
import { usePaneScale } from "./usePaneScale";
import "./deck.css";

/** Opens the presenter view in its own window, or focuses it if this lesson's is already open. */
export function openPresenterWindow(lesson: string, slide: number): void {
  window.open(`/lessons/${lesson}/slides/presenter${hashForSlide(slide)}`, `deploy-lab-presenter-${lesson}`);
}

/**
 * Renders the audience's deck: one slide at a time, zoomed to fill the window, a
 * progress bar and a toolbar. `o` switches to the overview grid, where a
 * click or Enter on a tile opens that slide.
 */
export function Deck({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  const deck = useDeck();
  const paneRef = useRef<HTMLDivElement>(null);
  const [printNotes, setPrintNotes] = useState(false);
  // Set after the first commit, when the key handlers are attached; tests and tools wait for it.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const pointerActive = usePointerActivity();
  usePaneScale(paneRef);

  const total = deck.outline.length;
  const overview = deck.mode === "overview";

  useDeckKeys((command) => runCommand(command));
  const swipeStart = useRef<{ x: number; y: number } | null>(null);

  function runCommand(command: DeckCommand) {
    const columns = Number(paneRef.current?.dataset.columns ?? 1);
    switch (command) {
      case "next":
        return deck.go(deck.current + 1);
      case "previous":
        return deck.go(deck.current - 1);
      case "down":
        return deck.go(deck.current + (overview ? columns : 1));
      case "up":
        return deck.go(deck.current - (overview ? columns : 1));
      case "first":
        return deck.go(0);
      case "last":
        return deck.go(total - 1);
      case "overview":
        return deck.setMode(overview ? "slides" : "overview");
      case "escape":
        return deck.setMode("slides");
      case "fullscreen":
        return toggleFullscreen();
      case "presenter":
        return openPresenterWindow(deck.lesson, deck.current);
    }
  }

  // In the overview, keyboard focus follows the selected tile, so Enter opens it.
  useEffect(() => {
    if (!overview) return;
    const tile = paneRef.current?.querySelector<HTMLElement>(`[lang]:not([hidden]) .deck-tile-button[data-index="${deck.current}"]`);
    tile?.focus();
    tile?.scrollIntoView({ block: "nearest" });
  }, [overview, deck.current]);

  return (
    <div className="deck" data-mode={deck.mode} data-print-notes={printNotes} data-pointer-active={pointerActive} data-ready={ready} data-testid="deck">
      <div
        ref={paneRef}
        className="deck-pane"
        data-pane="stage"
        data-testid="deck-stage"
        // Touch and pen swipes move the slides; a mouse drag selects text as usual.
        onPointerDown={(event) => {
          swipeStart.current = event.pointerType === "mouse" || overview ? null : { x: event.clientX, y: event.clientY };
        }}
        onPointerUp={(event) => {
          const start = swipeStart.current;
          swipeStart.current = null;
          if (!start) return;
          const command = swipeCommand(event.clientX - start.x, event.clientY - start.y);
          if (command) runCommand(command);
        }}
      >
        {children}
      </div>
      {total === 0 && <p className="deck-empty">{t("slides.empty")}</p>}

      <div
        className="deck-progress"
        role="progressbar"
        aria-label={t("slides.progress")}
        aria-valuemin={1}
        aria-valuemax={Math.max(1, total)}
        aria-valuenow={deck.current + 1}
      >
        <div style={{ width: total > 0 ? `${((deck.current + 1) / total) * 100}%` : 0 }} />
      </div>

      <DeckToolbar printNotes={printNotes} onPrintNotesChange={setPrintNotes} />

      <p className="sr-only" aria-live="polite" data-testid="deck-announcer">
        {total > 0 && t("slides.announce", { number: deck.current + 1, total, title: slideTitle(deck.outline, deck.current, t) })}
      </p>
    </div>
  );
}

interface DeckToolbarProps {
  printNotes: boolean;
  onPrintNotesChange(printNotes: boolean): void;
}

function DeckToolbar({ printNotes, onPrintNotesChange }: DeckToolbarProps) {
  const { t } = useLocale();
  const deck = useDeck();
  const total = deck.outline.length;
  const overview = deck.mode === "overview";
  const buttonClass = "rounded px-2 py-1 hover:bg-white/20 disabled:opacity-40";

  return (
    <nav className="deck-toolbar" aria-label={t("slides.toolbar")}>
      <a href={`/lessons/${deck.lesson}`} className={buttonClass}>
        ← {t("slides.exit")}
      </a>
      <button type="button" className={buttonClass} onClick={() => deck.go(deck.current - 1)} disabled={deck.current === 0} aria-label={t("slides.previous")}>
        ‹
      </button>
      <span data-testid="deck-counter" className="tabular-nums">
        {t("slides.counter", { number: Math.min(deck.current + 1, Math.max(total, 1)), total })}
      </span>
      <button type="button" className={buttonClass} onClick={() => deck.go(deck.current + 1)} disabled={deck.current >= total - 1} aria-label={t("slides.next")}>
        ›
      </button>
      <button type="button" className={buttonClass} aria-pressed={overview} onClick={() => deck.setMode(overview ? "slides" : "overview")}>
        {t("slides.overview")}
      </button>
      <button type="button" className={buttonClass} onClick={toggleFullscreen}>
        {t("slides.fullscreen")}
      </button>
      <button type="button" className={buttonClass} onClick={() => openPresenterWindow(deck.lesson, deck.current)}>
        {t("slides.presenter")}
      </button>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={printNotes} onChange={(event) => onPrintNotesChange(event.target.checked)} />
        {t("slides.printWithNotes")}
      </label>
      <button type="button" className={buttonClass} onClick={() => window.print()}>
        {t("slides.print")}
      </button>
    </nav>
  );
}
