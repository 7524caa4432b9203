"use client";

import { useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { HpoReport, HpoTrial } from "@/lib/ml/hpo";

type HpoTrialRow = HpoTrial;
type HpoReportView = Omit<HpoReport, "model"> & { model: string };

export function isHpoReport(value: unknown): value is HpoReportView {
  return typeof value === "object" && value !== null && (value as HpoReportView).kind === "hpo_trials" && Array.isArray((value as HpoReportView).trials);
}

type SortKey = "trial" | "f1_macro" | "f1_std" | "seconds" | `param:${string}`;

function sortValue(trial: HpoTrialRow, key: SortKey): number {
  if (key.startsWith("param:")) return trial.params[key.slice("param:".length)] ?? Number.NaN;
  return trial[key as "trial" | "f1_macro" | "f1_std" | "seconds"];
}

/**
 * Renders the random search's trials as a table the student can sort by any column
 * (mean macro F1 first, best on top). The best trial is marked, and its
 * parameters are shown as the `best_params` dataset that train_model can read.
 */
export function HpoTable({ report }: { report: HpoReportView }) {
  const { t, locale } = useLocale();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "f1_macro", descending: true });
  const paramNames = Object.keys(report.trials[0]?.params ?? {});
  const rows = [...report.trials].sort((a, b) => {
    const difference = sortValue(a, sort.key) - sortValue(b, sort.key);
    return (sort.descending ? -difference : difference) || a.trial - b.trial;
  });
  const formatScore = (value: number) => value.toLocaleString(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
  const formatParam = (value: number) => value.toLocaleString(locale, { maximumSignificantDigits: 3 });

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    const direction = sort.descending ? "descending" : "ascending";
    let arrow = "↕";
    if (active) arrow = sort.descending ? "▼" : "▲";
    return (
      <th key={key} scope="col" aria-sort={active ? direction : "none"} className="px-1 py-1">
        <button
          type="button"
          data-testid={`hpo-sort-${key}`}
          className="inline-flex items-center gap-1 font-semibold hover:underline"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key !== "trial" && key !== "seconds" })}
        >
          {label}
          <span aria-hidden="true" className="text-xs text-slate-500">{arrow}</span>
        </button>
      </th>
    );
  };

  return (
    <section>
      <h3 className="font-semibold">{t("hpo.title", { trials: report.trials.length, folds: report.folds })}</h3>
      <p className="mb-2 text-xs text-slate-600">{t("hpo.help", { rows: report.rows.toLocaleString(locale), model: report.model })}</p>
      <div className="overflow-x-auto">
        <table data-testid="hpo-table" className="w-full border-collapse text-right text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              {header("trial", t("hpo.trial"))}
              {paramNames.map((name) => header(`param:${name}`, name))}
              {header("f1_macro", t("hpo.meanF1"))}
              {header("f1_std", t("hpo.std"))}
              {header("seconds", t("hpo.seconds"))}
            </tr>
          </thead>
          <tbody className="font-mono">
            {rows.map((trial) => {
              const best = trial.trial === report.best_trial;
              return (
                <tr key={trial.trial} data-testid={`hpo-row-${trial.trial}`} data-best={best || undefined} className={`border-b border-slate-100 ${best ? "bg-emerald-50 font-semibold" : ""}`}>
                  <th scope="row" className="px-1 py-1 text-left font-sans font-normal">
                    {trial.trial}
                    {best && <span className="ml-1 rounded bg-emerald-700 px-1 text-xs text-white">{t("hpo.best")}</span>}
                  </th>
                  {paramNames.map((name) => (
                    <td key={name} className="px-1">{formatParam(trial.params[name])}</td>
                  ))}
                  <td className="px-1" title={trial.fold_scores.map(formatScore).join(" · ")}>{formatScore(trial.f1_macro)}</td>
                  <td className="px-1">{formatScore(trial.f1_std)}</td>
                  <td className="px-1">{trial.seconds.toLocaleString(locale, { maximumFractionDigits: 1 })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">{t("hpo.bestParams")}</p>
      <pre data-testid="hpo-best-params" className="overflow-auto rounded bg-slate-100 p-2 font-mono text-xs">
        {Object.entries(report.best_params)
          .map(([key, value]) => `${key}: ${value}`)
          .join("\n")}
      </pre>
      <p className="mt-1 text-xs text-slate-600">{t("hpo.useBest")}</p>
    </section>
  );
}
