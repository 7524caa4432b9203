"use client";

import Link from "next/link";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { EXERCISE_SPECS } from "@/lib/exercises/specs";

/** Links to every checked exercise, in course order; the current one is marked. */
export function ExerciseNav({ current }: { current: string }) {
  const { locale, t } = useLocale();
  return (
    <nav aria-label={t("grading.otherExercises")} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="exercise-nav">
      <span className="text-slate-600">{t("grading.otherExercises")}:</span>
      {EXERCISE_SPECS.map((spec) =>
        spec.id === current ? (
          <span key={spec.id} aria-current="page" className="font-semibold text-brand-900">
            {spec.title[locale]}
          </span>
        ) : (
          <Link key={spec.id} href={`/exercises/${spec.id}`} prefetch={false} className="text-brand-700 underline">
            {spec.title[locale]}
          </Link>
        ),
      )}
    </nav>
  );
}
