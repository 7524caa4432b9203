/**
 * The presenter's pace indicator: a time plan for the slides from the
 * lesson's duration, and how far the presenter is from it.
 */

/** The slide facts the plan needs, as the compiled lesson's `slideOutline` lists them. */
export interface PacedSlide {
  words: number;
  components: string[];
}

/**
 * Class time a component takes, in words of text read in the same time. The
 * numbers are estimates: a quiz or a live run takes about as long as a
 * dense text slide. `Callout` and `Notes` cost nothing extra because their
 * words are already counted.
 */
export const COMPONENT_WORDS: Readonly<Record<string, number>> = { Quiz: 150, LivePipeline: 150, Callout: 0, Notes: 0 };
/** Estimate for a component missing from `COMPONENT_WORDS`. */
export const DEFAULT_COMPONENT_WORDS = 30;
/** How far from the plan still counts as on time. */
export const ON_TIME_TOLERANCE_MS = 30_000;

/**
 * Returns each slide's share of class time, in words: its visible words
 * plus its components' estimates, at least 1 so no slide gets zero time.
 */
export function slideWeights(slides: readonly PacedSlide[]): number[] {
  return slides.map((slide) => {
    const componentWords = slide.components.reduce((total, name) => total + (Object.hasOwn(COMPONENT_WORDS, name) ? COMPONENT_WORDS[name] : DEFAULT_COMPONENT_WORDS), 0);
    return Math.max(1, slide.words + componentWords);
  });
}

/** When a slide should start and end, in milliseconds from the start of the lesson. */
export interface SlideWindow {
  startMs: number;
  endMs: number;
}

/**
 * Splits the lesson's duration over the slides in proportion to their
 * weights.
 *
 * @example
 * planSlides([{ words: 10, components: [] }, { words: 30, components: [] }], 4 * 60_000);
 * // [{ startMs: 0, endMs: 60_000 }, { startMs: 60_000, endMs: 240_000 }]
 */
export function planSlides(slides: readonly PacedSlide[], durationMs: number): SlideWindow[] {
  const weights = slideWeights(slides);
  const total = weights.reduce((sum, weight) => sum + weight, 0);

  let startMs = 0;
  return weights.map((weight, index) => {
    // The last slide ends exactly at the duration, whatever the rounding.
    const endMs = index === weights.length - 1 ? durationMs : startMs + (durationMs * weight) / total;
    const window = { startMs, endMs };
    startMs = endMs;
    return window;
  });
}

export type PaceStatus = "ahead" | "on_time" | "behind";

export interface Pace {
  status: PaceStatus;
  /** How far ahead of or behind the plan, in milliseconds; 0 when on time. */
  offsetMs: number;
}

/**
 * Compares the elapsed time with the current slide's window. The presenter
 * is ahead when they reached the slide more than the tolerance before its
 * planned start, and behind when they are still on it more than the
 * tolerance after its planned end.
 */
export function paceAt(plan: readonly SlideWindow[], slide: number, elapsedMs: number, toleranceMs = ON_TIME_TOLERANCE_MS): Pace {
  const window = plan[slide];
  if (!window) return { status: "on_time", offsetMs: 0 };

  if (elapsedMs < window.startMs - toleranceMs) return { status: "ahead", offsetMs: window.startMs - elapsedMs };
  if (elapsedMs > window.endMs + toleranceMs) return { status: "behind", offsetMs: elapsedMs - window.endMs };
  return { status: "on_time", offsetMs: 0 };
}

/**
 * Returns the slide the plan expects at `elapsedMs`: the first slide whose
 * window has not ended yet, or the last slide once the lesson's time is up.
 */
export function plannedSlideAt(plan: readonly SlideWindow[], elapsedMs: number): number {
  const index = plan.findIndex((window) => elapsedMs < window.endMs);
  return index === -1 ? Math.max(0, plan.length - 1) : index;
}
