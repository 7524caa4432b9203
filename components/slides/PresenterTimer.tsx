"use client";

import { useEffect, useMemo, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { paceAt, planSlides, plannedSlideAt } from "@/lib/slides/pace";
import { elapsedMs, formatClock, parseTimer, pauseTimer, resumeTimer, startedTimer } from "@/lib/slides/timer";
import type { TimerState } from "@/lib/slides/timer";
import { useDeck } from "./DeckContext";

/** Re-renders every `intervalMs` and returns `Date.now()`, or null before hydration so the prerendered HTML has no time in it. */
function useNow(intervalMs: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Keeps the stopwatch in `sessionStorage`, so reloading the presenter window does not reset it. */
function useStoredTimer(lesson: string): [TimerState | null, (timer: TimerState) => void] {
  const key = `deploy-lab.slides.timer.${lesson}`;
  const [timer, setTimer] = useState<TimerState | null>(null);

  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.sessionStorage.getItem(key);
    } catch {
      // Storage can be blocked; the stopwatch then starts over on reload.
    }
    setTimer(parseTimer(stored) ?? startedTimer(Date.now()));
  }, [key]);

  const save = (next: TimerState) => {
    setTimer(next);
    try {
      window.sessionStorage.setItem(key, JSON.stringify(next));
    } catch {
      // The stopwatch still runs, and only a reload starts it over.
    }
  };
  return [timer, save];
}

/**
 * Shows the stopwatch with pause and restart, the pace against the lesson's
 * duration, and the slide the plan expects now.
 */
export function PresenterTimer() {
  const { t } = useLocale();
  const deck = useDeck();
  const now = useNow(1000);
  const [timer, saveTimer] = useStoredTimer(deck.lesson);
  const plan = useMemo(() => planSlides(deck.outline, deck.minutes * 60_000), [deck.outline, deck.minutes]);

  if (timer === null || now === null) return <div className="h-16" />;

  const elapsed = elapsedMs(timer, now);
  const pace = paceAt(plan, deck.current, elapsed);
  const planned = plannedSlideAt(plan, elapsed);
  const paused = timer.runningSince === null;
  const paceColors = { ahead: "bg-sky-700", on_time: "bg-emerald-700", behind: "bg-amber-700" } as const;
  const paceText = pace.status === "on_time" ? t("slides.pace.on_time") : t(`slides.pace.${pace.status}`, { time: formatClock(pace.offsetMs) });

  return (
    <div className="mt-3 flex flex-wrap items-center gap-4" data-testid="presenter-timer">
      <p className="text-3xl font-semibold tabular-nums" aria-label={t("slides.elapsed")}>
        <span data-testid="elapsed">{formatClock(elapsed)}</span>
        <span className="ml-2 text-base font-normal text-slate-400">{t("slides.ofDuration", { minutes: deck.minutes })}</span>
      </p>
      <button type="button" className="rounded bg-slate-700 px-3 py-1 hover:bg-slate-600" onClick={() => saveTimer(paused ? resumeTimer(timer, Date.now()) : pauseTimer(timer, Date.now()))}>
        {paused ? t("slides.resume") : t("slides.pause")}
      </button>
      <button type="button" className="rounded bg-slate-700 px-3 py-1 hover:bg-slate-600" onClick={() => saveTimer(paused ? { accumulatedMs: 0, runningSince: null } : startedTimer(Date.now()))}>
        {t("slides.restart")}
      </button>
      <p role="status" data-testid="pace" data-status={pace.status} className={`rounded px-3 py-1 ${paceColors[pace.status]}`}>
        {paceText}
      </p>
      <p className="text-sm text-slate-400" data-testid="planned-slide">
        {t("slides.plannedSlide", { number: planned + 1 })}
      </p>
    </div>
  );
}
