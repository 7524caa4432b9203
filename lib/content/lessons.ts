/**
 * The lesson list: the course home, the `/lessons/[slug]` route, the progress
 * page and the slide deck read from here. The data comes from the
 * frontmatter of `content/lessons/<locale>/<slug>.mdx` through
 * `lessons.generated.ts` (regenerate with `npm run content`).
 */
import type { Locale } from "@/lib/i18n";
import { GENERATED_LESSONS } from "./lessons.generated";

export interface Lesson {
  slug: string;
  /** Position in the course, starting at 1. */
  order: number;
  /** Class time, in minutes (frontmatter `duration`). */
  minutes: number;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  objectives: Record<Locale, string[]>;
  /** "summary" when that locale's text condenses the pt-BR lesson. */
  translation: Record<Locale, "full" | "summary">;
  /** `<Quiz id>` values, in document order; the same in every locale. */
  checkpoints: string[];
}

export const LESSONS: readonly Lesson[] = GENERATED_LESSONS;

export function findLesson(slug: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug);
}

/** Returns the lessons before and after `slug` in course order (undefined at either end). */
export function neighbourLessons(slug: string): { previous?: Lesson; next?: Lesson } {
  const index = LESSONS.findIndex((lesson) => lesson.slug === slug);
  if (index === -1) return {};
  return { previous: LESSONS[index - 1], next: LESSONS[index + 1] };
}

/** Sum of the lessons' durations, in minutes. */
export function courseMinutes(): number {
  return LESSONS.reduce((total, lesson) => total + lesson.minutes, 0);
}
