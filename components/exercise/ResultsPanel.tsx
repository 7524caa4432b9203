"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";
import type { Table } from "@/lib/data/table";
import { isTableSummary } from "@/lib/data/lighten";
import { HpoTable, isHpoReport } from "./HpoTable";
import { BacktestTable, ImportanceChart, isBacktestReport, isPermutationImportance } from "./EvaluationPanels";
import { isTable, tableFromRows } from "@/lib/data/table";
import type { Locale } from "@/lib/i18n";

type ReportRow = { precision: number; recall: number; "f1-score": number; support: number };
type Report = Record<string, ReportRow | number>;
type ConfusionMatrix = { labels: number[]; matrix: number[][] };


/** Prediction rows drawn on the page; Iris's 30 fit, larger files are downloaded. */
const MAX_SHOWN_PREDICTIONS = 30;

function formatNumber(value: number, locale: Locale, digits: number): string {
  return value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Class names from the fitted LabelEncoder, so `0` reads `Iris-setosa`. */
function classNames(datasets: Record<string, unknown>): string[] {
  const encoder = datasets.target_encoder_fitted as { classes?: unknown[] } | undefined;
  return Array.isArray(encoder?.classes) ? encoder.classes.map(String) : [];
}

function labelOf(names: string[], label: string | number): string {
  const index = Number(label);
  return Number.isInteger(index) && names[index] !== undefined ? names[index] : String(label);
}

interface ResultsPanelProps {
  datasets?: Record<string, unknown>;
  stale?: boolean;
  /** Downloads a dataset of the last run as CSV; offered when only its first rows are shown. */
  onDownload?(dataset: string): void;
}

export function ResultsPanel({ datasets, stale = false, onDownload }: ResultsPanelProps) {
  const { t } = useLocale();
  const report = datasets?.test_classification_report as Report | undefined;
  const confusion = datasets?.test_confusion_matrix as ConfusionMatrix | undefined;
  const predicted = asTable(datasets?.predicted);
  const backtest = Object.values(datasets ?? {}).find(isBacktestReport);
  const importance = Object.values(datasets ?? {}).find(isPermutationImportance);
  const hpo = Object.values(datasets ?? {}).find(isHpoReport);

  if (!datasets || (!report && !predicted && !backtest && !importance && !hpo)) {
    return <p className="text-sm text-slate-600">{t("exercise.noResults")}</p>;
  }
  const names = classNames(datasets);

  return (
    <div className="space-y-6">
      {stale && (
        <p role="status" data-testid="results-stale" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          {t("exercise.resultsStale")}
        </p>
      )}
      {report && <ReportTable report={report} names={names} />}
      {confusion && <ConfusionTable confusion={confusion} names={names} />}
      {hpo && <HpoTable report={hpo} />}
      {backtest && <BacktestTable report={backtest} />}
      {importance && <ImportanceChart importance={importance} />}
      {predicted && <PredictionsTable table={predicted.table} total={predicted.total} names={names} onDownload={onDownload ? () => onDownload("predicted") : undefined} />}
    </div>
  );
}

function ReportTable({ report, names }: { report: Report; names: string[] }) {
  const { locale, t } = useLocale();
  const format = (value: number) => formatNumber(value, locale, 2);
  const accuracy = typeof report.accuracy === "number" ? report.accuracy : undefined;
  const rocAuc = typeof report.roc_auc === "number" ? report.roc_auc : undefined;
  const rows = Object.entries(report).filter((entry): entry is [string, ReportRow] => typeof entry[1] === "object");

  return (
    <section>
      <h3 className="mb-2 font-semibold">{t("exercise.report")}</h3>
      {accuracy !== undefined && (
        <p className="mb-2 text-sm">
          {t("exercise.accuracy")}: <strong data-testid="test-accuracy" data-value={accuracy}>{formatNumber(accuracy, locale, 4)}</strong>
          {rocAuc !== undefined && (
            <>
              {" · "}ROC AUC: <strong data-testid="test-roc-auc" data-value={rocAuc}>{formatNumber(rocAuc, locale, 4)}</strong>
            </>
          )}
        </p>
      )}
      <table data-testid="classification-report" className="w-full border-collapse text-right text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th className="py-1 text-left">{t("report.class")}</th>
            <th>{t("report.precision")}</th>
            <th>{t("report.recall")}</th>
            <th>{t("report.f1")}</th>
            <th>{t("report.support")}</th>
          </tr>
        </thead>
        <tbody className="font-mono">
          {rows.map(([label, row]) => (
            <tr key={label} className="border-b border-slate-100" data-label={label}>
              <th scope="row" className="py-1 text-left font-sans font-normal">{labelOf(names, label)}</th>
              {/* data-value keeps full precision for scripts; the text is rounded to two digits. */}
              <td data-metric="precision" data-value={row.precision}>{format(row.precision)}</td>
              <td data-metric="recall" data-value={row.recall}>{format(row.recall)}</td>
              <td data-metric="f1-score" data-value={row["f1-score"]}>{format(row["f1-score"])}</td>
              <td data-metric="support" data-value={row.support}>{row.support}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ConfusionTable({ confusion, names }: { confusion: ConfusionMatrix; names: string[] }) {
  const { t } = useLocale();
  const max = Math.max(1, ...confusion.matrix.flat());

  return (
    <section>
      <h3 className="font-semibold">{t("exercise.confusion")}</h3>
      <p className="mb-2 text-xs text-slate-600">{t("exercise.confusionHelp")}</p>
      <table data-testid="confusion-matrix" className="border-collapse text-center text-sm">
        <thead>
          <tr>
            <th />
            {confusion.labels.map((label) => (
              <th key={label} scope="col" className="px-2 text-xs font-normal">{labelOf(names, label)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {confusion.matrix.map((row, i) => (
            <tr key={confusion.labels[i]}>
              <th scope="row" className="pr-2 text-right text-xs font-normal">{labelOf(names, confusion.labels[i])}</th>
              {row.map((count, j) => (
                <td
                  key={j}
                  className="h-10 w-16 border border-white font-mono"
                  style={{ backgroundColor: `rgba(31, 95, 191, ${0.08 + 0.8 * (count / max)})`, color: count / max > 0.5 ? "white" : "inherit" }}
                >
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Returns a posted table, or the first rows of a large one the worker summarised. */
function asTable(value: unknown): { table: Table; total: number } | undefined {
  if (isTable(value)) return { table: value, total: value.rowCount };
  if (!isTableSummary(value)) return undefined;
  const names = value.summary.columns.map((column) => column.name);
  return { table: tableFromRows(value.summary.preview, names), total: value.summary.rowCount };
}

function PredictionsTable({ table, total, names, onDownload }: { table: Table; total: number; names: string[]; onDownload?(): void }) {
  const { locale, t } = useLocale();
  const format = (value: number) => formatNumber(value, locale, 2);
  const probabilityColumns = table.columnNames.filter((name) => name.startsWith("prob_"));
  const ids = table.columns.Id;
  // The page shows a screenful; the rest is in the CSV download.
  const predictions = (table.columns.prediction ?? []).slice(0, MAX_SHOWN_PREDICTIONS);

  return (
    <section>
      <h3 className="mb-2 font-semibold">{t("exercise.predictions", { count: total.toLocaleString(locale) })}</h3>
      {total > predictions.length && (
        <p className="mb-2 text-xs text-slate-600" data-testid="predictions-truncated">
          {t("exercise.showingRows", { shown: predictions.length, total: total.toLocaleString(locale) })}
        </p>
      )}
      {onDownload && (
        <button type="button" onClick={onDownload} className="mb-2 rounded border border-slate-300 px-2 py-1 text-sm" data-testid="download-predictions">
          {t("exercise.downloadCsv")}
        </button>
      )}
      <div className="overflow-x-auto rounded border border-slate-200">
        <table data-testid="predictions-table" className="w-full border-collapse text-sm">
          <thead className="sticky top-0 bg-slate-100">
            <tr>
              <th className="px-2 py-1 text-left">Id</th>
              <th className="px-2 py-1 text-left">prediction</th>
              {probabilityColumns.map((name) => (
                <th key={name} className="px-2 py-1 text-right font-mono text-xs">{name} <span className="font-sans text-slate-500">({labelOf(names, name.slice("prob_".length))})</span></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {predictions.map((prediction, row) => (
              <tr key={row} className="border-t border-slate-100">
                <td className="px-2 py-0.5 font-mono">{ids ? String(ids[row]) : row}</td>
                <td className="px-2 py-0.5">{labelOf(names, prediction as number)}</td>
                {probabilityColumns.map((name) => (
                  <td key={name} className="px-2 py-0.5 text-right font-mono">{format(table.columns[name][row] as number)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
