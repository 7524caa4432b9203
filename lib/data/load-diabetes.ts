/**
 * Loads a diabetes CSV the way the app and the CLI both need it: parse,
 * recognise, and check that a training file has a target column.
 */
import { parseCsv } from "./csv";
import type { CsvOptions } from "./csv";
import { recognizeDiabetes } from "./diabetes";
import type { DiabetesVariant } from "./diabetes";
import type { Table } from "./table";

export interface LoadedDiabetes {
  table: Table;
  variant: DiabetesVariant;
  /** Rows per target value, e.g. `{ "0": 35346, "1": 35346 }`; empty for an unlabeled file. */
  classCounts: Record<string, number>;
}

export type LoadResult = { ok: true; loaded: LoadedDiabetes } | { ok: false; error: { code: string; params: Record<string, string | number> } };

/**
 * Reads CSV bytes into a recognised diabetes table. With `labeled`, a file
 * without a target column fails with `DATA_FILE_UNLABELED`.
 *
 * @example
 * const result = loadDiabetesCsv(bytes, { labeled: true });
 * if (result.ok) result.loaded.table.rowCount; // 70692
 */
export function loadDiabetesCsv(input: string | Uint8Array, options: CsvOptions & { labeled: boolean; name?: string }): LoadResult {
  const parsed = parseCsv(input, options);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const recognized = recognizeDiabetes(parsed.table);
  if (!recognized.ok) return { ok: false, error: recognized.error };
  if (options.labeled && recognized.targetColumn === null) {
    return { ok: false, error: { code: "DATA_FILE_UNLABELED", params: { path: options.name ?? "" } } };
  }

  const classCounts: Record<string, number> = {};
  if (recognized.targetColumn) {
    for (const value of recognized.table.columns[recognized.targetColumn]) classCounts[String(value)] = (classCounts[String(value)] ?? 0) + 1;
  }
  return { ok: true, loaded: { table: recognized.table, variant: recognized.variant, classCounts } };
}
