/**
 * Train/test split kinds: `create_split_column` marks each row, and
 * `split_master_table` cuts a marked table in two. Marking first lets the
 * scaler and encoder be fitted on the train rows only, while the whole table
 * is transformed with them.
 */
import type { Table } from "../data/table";
import { column, filterRows, withColumn } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { NodeKind } from "../pipeline/registry";
import { atPort, readNumber, requireParameters, requireTable } from "./inputs";
import { mulberry32 } from "./random";

export const SPLIT_COLUMN = "split";
export type SplitPart = "train" | "test";

/**
 * Draws "train" or "test" for each row with probability `trainRatio` for
 * "train", like `np.random.choice(["train", "test"], p=[train, test])`:
 * a uniform draw below `trainRatio` gives "train". The sequence comes from
 * mulberry32, so it matches across platforms but not NumPy's generator.
 */
export function drawSplit(rowCount: number, trainRatio: number, seed: number): SplitPart[] {
  const random = mulberry32(seed);
  const parts: SplitPart[] = [];
  for (let i = 0; i < rowCount; i++) parts.push(random() < trainRatio ? "train" : "test");
  return parts;
}

/** Tests `a ≈ b` with NumPy's `np.isclose` defaults (rtol 1e-5, atol 1e-8). */
export function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}

export const createSplitColumnKind: NodeKind = {
  id: "create_split_column",
  group: "data",
  doc: [
    "Adds a `split` column with 'train' or 'test', drawn per row at random.",
    "",
    "Each row is 'train' with probability train_ratio and 'test' with probability test_ratio,",
    "so the part sizes vary around the ratios. The same seed gives the same split in the browser and in Node.",
    "The ratios must sum to 1 (within np.isclose's tolerance).",
    "",
    "@example",
    "create_split_column(iris_train_raw, {train_ratio: 0.8, test_ratio: 0.2, seed: 42})",
  ].join("\n"),
  inputs: [
    { name: "df_raw", type: "table", doc: "Table to mark; its rows stay in order." },
    { name: "params", type: "parameters", doc: "train_ratio, test_ratio (0 to 1, summing to 1) and an integer seed." },
  ],
  outputs: [{ name: "df_split", type: "table", doc: "The input table with a `split` column added or replaced." }],
  run([dfRaw, paramsValue]) {
    const table = requireTable(dfRaw, "df_raw");
    const params = requireParameters(paramsValue, "params");
    const trainRatio = readNumber(params, "train_ratio", "params", { min: 0, max: 1 });
    const testRatio = readNumber(params, "test_ratio", "params", { min: 0, max: 1 });
    const seed = readNumber(params, "seed", "params", { integer: true });

    const sum = trainRatio + testRatio;
    if (!isClose(sum, 1)) throw new EngineError("SPLIT_RATIOS_SUM", { sum }, "params");

    return [withColumn(table, SPLIT_COLUMN, drawSplit(table.rowCount, trainRatio, seed))];
  },
};

/** Returns the rows whose `split` cell equals `part`, or throws EMPTY_SPLIT when there are none. */
export function selectSplit(table: Table, part: SplitPart): Table {
  const marks = column(table, SPLIT_COLUMN);
  const rows = filterRows(table, (i) => marks[i] === part);
  if (rows.rowCount === 0) throw new EngineError("EMPTY_SPLIT", { part });
  return rows;
}

export const splitMasterTableKind: NodeKind = {
  id: "split_master_table",
  group: "data",
  doc: [
    "Splits a table into its 'train' and 'test' rows by the `split` column.",
    "",
    "All columns are kept, including `split` and `Id`. Fails when a part has no rows,",
    "because a scaler, an encoder or a model cannot be fitted or scored on zero rows.",
    "",
    "@example",
    "split_master_table(master_table, params:columns) -> [mt_train, mt_test]",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Table with a `split` column from create_split_column." },
    { name: "columns", type: "parameters", doc: "The `columns` block; kept for the Python signature, not read." },
  ],
  outputs: [
    { name: "train", type: "table", doc: "Rows with split == 'train'." },
    { name: "test", type: "table", doc: "Rows with split == 'test'." },
  ],
  run([dfValue]) {
    const table = requireTable(dfValue, "df");
    return atPort("df", () => [selectSplit(table, "train"), selectSplit(table, "test")]);
  },
};
