import type { Metadata } from "next";
import Link from "next/link";
import { LocaleOnly, T } from "@/components/i18n/LocaleProvider";
import { EXERCISE_SPECS } from "@/lib/exercises/specs";
import { LOCALES } from "@/lib/i18n";

export const metadata: Metadata = { title: "Exercícios" };

const FREE_EXERCISES = [
  { href: "/exercises/iris", titleKey: "exercise.iris.title", summaryKey: "exercise.iris.summary" },
  { href: "/exercises/diabetes", titleKey: "exercise.diabetes.title", summaryKey: "exercise.diabetes.summary" },
];

/** Lists every exercise: the two open projects, then the checked exercises in course order. */
export default function ExercisesPage() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold text-brand-900">
        <T k="exercises.index.title" />
      </h1>
      <p className="mt-2 text-slate-700">
        <T k="exercises.index.intro" />
      </p>

      <h2 className="mt-8 text-xl font-semibold">
        <T k="exercises.index.open" />
      </h2>
      <ul className="mt-3 grid gap-3 md:grid-cols-2">
        {FREE_EXERCISES.map((exercise) => (
          <li key={exercise.href} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={exercise.href} className="font-semibold text-brand-700 underline">
              <T k={exercise.titleKey} />
            </Link>
            <p className="mt-1 text-sm text-slate-700">
              <T k={exercise.summaryKey} />
            </p>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-xl font-semibold">
        <T k="exercises.index.checked" />
      </h2>
      <ul className="mt-3 grid gap-3 md:grid-cols-2" data-testid="exercise-index">
        {EXERCISE_SPECS.map((spec) => (
          <li key={spec.id} className="rounded-lg border border-slate-200 bg-white p-4">
            {LOCALES.map((locale) => (
              <LocaleOnly key={locale} locale={locale}>
                <Link href={`/exercises/${spec.id}`} className="font-semibold text-brand-700 underline">
                  {spec.title[locale]}
                </Link>
                <p className="mt-1 text-sm text-slate-700">{spec.summary[locale]}</p>
              </LocaleOnly>
            ))}
          </li>
        ))}
      </ul>
    </main>
  );
}
