"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";
import { formatNumber, phraseFigure, phraseFinding } from "@/lib/exercises/phrase";
import type { ExerciseResult, ItemStatus } from "@/lib/exercises/result";
import type { ExerciseSpec } from "@/lib/exercises/spec";

const STATUS_STYLES: Record<ItemStatus, string> = {
  correct: "border-emerald-300 bg-emerald-50 text-emerald-900",
  incorrect: "border-red-300 bg-red-50 text-red-900",
  not_attempted: "border-slate-300 bg-slate-50 text-slate-700",
};

const STATUS_MARKS: Record<ItemStatus, string> = { correct: "✔", incorrect: "✘", not_attempted: "○" };

/**
 * Lists the rubric: per item its status, points, the figure a run check
 * reached and the reasons for lost points. Before the first check, every
 * item shows as not attempted.
 */
export function Checklist({ spec, result }: { spec: ExerciseSpec; result?: ExerciseResult }) {
  const { locale, t } = useLocale();
  return (
    <ol className="space-y-2" data-testid="checklist">
      {spec.rubric.map((rubricItem) => {
        const item = result?.items.find((candidate) => candidate.id === rubricItem.id);
        const status: ItemStatus = item?.status ?? "not_attempted";
        return (
          <li key={rubricItem.id} data-testid={`check-item-${rubricItem.id}`} data-status={status} className={`rounded border px-3 py-2 text-sm ${STATUS_STYLES[status]}`}>
            <div className="flex items-start justify-between gap-2">
              <span>
                <span aria-hidden="true" className="mr-1 font-bold">
                  {STATUS_MARKS[status]}
                </span>
                <span className="font-medium">{rubricItem.title[locale]}</span>
                <span className="ml-1 text-xs uppercase">({t(`grading.status.${status}`)})</span>
              </span>
              <span className="shrink-0 font-mono text-xs">
                {t("grading.points", { points: formatNumber(locale, item?.points ?? 0), max: formatNumber(locale, rubricItem.points) })}
              </span>
            </div>
            {item?.figure && (
              <p className="mt-1 font-mono text-xs" data-testid={`check-figure-${rubricItem.id}`}>
                {phraseFigure(locale, item.figure)}
              </p>
            )}
            {item && item.findings.length > 0 && (
              <ul className="mt-1 list-disc space-y-1 pl-5 text-xs">
                {item.findings.map((finding, index) => (
                  <li key={index}>
                    {finding.node && <code className="rounded bg-white/70 px-1">{finding.node}</code>} {phraseFinding(locale, finding)}{" "}
                    {/* The code stays, small and last, so an instructor can look it up in docs/grading.md. */}
                    <code className="text-[10px] text-slate-600">{finding.code}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
