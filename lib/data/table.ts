/**
 * A column-oriented table: the engine's equivalent of a pandas DataFrame.
 *
 * Columns keep their insertion order in `columnNames`. Every column has
 * `rowCount` cells. Tables are treated as immutable: helpers return new tables
 * and share untouched column arrays.
 *
 * @example
 * const t = tableFromRows([{ a: 1, b: "x" }, { a: 2, b: "y" }]);
 * column(t, "a"); // [1, 2]
 */
import { EngineError } from "../pipeline/errors";

export type Cell = number | string | null;

export interface Table {
  readonly kind: "table";
  readonly columnNames: readonly string[];
  readonly columns: Readonly<Record<string, readonly Cell[]>>;
  readonly rowCount: number;
}

export function isTable(value: unknown): value is Table {
  return typeof value === "object" && value !== null && (value as Table).kind === "table";
}

/** Builds a table from row objects; the first row fixes the column order. */
export function tableFromRows(rows: readonly Record<string, Cell>[], columnNames?: readonly string[]): Table {
  const names = columnNames ?? (rows.length > 0 ? Object.keys(rows[0]) : []);
  const columns: Record<string, Cell[]> = {};
  for (const name of names) columns[name] = rows.map((row) => row[name] ?? null);
  return { kind: "table", columnNames: [...names], columns, rowCount: rows.length };
}

/** Builds a table from columns; every column must have the same length. */
export function tableFromColumns(columns: Record<string, readonly Cell[]>, columnNames?: readonly string[]): Table {
  const names = columnNames ?? Object.keys(columns);
  const rowCount = names.length > 0 ? columns[names[0]].length : 0;
  for (const name of names) {
    if (columns[name].length !== rowCount) {
      throw new Error(`column "${name}" has ${columns[name].length} cells, expected ${rowCount}`);
    }
  }
  return { kind: "table", columnNames: [...names], columns, rowCount };
}

export function tableToRows(table: Table): Record<string, Cell>[] {
  const rows: Record<string, Cell>[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const row: Record<string, Cell> = {};
    for (const name of table.columnNames) row[name] = table.columns[name][i];
    rows.push(row);
  }
  return rows;
}

/** Returns a column, or throws COLUMN_NOT_FOUND naming the column and the ones that exist. */
export function column(table: Table, name: string): readonly Cell[] {
  const values = table.columns[name];
  if (!table.columnNames.includes(name) || values === undefined) {
    throw new EngineError("COLUMN_NOT_FOUND", { column: name, available: table.columnNames.join(", ") });
  }
  return values;
}

/** Returns a new table with `name` added, or replaced in place if it exists. */
export function withColumn(table: Table, name: string, values: readonly Cell[]): Table {
  if (values.length !== table.rowCount) {
    throw new Error(`column "${name}" has ${values.length} cells, expected ${table.rowCount}`);
  }
  const columnNames = table.columnNames.includes(name) ? table.columnNames : [...table.columnNames, name];
  return { ...table, columnNames, columns: { ...table.columns, [name]: values } };
}

/** Keeps the rows whose index passes `keep`. */
export function filterRows(table: Table, keep: (rowIndex: number) => boolean): Table {
  const indices: number[] = [];
  for (let i = 0; i < table.rowCount; i++) if (keep(i)) indices.push(i);
  return takeRows(table, indices);
}

export function takeRows(table: Table, indices: readonly number[]): Table {
  const columns: Record<string, Cell[]> = {};
  for (const name of table.columnNames) {
    const source = table.columns[name];
    columns[name] = indices.map((i) => source[i]);
  }
  return { kind: "table", columnNames: table.columnNames, columns, rowCount: indices.length };
}

export function selectColumns(table: Table, names: readonly string[]): Table {
  const columns: Record<string, readonly Cell[]> = {};
  for (const name of names) columns[name] = column(table, name);
  return { kind: "table", columnNames: [...names], columns, rowCount: table.rowCount };
}

/**
 * Reads `features` as a row-major Float32Array (rowCount × features.length).
 * Throws NON_NUMERIC_VALUE naming the row (0-based, as pandas shows it), the
 * column and the value when a cell is missing or not a finite number.
 */
export function numericMatrix(table: Table, features: readonly string[]): Float32Array {
  const width = features.length;
  const out = new Float32Array(table.rowCount * width);
  features.forEach((name, j) => {
    const values = column(table, name);
    for (let i = 0; i < table.rowCount; i++) {
      const value = values[i];
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new EngineError("NON_NUMERIC_VALUE", { row: i, column: name, value: String(value) });
      }
      out[i * width + j] = value;
    }
  });
  return out;
}
