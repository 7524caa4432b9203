"use client";

import Link from "next/link";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { LESSONS } from "@/lib/content/lessons";
import type { Locale } from "@/lib/i18n";
import { summarizeLesson } from "@/lib/progress/lesson-progress";
import type { LessonProgressSummary } from "@/lib/progress/lesson-progress";
import type { ExerciseScore } from "@/lib/progress/exercise-scores";
import { LessonProgressMeter } from "./LessonProgressMeter";
import { resetLessonProgress, useExerciseScores, useLessonProgress } from "./progress-stores";

// The exercises the app ships; scores stored under other ids are listed after these, by id.
const KNOWN_EXERCISES = [
  { id: "iris", titleKey: "exercise.iris.title", href: "/exercises/iris" },
  { id: "diabetes", titleKey: "exercise.diabetes.title", href: "/exercises/diabetes" },
];

const TABLE_CLASS = "mt-4 w-full border-collapse text-left text-sm";
const HEAD_CLASS = "border-b border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200";
const ROW_CLASS = "border-b border-slate-100 align-middle text-slate-800 dark:border-slate-800 dark:text-slate-200";

/** A checked exercise as the progress page lists it. */
export interface CheckedExerciseLink {
  id: string;
  title: Record<Locale, string>;
  href: string;
}

/** Shows checkpoint progress per lesson and the best score per exercise, both read from this browser's storage. */
export function CourseProgress({ checkedExercises = [] }: { checkedExercises?: readonly CheckedExerciseLink[] }) {
  const { t, locale } = useLocale();
  const progress = useLessonProgress();
  const scores = useExerciseScores();
  const known = new Set([...KNOWN_EXERCISES.map((exercise) => exercise.id), ...checkedExercises.map((exercise) => exercise.id)]);
  const otherExerciseIds = Object.keys(scores)
    .filter((id) => !known.has(id))
    .sort();

  function handleReset(slug: string, title: string) {
    if (window.confirm(t("course.progress.resetConfirm", { lesson: title }))) resetLessonProgress(slug);
  }

  return (
    <>
      <section aria-labelledby="progress-lessons" className="mt-10">
        <h2 id="progress-lessons" className="text-xl font-semibold text-slate-900 dark:text-slate-100">
          {t("course.progress.lessons")}
        </h2>
        <table className={TABLE_CLASS}>
          <thead>
            <tr className={HEAD_CLASS}>
              <th scope="col" className="py-2 pr-3">{t("course.progress.lesson")}</th>
              <th scope="col" className="py-2 pr-3">{t("course.progress.checkpointsColumn")}</th>
              <th scope="col" className="py-2 pr-3">{t("course.progress.status")}</th>
              <th scope="col" className="py-2"><span className="sr-only">{t("course.progress.actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {LESSONS.map((lesson) => {
              const summary = summarizeLesson(progress, lesson.slug, lesson.checkpoints);
              return (
                <tr key={lesson.slug} className={ROW_CLASS} data-lesson={lesson.slug}>
                  <th scope="row" className="py-3 pr-3 font-medium">
                    <Link href={`/lessons/${lesson.slug}`} className="text-brand-700 hover:underline dark:text-sky-300">
                      {lesson.order}. {lesson.title[locale]}
                    </Link>
                  </th>
                  <td className="py-3 pr-3">
                    <LessonProgressMeter slug={lesson.slug} checkpoints={lesson.checkpoints} />
                  </td>
                  <td className="py-3 pr-3">{t(`course.progress.state.${lessonState(summary)}`)}</td>
                  <td className="py-3 text-right">
                    {summary.attempted > 0 && (
                      <button type="button" onClick={() => handleReset(lesson.slug, lesson.title[locale])} className="text-sm text-red-700 underline dark:text-red-300">
                        {t("course.progress.reset")}
                        <span className="sr-only">: {lesson.title[locale]}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="progress-exercises" className="mt-10">
        <h2 id="progress-exercises" className="text-xl font-semibold text-slate-900 dark:text-slate-100">
          {t("course.progress.exercises")}
        </h2>
        <table className={TABLE_CLASS}>
          <thead>
            <tr className={HEAD_CLASS}>
              <th scope="col" className="py-2 pr-3">{t("course.progress.exercise")}</th>
              <th scope="col" className="py-2 pr-3">{t("course.progress.bestScore")}</th>
              <th scope="col" className="py-2">{t("course.progress.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {KNOWN_EXERCISES.map((exercise) => (
              <ExerciseRow key={exercise.id} id={exercise.id} title={t(exercise.titleKey)} href={exercise.href} score={scores[exercise.id]} />
            ))}
            {checkedExercises.map((exercise) => (
              <ExerciseRow key={exercise.id} id={exercise.id} title={exercise.title[locale]} href={exercise.href} score={scores[exercise.id]} />
            ))}
            {otherExerciseIds.map((id) => (
              <ExerciseRow key={id} id={id} title={id} score={scores[id]} />
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function lessonState(summary: LessonProgressSummary): "notStarted" | "inProgress" | "done" {
  if (summary.total > 0 && summary.passed === summary.total) return "done";
  return summary.attempted > 0 ? "inProgress" : "notStarted";
}

function ExerciseRow({ id, title, href, score }: { id: string; title: string; href?: string; score?: ExerciseScore }) {
  const { t, locale } = useLocale();
  return (
    <tr className={ROW_CLASS} data-exercise={id}>
      <th scope="row" className="py-3 pr-3 font-medium">
        {href ? (
          // A plain link: prefetching an exercise route would pull the editor's code into this page.
          <a href={href} className="text-brand-700 hover:underline dark:text-sky-300">
            {title}
          </a>
        ) : (
          title
        )}
      </th>
      <td className="py-3 pr-3">
        {score ? t("course.progress.score", { best: score.best, max: score.max, percent: Math.round((score.best / score.max) * 100) }) : t("course.progress.notAttempted")}
      </td>
      <td className="py-3">{score ? formatDate(score.updatedAt, locale) : "—"}</td>
    </tr>
  );
}

function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : date.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" });
}
