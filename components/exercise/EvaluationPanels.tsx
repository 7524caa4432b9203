"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";

interface FoldScores {
  accuracy: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
}

export interface BacktestReport {
  kind: "backtest";
  folds: (FoldScores & { fold: number; rows: number })[];
  mean: FoldScores;
}

export interface PermutationImportance {
  kind: "permutation_importance";
  metric: string;
  baseline: number;
  features: { feature: string; mean_drop: number; std_drop: number }[];
}

export function isBacktestReport(value: unknown): value is BacktestReport {
  return typeof value === "object" && value !== null && (value as BacktestReport).kind === "backtest";
}

export function isPermutationImportance(value: unknown): value is PermutationImportance {
  return typeof value === "object" && value !== null && (value as PermutationImportance).kind === "permutation_importance";
}

const SCORES: (keyof FoldScores)[] = ["accuracy", "precision_macro", "recall_macro", "f1_macro"];

/** Renders the k-fold backtest as the notebook shows it: one row per fold, then the mean. */
export function BacktestTable({ report }: { report: BacktestReport }) {
  const { t, locale } = useLocale();
  const format = (value: number) => value.toLocaleString(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });

  return (
    <section>
      <h3 className="mb-2 font-semibold">{t("evaluation.backtest", { folds: report.folds.length })}</h3>
      <table data-testid="backtest-table" className="w-full border-collapse text-right text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th className="py-1 text-left">{t("evaluation.fold")}</th>
            <th>{t("evaluation.rows")}</th>
            {SCORES.map((score) => (
              <th key={score}>{score}</th>
            ))}
          </tr>
        </thead>
        <tbody className="font-mono">
          {report.folds.map((fold) => (
            <tr key={fold.fold} className="border-b border-slate-100">
              <th scope="row" className="py-1 text-left font-sans font-normal">{fold.fold}</th>
              <td>{fold.rows.toLocaleString(locale)}</td>
              {SCORES.map((score) => (
                <td key={score}>{format(fold[score])}</td>
              ))}
            </tr>
          ))}
          <tr className="font-semibold">
            <th scope="row" className="py-1 text-left font-sans">{t("evaluation.mean")}</th>
            <td />
            {SCORES.map((score) => (
              <td key={score}>{format(report.mean[score])}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** Renders permutation importance as sorted horizontal bars: the drop in the score when a column is shuffled. */
export function ImportanceChart({ importance }: { importance: PermutationImportance }) {
  const { t, locale } = useLocale();
  const max = Math.max(1e-9, ...importance.features.map((feature) => feature.mean_drop));

  return (
    <section>
      <h3 className="font-semibold">{t("evaluation.importance", { metric: importance.metric })}</h3>
      <p className="mb-2 text-xs text-slate-600">{t("evaluation.importanceHelp", { baseline: importance.baseline.toLocaleString(locale, { maximumFractionDigits: 4 }) })}</p>
      <ol data-testid="importance-chart" className="space-y-1 text-xs">
        {importance.features.map((feature) => (
          <li key={feature.feature} className="grid grid-cols-[9rem_1fr_5rem] items-center gap-2">
            <span className="truncate font-mono" title={feature.feature}>{feature.feature}</span>
            <span className="h-3 rounded bg-slate-100">
              <span className="block h-3 rounded bg-brand-600" style={{ width: `${Math.max(0, (feature.mean_drop / max) * 100)}%` }} />
            </span>
            <span className="text-right font-mono">
              {formatDrop(feature.mean_drop, locale)} ± {formatDrop(feature.std_drop, locale)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Formats a score drop with four decimals; adding 0 turns a rounded -0 into 0. */
function formatDrop(value: number, locale: string): string {
  const rounded = Math.round(value * 10_000) / 10_000 + 0;
  return rounded.toLocaleString(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 });
}
