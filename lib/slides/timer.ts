/**
 * The presenter's stopwatch as plain data, so it survives a reload through
 * `sessionStorage` and can be tested without a clock.
 */

export interface TimerState {
  /** Time counted before the current run, in milliseconds. */
  accumulatedMs: number;
  /** `Date.now()` when the current run began, or null while paused. */
  runningSince: number | null;
}

export function startedTimer(now: number): TimerState {
  return { accumulatedMs: 0, runningSince: now };
}

export function elapsedMs(timer: TimerState, now: number): number {
  if (timer.runningSince === null) return timer.accumulatedMs;
  // A clock set back while the timer runs must not make time negative.
  return timer.accumulatedMs + Math.max(0, now - timer.runningSince);
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer;
  return { accumulatedMs: elapsedMs(timer, now), runningSince: null };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince !== null) return timer;
  return { ...timer, runningSince: now };
}

/** Reads a stored timer; anything else than a valid one yields null. */
export function parseTimer(text: string | null): TimerState | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<TimerState> | null;
    if (typeof value !== "object" || value === null) return null;
    const { accumulatedMs, runningSince } = value;
    if (typeof accumulatedMs !== "number" || !Number.isFinite(accumulatedMs) || accumulatedMs < 0) return null;
    if (runningSince !== null && (typeof runningSince !== "number" || !Number.isFinite(runningSince))) return null;
    return { accumulatedMs, runningSince };
  } catch {
    return null;
  }
}

/** Formats milliseconds as `m:ss`, or `h:mm:ss` from one hour on. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
