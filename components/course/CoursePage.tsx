import type { ReactNode } from "react";
import { T } from "@/components/i18n/LocaleProvider";

const WIDTHS = { narrow: "max-w-3xl", wide: "max-w-4xl" } as const;

interface CoursePageProps {
  titleKey: string;
  introKey: string;
  width?: keyof typeof WIDTHS;
  children: ReactNode;
}

/**
 * Renders the frame of the course's own pages (home, glossary, progress): title,
 * introduction, and the `dark-ready` marker that turns on dark colours.
 */
export function CoursePage({ titleKey, introKey, width = "wide", children }: CoursePageProps) {
  return (
    <div className={`dark-ready mx-auto ${WIDTHS[width]} px-4 py-12`}>
      <h1 className="text-3xl font-bold text-brand-900 dark:text-slate-100">
        <T k={titleKey} />
      </h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
        <T k={introKey} />
      </p>
      {children}
    </div>
  );
}
