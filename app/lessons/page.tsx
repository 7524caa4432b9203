import type { Metadata } from "next";
import Link from "next/link";
import { LocaleOnly, T } from "@/components/i18n/LocaleProvider";
import { LOCALES } from "@/lib/i18n";
import { LESSONS } from "@/lib/content/lessons";

export const metadata: Metadata = { title: "Aulas" };

export default function LessonsIndexPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">
        <T k="nav.lessons" />
      </h1>
      <p className="mt-3 text-lg text-slate-700">
        <T k="lessons.intro" />
      </p>

      <ul className="mt-8 space-y-4">
        {LESSONS.map((lesson) => (
          <li key={lesson.slug} className="rounded-lg border border-slate-200 bg-white p-6">
            {LOCALES.map((locale) => (
              <LocaleOnly key={locale} locale={locale}>
                <h2 className="text-xl font-semibold">
                  <Link href={`/lessons/${lesson.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {lesson.title[locale]}
                  </Link>
                </h2>
                <p className="mt-2 text-slate-700">{lesson.summary[locale]}</p>
              </LocaleOnly>
            ))}
            <p className="mt-3 text-sm text-slate-500">
              <T k="lesson.minutes" params={{ minutes: lesson.minutes }} />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
