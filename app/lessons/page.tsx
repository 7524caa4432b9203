import type { Metadata } from "next";
import Link from "next/link";
import { LocaleOnly, T } from "@/components/i18n/LocaleProvider";
import { CoursePage } from "@/components/course/CoursePage";
import { CourseSearch } from "@/components/course/CourseSearch";
import { LessonProgressMeter } from "@/components/course/LessonProgressMeter";
import { LOCALES } from "@/lib/i18n";
import { LESSONS, courseMinutes } from "@/lib/content/lessons";

export const metadata: Metadata = { title: "Aulas" };

/** Renders the course home: every lesson in order with its duration and checkpoint progress, and the search box. */
export default function LessonsIndexPage() {
  return (
    <CoursePage titleKey="course.home.title" introKey="course.home.intro">
      <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">
        <T k="course.home.totals" params={{ lessons: LESSONS.length, hours: formatHours(courseMinutes()) }} />
        {" · "}
        <Link href="/glossary" className="text-brand-700 underline dark:text-sky-300">
          <T k="course.nav.glossary" />
        </Link>
        {" · "}
        <Link href="/progress" className="text-brand-700 underline dark:text-sky-300">
          <T k="course.nav.progress" />
        </Link>
      </p>

      <div className="mt-8">
        <CourseSearch />
      </div>

      <ol className="mt-8 space-y-4">
        {LESSONS.map((lesson) => (
          <li key={lesson.slug} className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-700 dark:bg-slate-900">
            <div className="flex gap-4">
              <span aria-hidden="true" className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-100 font-bold text-brand-900 dark:bg-slate-800 dark:text-slate-100">
                {lesson.order}
              </span>
              <div className="min-w-0 flex-1">
                {LOCALES.map((locale) => (
                  <LocaleOnly key={locale} locale={locale}>
                    <h2 className="text-xl font-semibold">
                      <Link href={`/lessons/${lesson.slug}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-300">
                        {lesson.title[locale]}
                      </Link>
                    </h2>
                    <p className="mt-2 text-slate-700 dark:text-slate-300">{lesson.summary[locale]}</p>
                  </LocaleOnly>
                ))}
                <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-500 dark:text-slate-400">
                  <span>
                    <T k="course.lesson.duration" params={{ minutes: lesson.minutes }} />
                  </span>
                  <LessonProgressMeter slug={lesson.slug} checkpoints={lesson.checkpoints} />
                </div>
              </div>
            </div>
          </li>
        ))}
      </ol>
    </CoursePage>
  );
}

/** "3 h 40 min" style duration; the units are the same in both locales. */
function formatHours(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
