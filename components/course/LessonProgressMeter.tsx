"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";
import { summarizeLesson } from "@/lib/progress/lesson-progress";
import { useLessonProgress } from "./progress-stores";

interface LessonProgressMeterProps {
  slug: string;
  checkpoints: readonly string[];
  /** Extra classes for the outer element. */
  className?: string;
}

/** Shows "2 of 5 checkpoints" with a bar, from the answers stored in this browser. */
export function LessonProgressMeter({ slug, checkpoints, className = "" }: LessonProgressMeterProps) {
  const { t } = useLocale();
  const summary = summarizeLesson(useLessonProgress(), slug, checkpoints);
  const done = summary.total > 0 && summary.passed === summary.total;

  return (
    <div className={`flex items-center gap-3 ${className}`} data-testid={`progress-${slug}`}>
      <progress
        max={summary.total}
        value={summary.passed}
        aria-label={t("course.progress.checkpointsLabel")}
        className="h-2 w-24 shrink-0 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-emerald-600 dark:[&::-webkit-progress-bar]:bg-slate-700 dark:[&::-webkit-progress-value]:bg-emerald-400"
      />
      <span className="text-sm text-slate-600 dark:text-slate-300">
        {t("course.progress.checkpoints", { passed: summary.passed, total: summary.total })}
        {done && <span className="ml-1 font-medium text-emerald-700 dark:text-emerald-300">· {t("course.progress.done")}</span>}
      </span>
    </div>
  );
}
