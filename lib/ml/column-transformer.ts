/**
 * A ColumnTransformer for the workshop's data dictionary types, as two node
 * kinds. Float columns are standardised, Ordinal and Boolean columns are
 * ordinal-encoded and then standardised, and Categorical columns are one-hot
 * encoded. The fitted transformer is plain JSON (no tensors).
 */
import type { Cell, Table } from "../data/table";
import { column, tableFromColumns } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { NodeKind } from "../pipeline/registry";
import type { ParameterValue } from "../pipeline/types";
import type { ParameterBlock } from "./inputs";
import { atPort, invalidParameter, readColumnList, requireFitted, requireParameters, requireTable } from "./inputs";
import type { Label } from "./labels";
import { isLabel, sortedUniqueLabels } from "./labels";

/** The column types of the workshop's data dictionary, in output order. */
export const COLUMN_TYPES = ["Float", "Ordinal", "Boolean", "Categorical"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A standardised output column: (value - mean) / scale, where value is the cell or its ordinal code. */
export interface ScaledColumn {
  column: string;
  type: "Float" | "Ordinal" | "Boolean";
  /** Sorted categories whose positions are the ordinal codes; absent for Float columns. */
  categories?: Label[];
  mean: number;
  /** Population standard deviation, or 1 for a constant column, as in scikit-learn's StandardScaler. */
  scale: number;
}

/** A one-hot encoded column: one output column per category seen while fitting. */
export interface OneHotColumn {
  column: string;
  type: "Categorical";
  categories: Label[];
}

export interface ColumnTransformer {
  kind: "column_transformer";
  /** Encoded inputs in output order: Float, then Ordinal, Boolean and Categorical columns. */
  steps: (ScaledColumn | OneHotColumn)[];
  /** Columns copied unchanged after the encoded ones, when the transformed table has them (e.g. the target). */
  passthrough: string[];
  /** Names of the encoded columns, like scikit-learn's `get_feature_names_out`: `BMI`, …, `Sex_0`, `Sex_1`. */
  featureNamesOut: string[];
}

export interface ColumnTransformerSpec {
  /** Input columns per type; every listed column is encoded. */
  columns: Record<ColumnType, string[]>;
  passthrough: string[];
}

function readCells(table: Table, name: string): Label[] {
  return column(table, name).map((cell: Cell, row) => {
    if (!isLabel(cell)) throw new EngineError("MISSING_VALUE", { row, column: name });
    return cell;
  });
}

function readNumbers(table: Table, name: string): number[] {
  return column(table, name).map((cell: Cell, row) => {
    if (typeof cell !== "number" || !Number.isFinite(cell)) {
      throw new EngineError("NON_NUMERIC_VALUE", { row, column: name, value: String(cell) });
    }
    return cell;
  });
}

/** Mean and population standard deviation in float64; a constant column gets scale 1 so it becomes 0, not NaN. */
function moments(values: readonly number[]): { mean: number; scale: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  const constant = values.every((v) => v === values[0]);
  return { mean, scale: constant || variance === 0 ? 1 : Math.sqrt(variance) };
}

/** Output column names of one encoded input. */
export function outputNames(step: ScaledColumn | OneHotColumn): string[] {
  return step.type === "Categorical" ? step.categories.map((category) => `${step.column}_${category}`) : [step.column];
}

/**
 * Fits the transformer on `table`: scaling moments and categories come from
 * these rows only. Throws MISSING_VALUE for an empty cell, NON_NUMERIC_VALUE
 * for a non-number in a Float column and DUPLICATE_COLUMN when two output
 * names collide (e.g. a column `Age_1` beside the one-hot `Age` = 1).
 */
export function fitColumnTransformer(table: Table, spec: ColumnTransformerSpec): ColumnTransformer {
  if (table.rowCount === 0) throw new EngineError("EMPTY_TABLE", {});
  const steps: (ScaledColumn | OneHotColumn)[] = [];
  for (const name of spec.columns.Float) steps.push({ column: name, type: "Float", ...moments(readNumbers(table, name)) });

  for (const type of ["Ordinal", "Boolean"] as const) {
    for (const name of spec.columns[type]) {
      const cells = readCells(table, name);
      const categories = sortedUniqueLabels(cells);
      const codes = new Map(categories.map((category, code) => [category, code]));
      steps.push({ column: name, type, categories, ...moments(cells.map((cell) => codes.get(cell) as number)) });
    }
  }

  for (const name of spec.columns.Categorical) {
    steps.push({ column: name, type: "Categorical", categories: sortedUniqueLabels(readCells(table, name)) });
  }

  for (const name of spec.passthrough) column(table, name);
  const featureNamesOut = steps.flatMap(outputNames);
  const seen = new Set<string>();
  for (const name of [...featureNamesOut, ...spec.passthrough]) {
    if (seen.has(name)) throw new EngineError("DUPLICATE_COLUMN", { column: name });
    seen.add(name);
  }
  return { kind: "column_transformer", steps, passthrough: [...spec.passthrough], featureNamesOut };
}

/**
 * Encodes `table` with a fitted transformer. Returns the encoded columns in
 * `featureNamesOut` order, then the passthrough columns the table has. A
 * passthrough column may be absent (the target of unlabeled rows), but an
 * encoded input column may not.
 *
 * A Categorical value not seen while fitting gives all zeros, like
 * OneHotEncoder's `handle_unknown="ignore"`. An unseen Ordinal or Boolean
 * value throws UNSEEN_LABEL, like OrdinalEncoder's default.
 */
export function applyColumnTransformer(table: Table, transformer: ColumnTransformer): Table {
  const columns: Record<string, Cell[]> = {};
  for (const step of transformer.steps) {
    if (step.type === "Float") {
      columns[step.column] = readNumbers(table, step.column).map((value) => (value - step.mean) / step.scale);
      continue;
    }

    const cells = readCells(table, step.column);
    const codes = new Map((step.categories ?? []).map((category, code) => [category, code]));
    if (step.type === "Categorical") {
      const indicators = step.categories.map(() => new Array<number>(table.rowCount).fill(0));
      cells.forEach((cell, row) => {
        const code = codes.get(cell);
        if (code !== undefined) indicators[code][row] = 1;
      });
      outputNames(step).forEach((name, code) => (columns[name] = indicators[code]));
      continue;
    }

    columns[step.column] = cells.map((cell, row) => {
      const code = codes.get(cell);
      if (code === undefined) throw new EngineError("UNSEEN_LABEL", { value: String(cell), row, column: step.column });
      return (code - step.mean) / step.scale;
    });
  }

  const passthrough = transformer.passthrough.filter((name) => table.columnNames.includes(name));
  for (const name of passthrough) columns[name] = [...table.columns[name]];
  return tableFromColumns(columns, [...transformer.featureNamesOut, ...passthrough]);
}

function isColumnType(value: ParameterValue): value is ColumnType {
  return typeof value === "string" && (COLUMN_TYPES as readonly string[]).includes(value);
}

/** Reads the `dictionary` parameter: a list of {column, type} rows, like the workshop's data dictionary. */
function readDictionary(value: ParameterValue, target: string | undefined, port: string): Record<ColumnType, string[]> {
  const expected = `a list of {column, type} entries with type ${COLUMN_TYPES.join(", ")}`;
  if (!Array.isArray(value) || value.length === 0) throw invalidParameter("dictionary", value, expected, port);
  const columns: Record<ColumnType, string[]> = { Float: [], Ordinal: [], Boolean: [], Categorical: [] };
  for (const entry of value) {
    const record = entry !== null && typeof entry === "object" && !Array.isArray(entry) ? entry : undefined;
    const name = record?.column;
    const type = record?.type;
    if (typeof name !== "string" || name === "" || type === undefined || !isColumnType(type)) {
      throw invalidParameter("dictionary", entry, expected, port);
    }
    // The dictionary describes the target too; it is passed through, not encoded.
    if (name !== target) columns[type].push(name);
  }
  return columns;
}

/** Reads the `columns` parameter: a mapping from column type to a list of column names. */
function readColumnsByType(value: ParameterValue, port: string): Record<ColumnType, string[]> {
  const block = requireParameters(value, port);
  const unknown = Object.keys(block).find((key) => !isColumnType(key));
  if (unknown !== undefined) throw invalidParameter(`columns.${unknown}`, block[unknown], `one of the types ${COLUMN_TYPES.join(", ")}`, port);
  const columns: Record<ColumnType, string[]> = { Float: [], Ordinal: [], Boolean: [], Categorical: [] };
  for (const type of COLUMN_TYPES) {
    if (block[type] !== undefined) columns[type] = readColumnList(block as ParameterBlock, type, port);
  }
  return columns;
}

/** Reads the fit parameters; every column must appear under exactly one type. */
export function readColumnTransformerSpec(paramsValue: unknown, port: string): ColumnTransformerSpec {
  const params = requireParameters(paramsValue, port);
  const target = params.target === undefined ? undefined : params.target;
  if (target !== undefined && (typeof target !== "string" || target === "")) throw invalidParameter("target", target, "a column name", port);
  if ((params.columns === undefined) === (params.dictionary === undefined)) {
    throw invalidParameter("columns", params.columns, "either `columns` (type → column names) or `dictionary`, not both", port);
  }
  const columns = params.columns !== undefined ? readColumnsByType(params.columns, port) : readDictionary(params.dictionary, target, port);

  const listed = COLUMN_TYPES.flatMap((type) => columns[type]);
  if (listed.length === 0) throw invalidParameter("columns", params.columns ?? params.dictionary, "at least one column", port);
  const repeated = listed.find((name, i) => listed.indexOf(name) !== i || name === target);
  if (repeated !== undefined) throw invalidParameter("columns", repeated, "each column under one type only, and not the target", port);

  const passthrough = params.passthrough === undefined ? [] : readColumnList(params, "passthrough", port);
  return { columns, passthrough: target !== undefined && !passthrough.includes(target) ? [target, ...passthrough] : passthrough };
}

/** Writes the run log line of a fit: the columns of each type, then the output width, e.g. `Float: BMI; Ordinal: GenHlth, …`. */
export function describeColumnTransformer(spec: ColumnTransformerSpec, transformer: ColumnTransformer): string {
  const groups = COLUMN_TYPES.filter((type) => spec.columns[type].length > 0).map((type) => `${type}: ${spec.columns[type].join(", ")}`);
  return `Column types: ${groups.join("; ")} -> ${transformer.featureNamesOut.length} encoded columns`;
}

export const columnTransformerFitKind: NodeKind = {
  id: "column_transformer_fit",
  group: "preprocessing",
  doc: [
    "Fits a ColumnTransformer by column type: scaling for Float, ordinal codes for Ordinal and Boolean, one-hot for Categorical.",
    "",
    "Float columns get a StandardScaler. Ordinal and Boolean columns get an OrdinalEncoder (sorted values → 0 … n-1),",
    "and then their codes are standardised too. scikit-learn's recipe feeds those codes unscaled, but gradient descent",
    "converges slowly when MentHlth and PhysHlth (0–30) sit beside inputs of scale 1, so this transformer scales them.",
    "Categorical columns get a OneHotEncoder whose categories are the sorted values of these rows.",
    "Give the types either as `columns` ({Float: [...], Ordinal: [...], Boolean: [...], Categorical: [...]})",
    "or as `dictionary` ([{column, type}, ...], the data dictionary's rows). `target` and `passthrough` columns are",
    "copied unchanged. Fit it on the train rows only.",
    "",
    "@example",
    "column_transformer_fit(train_raw, {target: 'Diabetes_binary', columns: {Float: ['BMI'], Ordinal: ['GenHlth'], Boolean: ['HighBP'], Categorical: ['Sex']}})",
    "// featureNamesOut: ['BMI', 'GenHlth', 'HighBP', 'Sex_0', 'Sex_1']",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Rows to fit on; every listed cell must be present, and Float cells numeric." },
    {
      name: "params",
      type: "parameters",
      doc: "`columns` (type → column names) or `dictionary` ([{column, type}]); optional `target` and `passthrough` (column names).",
    },
  ],
  outputs: [{ name: "transformer", type: "transformer", doc: "The fitted transformer, with `featureNamesOut`." }],
  run([dfIn, paramsValue], context) {
    const table = requireTable(dfIn, "df_in");
    const spec = readColumnTransformerSpec(paramsValue, "params");
    const transformer = atPort("df_in", () => fitColumnTransformer(table, spec));
    context.log(describeColumnTransformer(spec, transformer));
    return [transformer];
  },
};

export const columnTransformerTransformKind: NodeKind = {
  id: "column_transformer_transform",
  group: "preprocessing",
  doc: [
    "Encodes a table with a fitted ColumnTransformer: the encoded columns, then the target and passthrough columns.",
    "",
    "Output names follow scikit-learn's get_feature_names_out without prefixes: `BMI`, `GenHlth`, …, `Sex_0`, `Sex_1`.",
    "Other input columns are dropped, like remainder='drop'. A passthrough column missing from the input",
    "(the target of unlabeled rows) is skipped. An unseen Categorical value becomes all zeros;",
    "an unseen Ordinal or Boolean value is an error.",
    "",
    "@example",
    "column_transformer_transform(diabetes_split, column_transformer_fitted) -> master_table",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Table with the columns the transformer was fitted on." },
    { name: "transformer", type: "transformer", doc: "Output of column_transformer_fit." },
  ],
  outputs: [{ name: "df_out", type: "table", doc: "The encoded feature columns, then the passthrough columns." }],
  run([dfIn, transformerValue]) {
    const table = requireTable(dfIn, "df_in");
    const transformer = requireFitted<ColumnTransformer>(transformerValue, "column_transformer", "transformer");
    return [atPort("df_in", () => applyColumnTransformer(table, transformer))];
  },
};
