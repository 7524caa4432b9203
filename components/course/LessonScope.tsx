"use client";

import { createContext, useContext } from "react";
import type { ReactNode } from "react";

const LessonSlugContext = createContext<string | null>(null);

/**
 * Tells the checkpoints inside it which lesson they belong to, so their
 * answers count towards that lesson's progress. A `<Quiz>` outside any scope
 * (a slide, a preview) still grades answers but records nothing.
 */
export function LessonScope({ slug, children }: { slug: string; children: ReactNode }) {
  return <LessonSlugContext.Provider value={slug}>{children}</LessonSlugContext.Provider>;
}

export function useLessonSlug(): string | null {
  return useContext(LessonSlugContext);
}
