"use client";

import Link from "next/link";
import { LocaleOnly, T, useLocale } from "@/components/i18n/LocaleProvider";
import { LOCALES } from "@/lib/i18n";
import type { Lesson } from "@/lib/content/lessons";

/** Links the previous and next lessons in course order. */
export function LessonPager({ previous, next }: { previous?: Lesson; next?: Lesson }) {
  const { t } = useLocale();
  return (
    <nav aria-label={t("course.lesson.pager")} className="not-prose mt-12 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-700">
      {previous ? <PagerLink lesson={previous} direction="previous" /> : <span />}
      {next ? <PagerLink lesson={next} direction="next" /> : null}
    </nav>
  );
}

function PagerLink({ lesson, direction }: { lesson: Lesson; direction: "previous" | "next" }) {
  return (
    <Link
      href={`/lessons/${lesson.slug}`}
      rel={direction === "next" ? "next" : "prev"}
      className={`block rounded-lg border border-slate-200 p-4 hover:border-brand-600 dark:border-slate-700 dark:hover:border-sky-400 ${direction === "next" ? "sm:text-right" : ""}`}
    >
      <span className="block text-sm text-slate-500 dark:text-slate-400">
        {direction === "next" ? <T k="course.lesson.next" /> : <T k="course.lesson.previous" />}
      </span>
      {LOCALES.map((locale) => (
        <LocaleOnly key={locale} locale={locale}>
          <span className="font-semibold text-brand-700 dark:text-sky-300">
            {lesson.order}. {lesson.title[locale]}
          </span>
        </LocaleOnly>
      ))}
    </Link>
  );
}
