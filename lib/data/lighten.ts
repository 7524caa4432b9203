/**
 * Datasets as the worker posts them after a run. Small datasets go as they
 * are. A table above `MAX_POSTED_ROWS` goes as a summary with its first
 * rows, because the page shows no more than that, and copying a 70,000-row
 * table on every run costs memory and time.
 */
import type { TableSummary } from "./summary";
import { summarizeTable } from "./summary";
import { isTable } from "./table";

export const MAX_POSTED_ROWS = 2000;
/** Rows kept in a summary for previews and the predictions table. */
export const SUMMARY_ROWS = 100;

export interface TableSummaryValue {
  kind: "table_summary";
  summary: TableSummary;
}

export function isTableSummary(value: unknown): value is TableSummaryValue {
  return typeof value === "object" && value !== null && (value as TableSummaryValue).kind === "table_summary";
}

/** Replaces large tables with their summaries; other values pass unchanged. */
export function lightenDatasets(datasets: Record<string, unknown>): Record<string, unknown> {
  const light: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(datasets)) {
    light[name] = isTable(value) && value.rowCount > MAX_POSTED_ROWS ? { kind: "table_summary", summary: summarizeTable(value, { previewRows: SUMMARY_ROWS }) } : value;
  }
  return light;
}
