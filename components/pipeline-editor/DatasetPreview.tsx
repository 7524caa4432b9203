"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";
import { isTableSummary } from "@/lib/data/lighten";
import { summarizeTable, summarizeValue } from "@/lib/data/summary";
import { isTable } from "@/lib/data/table";

const PREVIEW_ROWS = 5;

/** Shows a dataset after a run: shape, first rows and a per-column summary, or a fitted object's description. */
export function DatasetPreview({ value }: { value: unknown }) {
  const { t, locale } = useLocale();
  if (!isTable(value) && !isTableSummary(value)) {
    return (
      <pre className="max-h-64 overflow-auto rounded bg-slate-100 p-2 text-xs" data-testid="dataset-preview">
        {JSON.stringify(summarizeValue(value), null, 2)}
      </pre>
    );
  }

  // Large tables arrive already summarised by the worker.
  const summary = isTableSummary(value) ? value.summary : summarizeTable(value, { previewRows: PREVIEW_ROWS });
  const number = (n: number | undefined) => (n === undefined ? "—" : n.toLocaleString(locale, { maximumFractionDigits: 4 }));
  const names = summary.columns.map((column) => column.name);

  return (
    <div className="space-y-2" data-testid="dataset-preview">
      <p data-testid="dataset-shape">{t("editor.shape", { rows: summary.rowCount, columns: summary.columnCount })}</p>
      <div className="overflow-x-auto">
        <table className="border-collapse text-xs">
          <thead>
            <tr>
              {names.map((name) => (
                <th key={name} className="border-b border-slate-300 px-2 text-left font-mono">{name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.preview.slice(0, PREVIEW_ROWS).map((row, i) => (
              <tr key={i}>
                {names.map((name) => (
                  <td key={name} className="px-2 font-mono">{typeof row[name] === "number" ? number(row[name] as number) : String(row[name] ?? "")}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="w-full border-collapse text-xs" data-testid="column-summary">
        <thead>
          <tr className="border-b border-slate-300 text-left [&>th]:px-2">
            <th>{t("editor.column")}</th>
            <th>{t("editor.columnType")}</th>
            <th>{t("editor.missing")}</th>
            <th>min / {t("editor.mean")} / max · top</th>
          </tr>
        </thead>
        <tbody>
          {summary.columns.map((column) => (
            <tr key={column.name} className="border-b border-slate-100 [&>td]:px-2">
              <td className="font-mono">{column.name}</td>
              <td>{column.type}</td>
              <td>{column.missing}</td>
              <td className="font-mono">
                {column.type === "number"
                  ? `${number(column.min)} / ${number(column.mean)} / ${number(column.max)}`
                  : (column.top ?? []).map((entry) => `${entry.value} (${entry.count})`).join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
