/**
 * Recognition of the diabetes data sets that students load: the three Kaggle
 * files of the CDC BRFSS 2015 survey, the workshop's labeled file and its
 * unlabeled inference file. Checks the columns and every value against the
 * survey's coding and returns one shape whatever the source: the target,
 * named `Diabetes` with 0/1 values, first, then the 21 features.
 *
 * Row numbers in errors count as a spreadsheet does (header = row 1), which
 * holds for tables from `parseCsv`.
 */
import type { Cell, Table } from "./table";
import type { DataError } from "./csv";
import { DIABETES_DICTIONARY } from "./diabetes-dictionary";

export { DIABETES_DICTIONARY, dictionaryToYaml, parseDictionaryYaml } from "./diabetes-dictionary";
export type { DictionaryColumnType, DictionaryEntry } from "./diabetes-dictionary";

export const DIABETES_TARGET = "Diabetes";

/** The 21 features, in the order of the Kaggle files. */
export const DIABETES_FEATURES: readonly string[] = DIABETES_DICTIONARY.map((entry) => entry.column).filter(
  (column) => column !== DIABETES_TARGET,
);

export type DiabetesVariant = "kaggle_binary" | "kaggle_012" | "workshop" | "unlabeled";

/** Target column names in the source files, and the coded values each allows. */
const SOURCE_TARGETS: Record<string, { variant: DiabetesVariant; range: ValueRange }> = {
  Diabetes_binary: { variant: "kaggle_binary", range: { min: 0, max: 1, integer: true } },
  // 0 = no diabetes, 1 = prediabetes, 2 = diabetes.
  Diabetes_012: { variant: "kaggle_012", range: { min: 0, max: 2, integer: true } },
  Diabetes: { variant: "workshop", range: { min: 0, max: 1, integer: true } },
};

interface ValueRange {
  min: number;
  max: number;
  /** Integers only, as survey answer codes are. */
  integer: boolean;
  /** True when `min` and `max` themselves are not allowed. */
  exclusive?: boolean;
}

const BOOLEAN: ValueRange = { min: 0, max: 1, integer: true };

/** Coded values of each feature. Features not listed here are coded 0/1. */
const FEATURE_RANGES: Record<string, ValueRange> = {
  // NOTE: the bounds are a plausibility check, not the survey's coding. The
  // BMI values of Kaggle's 50/50 file range from 12 to 98.
  BMI: { min: 0, max: 100, integer: false, exclusive: true },
  GenHlth: { min: 1, max: 5, integer: true },
  MentHlth: { min: 0, max: 30, integer: true },
  PhysHlth: { min: 0, max: 30, integer: true },
  Sex: { min: 0, max: 1, integer: true },
  Age: { min: 1, max: 13, integer: true },
  Education: { min: 1, max: 6, integer: true },
  Income: { min: 1, max: 8, integer: true },
};

export const DIABETES_ERROR_CODES = [
  "CSV_MULTIPLE_TARGETS",
  "CSV_MISSING_COLUMN",
  "CSV_UNKNOWN_COLUMN",
  "CSV_MISSING_VALUES",
  "CSV_NON_NUMERIC",
  "CSV_OUT_OF_RANGE",
] as const;
export type DiabetesErrorCode = (typeof DIABETES_ERROR_CODES)[number];

export type DiabetesResult =
  | { ok: true; table: Table; variant: DiabetesVariant; targetColumn: typeof DIABETES_TARGET | null }
  | { ok: false; error: DataError<DiabetesErrorCode> };

/** Columns listed in a `found` param; a file read with the wrong separator has one very long name. */
const MAX_LISTED_COLUMNS = 10;
const MAX_LISTED_NAME_LENGTH = 40;

/**
 * Checks that `table` is one of the diabetes data sets and returns it in the
 * workshop's shape. Column names are case-sensitive. The checks run in this
 * order, and the first that fails is returned: target columns, missing and
 * unknown columns, missing values, non-numeric values, values outside the coding.
 */
export function recognizeDiabetes(table: Table): DiabetesResult {
  const columns = checkColumns(table.columnNames);
  if (!columns.ok) return columns;

  const { sourceTarget } = columns;
  const valueError = checkValues(table, sourceTarget);
  if (valueError) return { ok: false, error: valueError };

  const outputColumns: Record<string, readonly Cell[]> = {};
  for (const feature of DIABETES_FEATURES) outputColumns[feature] = table.columns[feature];
  if (sourceTarget === null) {
    const output: Table = { kind: "table", columnNames: [...DIABETES_FEATURES], columns: outputColumns, rowCount: table.rowCount };
    return { ok: true, table: output, variant: "unlabeled", targetColumn: null };
  }

  // Diabetes_012 codes prediabetes as 1 and diabetes as 2, and both become 1.
  outputColumns[DIABETES_TARGET] = table.columns[sourceTarget].map((value) => ((value as number) > 0 ? 1 : 0));
  const output: Table = {
    kind: "table",
    columnNames: [DIABETES_TARGET, ...DIABETES_FEATURES],
    columns: outputColumns,
    rowCount: table.rowCount,
  };
  return { ok: true, table: output, variant: SOURCE_TARGETS[sourceTarget].variant, targetColumn: DIABETES_TARGET };
}

type ColumnCheck = { ok: true; sourceTarget: string | null } | { ok: false; error: DataError<DiabetesErrorCode> };

function checkColumns(names: readonly string[]): ColumnCheck {
  const targets = names.filter((name) => name in SOURCE_TARGETS);
  if (targets.length > 1) return fail("CSV_MULTIPLE_TARGETS", { columns: targets.join(", ") });

  const missing = DIABETES_FEATURES.filter((feature) => !names.includes(feature));
  if (missing.length > 0) {
    return fail("CSV_MISSING_COLUMN", { column: missing[0], columns: missing.join(", "), found: listColumns(names) });
  }

  const unknown = names.filter((name) => !DIABETES_FEATURES.includes(name) && !(name in SOURCE_TARGETS));
  if (unknown.length > 0) return fail("CSV_UNKNOWN_COLUMN", { column: unknown[0], columns: unknown.join(", ") });

  return { ok: true, sourceTarget: targets[0] ?? null };
}

interface CellPosition {
  rowIndex: number;
  column: string;
  value: Cell;
}

/**
 * Scans every checked cell once and returns the first error by priority. The
 * "first" cell of each kind is the one in the lowest row, then the leftmost.
 */
function checkValues(table: Table, sourceTarget: string | null): DataError<DiabetesErrorCode> | null {
  let missingCount = 0;
  const missingColumns: string[] = [];
  let firstMissing: CellPosition | null = null;
  let firstNonNumeric: CellPosition | null = null;
  let firstOutOfRange: (CellPosition & { range: ValueRange }) | null = null;

  for (const column of table.columnNames) {
    const range = column === sourceTarget ? SOURCE_TARGETS[column].range : FEATURE_RANGES[column] ?? BOOLEAN;
    const values = table.columns[column];
    const missingBefore = missingCount;

    for (let i = 0; i < table.rowCount; i++) {
      const value = values[i];
      if (value === null || (typeof value === "number" && Number.isNaN(value))) {
        missingCount += 1;
        if (firstMissing === null || i < firstMissing.rowIndex) firstMissing = { rowIndex: i, column, value };
      } else if (typeof value !== "number" || !Number.isFinite(value)) {
        if (firstNonNumeric === null || i < firstNonNumeric.rowIndex) firstNonNumeric = { rowIndex: i, column, value };
      } else if (!inRange(value, range)) {
        if (firstOutOfRange === null || i < firstOutOfRange.rowIndex) firstOutOfRange = { rowIndex: i, column, value, range };
      }
    }
    if (missingCount > missingBefore) missingColumns.push(column);
  }

  if (firstMissing) {
    return {
      code: "CSV_MISSING_VALUES",
      params: { count: missingCount, row: spreadsheetRow(firstMissing), column: firstMissing.column, columns: missingColumns.join(", ") },
    };
  }
  if (firstNonNumeric) {
    return {
      code: "CSV_NON_NUMERIC",
      params: { row: spreadsheetRow(firstNonNumeric), column: firstNonNumeric.column, value: String(firstNonNumeric.value) },
    };
  }
  if (firstOutOfRange) {
    const { column, value, range } = firstOutOfRange;
    return {
      code: "CSV_OUT_OF_RANGE",
      params: { row: spreadsheetRow(firstOutOfRange), column, value: String(value), range: describeRange(column, range) },
    };
  }
  return null;
}

function inRange(value: number, range: ValueRange): boolean {
  if (range.integer && !Number.isInteger(value)) return false;
  if (range.exclusive) return value > range.min && value < range.max;
  return value >= range.min && value <= range.max;
}

/** Writes a range without words, so both locales can show it: `{0, 1}`, `{1, 2, …, 13}`, `0 < BMI < 100`. */
function describeRange(column: string, range: ValueRange): string {
  if (!range.integer) {
    const comparison = range.exclusive ? "<" : "≤";
    return `${range.min} ${comparison} ${column} ${comparison} ${range.max}`;
  }
  if (range.max - range.min <= 2) {
    const values: number[] = [];
    for (let v = range.min; v <= range.max; v++) values.push(v);
    return `{${values.join(", ")}}`;
  }
  return `{${range.min}, ${range.min + 1}, …, ${range.max}}`;
}

/** Table row index 0 is the first data row, which a spreadsheet shows as row 2. */
function spreadsheetRow(position: CellPosition): number {
  return position.rowIndex + 2;
}

function listColumns(names: readonly string[]): string {
  const listed = names.slice(0, MAX_LISTED_COLUMNS).map((name) => (name.length > MAX_LISTED_NAME_LENGTH ? `${name.slice(0, MAX_LISTED_NAME_LENGTH)}…` : name));
  const more = names.length > MAX_LISTED_COLUMNS ? ", …" : "";
  return listed.join(", ") + more;
}

function fail(code: DiabetesErrorCode, params: DataError["params"]): { ok: false; error: DataError<DiabetesErrorCode> } {
  return { ok: false, error: { code, params } };
}
