"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { Locale } from "@/lib/i18n";
import { clampSlide, hashForSlide, slideFromHash } from "@/lib/slides/navigation";
import type { SlideOutlineEntry } from "@/lib/slides/remark-slides.mjs";
import { deckChannelName, parseSyncMessage, reactToMessage } from "@/lib/slides/sync";
import type { DeckRole, SyncMessage } from "@/lib/slides/sync";

export type DeckMode = "slides" | "overview";

export interface LiveRunRequest {
  slide: number;
  example: string;
  pipeline: string;
}

interface DeckContextValue {
  lesson: string;
  role: DeckRole;
  lessonTitle: string;
  /** The slides of the lesson in the current locale. */
  outline: SlideOutlineEntry[];
  /** The lesson's duration in minutes, for the pace indicator. */
  minutes: number;
  current: number;
  mode: DeckMode;
  setMode(mode: DeckMode): void;
  /** Moves to a slide and posts the move to the other windows of this lesson. */
  go(index: number): void;
  /** Posts to the other windows that a live pipeline run started on a slide. */
  announceLiveRun(request: LiveRunRequest): void;
  /** Calls `listener` when another window starts a live run; returns the unsubscribe function. */
  onLiveRun(listener: (request: LiveRunRequest) => void): () => void;
}

const DeckContext = createContext<DeckContextValue | null>(null);

export function useDeck(): DeckContextValue {
  const value = useContext(DeckContext);
  if (!value) throw new Error("useDeck must be used inside <DeckProvider>");
  return value;
}

/** Returns the deck, or null on the reading page, for components that work in both. */
export function useOptionalDeck(): DeckContextValue | null {
  return useContext(DeckContext);
}

interface DeckProviderProps {
  lesson: string;
  role: DeckRole;
  titles: Record<Locale, string>;
  outlines: Record<Locale, SlideOutlineEntry[]>;
  minutes: number;
  children: ReactNode;
}

function newSenderId(): string {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

/**
 * Holds the deck's state for one window: the current slide (mirrored in the
 * URL hash as `#/N`), the overview mode, and the `BroadcastChannel` that
 * keeps this window in step with the other deck windows of the lesson.
 */
export function DeckProvider({ lesson, role, titles, outlines, minutes, children }: DeckProviderProps) {
  const { locale } = useLocale();
  const outline = outlines[locale];
  const slideCount = outline.length;

  const [current, setCurrent] = useState(0);
  const [mode, setMode] = useState<DeckMode>("slides");
  const currentRef = useRef(0);
  const channelRef = useRef<BroadcastChannel | null>(null);
  const senderRef = useRef("");
  const liveRunListeners = useRef(new Set<(request: LiveRunRequest) => void>());

  const post = useCallback((message: SyncMessage) => channelRef.current?.postMessage(message), []);

  const show = useCallback(
    (index: number) => {
      const slide = clampSlide(index, slideCount);
      currentRef.current = slide;
      setCurrent(slide);
      const hash = hashForSlide(slide);
      if (window.location.hash !== hash) window.history.replaceState(window.history.state, "", hash);
      return slide;
    },
    [slideCount],
  );

  const go = useCallback(
    (index: number) => {
      const slide = show(index);
      post({ type: "slide", sender: senderRef.current, role, slide });
    },
    [post, role, show],
  );

  // The hash is read after hydration, since the page is prerendered at slide 1.
  useEffect(() => {
    const slide = show(slideFromHash(window.location.hash, slideCount) ?? 0);

    const channel = new BroadcastChannel(deckChannelName(lesson, locale));
    channelRef.current = channel;
    senderRef.current = newSenderId();
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseSyncMessage(event.data);
      if (!message) return;
      if (message.type === "live_run") {
        for (const listener of liveRunListeners.current) listener(message);
        return;
      }
      const reaction = reactToMessage({ sender: senderRef.current, role, slide: currentRef.current }, message);
      if (reaction.goTo !== null) show(reaction.goTo);
      if (reaction.reply) channel.postMessage(reaction.reply);
    };

    // A presenter leads from the slide it opened on, and an audience window catches up with it.
    if (role === "presenter") channel.postMessage({ type: "slide", sender: senderRef.current, role, slide } satisfies SyncMessage);
    else channel.postMessage({ type: "sync_request", sender: senderRef.current } satisfies SyncMessage);

    // A link to an element id (`#results`) would otherwise replace the slide number in the URL.
    const onHashChange = () => {
      const requested = slideFromHash(window.location.hash, slideCount);
      if (requested === null) window.history.replaceState(window.history.state, "", hashForSlide(currentRef.current));
      else go(requested);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => {
      window.removeEventListener("hashchange", onHashChange);
      channel.close();
      channelRef.current = null;
    };
  }, [go, lesson, locale, role, show, slideCount]);

  const announceLiveRun = useCallback((request: LiveRunRequest) => post({ type: "live_run", sender: senderRef.current, ...request }), [post]);

  const onLiveRun = useCallback((listener: (request: LiveRunRequest) => void) => {
    liveRunListeners.current.add(listener);
    return () => {
      liveRunListeners.current.delete(listener);
    };
  }, []);

  // A summary translation has fewer slides than the full lesson, so clamp the slide index.
  const currentSlide = clampSlide(current, slideCount);
  const value = useMemo<DeckContextValue>(
    () => ({ lesson, role, lessonTitle: titles[locale], outline, minutes, current: currentSlide, mode, setMode, go, announceLiveRun, onLiveRun }),
    [lesson, role, titles, locale, outline, minutes, currentSlide, mode, go, announceLiveRun, onLiveRun],
  );

  return <DeckContext.Provider value={value}>{children}</DeckContext.Provider>;
}

/**
 * The part of a deck window that renders the lesson: the audience stage, or
 * one of the presenter's panes. `next` shows the slide after the current one, and
 * `notes` shows only the current slide's notes.
 */
export type PaneKind = "stage" | "current" | "next" | "notes";

export const PaneContext = createContext<PaneKind>("stage");

export function usePane(): PaneKind {
  return useContext(PaneContext);
}

/** The slide a component sits on, for components that behave differently in a deck. */
export const SlideIndexContext = createContext<number | null>(null);

/** Returns a slide's heading, else the start of its text, else "Slide N". */
export function slideTitle(outline: SlideOutlineEntry[], index: number, t: (key: string, params?: Record<string, string | number>) => string): string {
  return outline[index]?.title || outline[index]?.excerpt || t("slides.untitled", { number: index + 1 });
}
