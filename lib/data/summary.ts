/**
 * Dataset summaries for the inspector: what `df.info()`, `df.describe()` and
 * `df.head()` show for a table, and a short description of any other dataset
 * value (a fitted scaler, encoder or model, or a metrics object).
 */
import type { Cell, Table } from "./table";
import { isTable, tableToRows } from "./table";

export type ColumnType = "number" | "string" | "mixed" | "empty";

export interface ValueCount {
  value: string;
  count: number;
}

export interface ColumnSummary {
  name: string;
  /** `number` or `string` when every present cell has that type; `empty` when no cell is present. */
  type: ColumnType;
  /** Cells that are null or NaN, as pandas counts missing values. */
  missing: number;
  /** Set for `number` columns only. */
  min?: number;
  mean?: number;
  max?: number;
  /** The 3 most frequent values of a `string` column, most frequent first. Ties keep first-seen order. */
  top?: ValueCount[];
}

export interface TableSummary {
  rowCount: number;
  columnCount: number;
  /** The first rows, as row objects. */
  preview: Record<string, Cell>[];
  columns: ColumnSummary[];
}

export interface SummaryOptions {
  /** Rows in `preview`; 10 unless set. */
  previewRows?: number;
}

const TOP_VALUE_COUNT = 3;

/** Summarises a table: its shape, its first rows and per-column statistics. */
export function summarizeTable(table: Table, { previewRows = 10 }: SummaryOptions = {}): TableSummary {
  const previewTable = { ...table, rowCount: Math.min(table.rowCount, Math.max(0, previewRows)) };
  return {
    rowCount: table.rowCount,
    columnCount: table.columnNames.length,
    preview: tableToRows(previewTable),
    columns: table.columnNames.map((name) => summarizeColumn(name, table.columns[name])),
  };
}

function isMissing(cell: Cell): cell is null {
  return cell === null || (typeof cell === "number" && Number.isNaN(cell));
}

function summarizeColumn(name: string, cells: readonly Cell[]): ColumnSummary {
  let missing = 0;
  const numbers: number[] = [];
  const strings: string[] = [];
  for (const cell of cells) {
    if (isMissing(cell)) missing += 1;
    else if (typeof cell === "number") numbers.push(cell);
    else strings.push(cell);
  }

  if (numbers.length > 0 && strings.length > 0) return { name, type: "mixed", missing };
  if (strings.length > 0) return { name, type: "string", missing, top: topValues(strings) };
  if (numbers.length === 0) return { name, type: "empty", missing };

  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const value of numbers) {
    if (value < min) min = value;
    if (value > max) max = value;
    sum += value;
  }
  return { name, type: "number", missing, min, mean: sum / numbers.length, max };
}

function topValues(values: readonly string[]): ValueCount[] {
  // Map keeps insertion order and the sort is stable, so ties stay in first-seen order.
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, TOP_VALUE_COUNT);
}

// ---------------------------------------------------------------------------
// Other dataset values

export type SummaryField = string | number | boolean | null;

export interface ValueSummary {
  /**
   * The value's `kind` field (`standard_scaler`, `label_encoder`,
   * `logistic_regression`, `confusion_matrix`), `table`,
   * `classification_report`, or the JavaScript type (`object`, `array`,
   * `number`, …) for anything else.
   */
  kind: string;
  /** A few fields worth showing, keyed by the object's own field names. */
  fields: Record<string, SummaryField>;
  /** UTF-8 bytes of the value as JSON: roughly what its JSON file would take. */
  sizeBytes: number;
}

/** Fields listed for objects of an unknown kind. */
const MAX_GENERIC_FIELDS = 5;
/** List items shown before `…` in a list field. */
const MAX_LIST_ITEMS = 8;

/** Describes a non-table dataset value in a few fields; a table gets its shape. */
export function summarizeValue(value: unknown): ValueSummary {
  const sizeBytes = jsonSize(value);

  if (isTable(value)) {
    return { kind: "table", fields: { rows: value.rowCount, columns: value.columnNames.length }, sizeBytes };
  }
  if (Array.isArray(value)) return { kind: "array", fields: { length: value.length }, sizeBytes };
  if (value === null || typeof value !== "object") {
    return { kind: value === null ? "null" : typeof value, fields: { value: shortField(value) }, sizeBytes };
  }

  const object = value as Record<string, unknown>;
  const fields = knownKindFields(object);
  if (fields) return { kind: String(object.kind), fields, sizeBytes };
  if (isClassificationReport(object)) {
    return { kind: "classification_report", fields: classificationReportFields(object), sizeBytes };
  }

  const generic: Record<string, SummaryField> = {};
  for (const key of Object.keys(object).slice(0, MAX_GENERIC_FIELDS)) generic[key] = shortField(object[key]);
  return { kind: typeof object.kind === "string" ? object.kind : "object", fields: generic, sizeBytes };
}

/** Fields for the objects the node kinds produce (see lib/ml), or undefined for another kind. */
function knownKindFields(object: Record<string, unknown>): Record<string, SummaryField> | undefined {
  switch (object.kind) {
    case "standard_scaler":
      return { features: shortField(object.features) };
    case "label_encoder":
      return { column: shortField(object.column), classes: shortField(object.classes) };
    case "logistic_regression": {
      const lossHistory = Array.isArray(object.lossHistory) ? (object.lossHistory as unknown[]) : [];
      const finalLoss = lossHistory.at(-1);
      return {
        features: shortField(object.features),
        classes: shortField(object.classes),
        epochs: lossHistory.length,
        finalLoss: typeof finalLoss === "number" ? finalLoss : null,
      };
    }
    case "confusion_matrix": {
      const matrix = Array.isArray(object.matrix) ? (object.matrix as unknown[][]) : [];
      const total = matrix.flat().reduce<number>((sum, count) => sum + (typeof count === "number" ? count : 0), 0);
      return { labels: shortField(object.labels), total };
    }
    default:
      return undefined;
  }
}

/** scikit-learn's `classification_report(output_dict=True)` shape, as lib/ml/metrics.ts returns it. */
function isClassificationReport(object: Record<string, unknown>): boolean {
  return typeof object.accuracy === "number" && typeof object["macro avg"] === "object" && object["macro avg"] !== null;
}

function classificationReportFields(report: Record<string, unknown>): Record<string, SummaryField> {
  const macro = report["macro avg"] as Record<string, unknown>;
  const classes = Object.keys(report).filter((key) => key !== "accuracy" && !key.endsWith(" avg"));
  return {
    accuracy: report.accuracy as number,
    "macro f1-score": typeof macro["f1-score"] === "number" ? macro["f1-score"] : null,
    classes: classes.length,
  };
}

/** Shortens a field value to one line: joins lists, cuts long ones, and shows objects as `{…}`. */
function shortField(value: unknown): SummaryField {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_LIST_ITEMS).map((item) => (typeof item === "object" && item !== null ? "…" : String(item)));
    return value.length > MAX_LIST_ITEMS ? `${shown.join(", ")}, … (${value.length})` : shown.join(", ");
  }
  return typeof value === "object" ? "{…}" : String(value);
}

function jsonSize(value: unknown): number {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Cyclic or BigInt values cannot be written as JSON.
    return 0;
  }
  return text === undefined ? 0 : new TextEncoder().encode(text).length;
}
