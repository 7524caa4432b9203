/**
 * Stratified sampling: the `stratified_split` kind, which keeps each class's
 * share equal in the train and test parts, and `stratifiedKFold` for
 * cross-validation. Both are seeded with mulberry32, so they give the same
 * rows in the browser and in Node (but not the rows NumPy would pick).
 */
import type { Cell } from "../data/table";
import { column, withColumn } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { NodeKind } from "../pipeline/registry";
import { atPort, readNumber, readString, requireParameters, requireTable } from "./inputs";
import type { Label } from "./labels";
import { isLabel, sortedUniqueLabels } from "./labels";
import { mulberry32 } from "./random";
import type { SplitPart } from "./split";
import { isClose, SPLIT_COLUMN } from "./split";
import { shuffleInPlace } from "./training";

/** Groups the row indices by label, in sorted label order. */
function rowsByClass(labels: readonly Label[]): number[][] {
  const groups = new Map<Label, number[]>();
  for (const label of sortedUniqueLabels(labels)) groups.set(label, []);
  labels.forEach((label, row) => (groups.get(label) as number[]).push(row));
  return [...groups.values()];
}

/**
 * Splits the class sizes `counts` into per-class test counts that sum to
 * `total`: each class gets the floor of its exact share, and the rows left
 * over go to the largest fractional parts (ties to the earlier class).
 */
function allocateProportionally(counts: readonly number[], total: number): number[] {
  const rows = counts.reduce((sum, n) => sum + n, 0);
  const exact = counts.map((n) => (n * total) / rows);
  const allocated = exact.map(Math.floor);
  let remaining = total - allocated.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact.map((value, k) => ({ k, fraction: value - Math.floor(value) })).sort((a, b) => b.fraction - a.fraction || a.k - b.k);
  for (const { k } of byRemainder) {
    if (remaining === 0) break;
    allocated[k] += 1;
    remaining -= 1;
  }
  return allocated;
}

/**
 * Picks ceil(testFraction · n) test rows so that each label's share of the
 * test rows matches its share of all rows (up to rounding), like
 * scikit-learn's `train_test_split(..., stratify=labels)`. Returns both
 * parts as ascending row indices.
 *
 * @example
 * stratifiedIndices([0, 0, 0, 0, 1, 1, 1, 1], 0.25, 42).test; // one row of class 0 and one of class 1
 */
export function stratifiedIndices(labels: readonly Label[], testFraction: number, seed: number): { train: number[]; test: number[] } {
  if (!(testFraction >= 0 && testFraction <= 1)) throw new RangeError(`testFraction must be between 0 and 1, got ${testFraction}`);
  const random = mulberry32(seed);
  const groups = rowsByClass(labels);
  const testCounts = allocateProportionally(
    groups.map((rows) => rows.length),
    Math.ceil(testFraction * labels.length - 1e-9),
  );

  const train: number[] = [];
  const test: number[] = [];
  groups.forEach((rows, k) => {
    const shuffled = shuffleInPlace([...rows], random);
    // Element by element: push(...rows) passes every row as an argument and can overflow the stack.
    for (const row of shuffled.slice(0, testCounts[k])) test.push(row);
    for (const row of shuffled.slice(testCounts[k])) train.push(row);
  });
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}

/**
 * Assigns each row to one of `k` folds, stratified by label, like
 * scikit-learn's `StratifiedKFold(n_splits=k, shuffle=True)`: every fold gets
 * each class's rows within one row of an equal share, and fold sizes differ by
 * at most one row. Returns, per fold, the other folds' rows as `train` and the
 * fold's rows as `test`, both ascending.
 *
 * @throws RangeError when k is not an integer between 2 and the number of rows.
 * @example
 * stratifiedKFold(["a", "a", "b", "b"], 2, 1); // two folds, each with one "a" and one "b" in test
 */
export function stratifiedKFold(labels: readonly Label[], k: number, seed: number): { train: number[]; test: number[] }[] {
  if (!Number.isInteger(k) || k < 2 || k > labels.length) {
    throw new RangeError(`k must be an integer between 2 and the number of rows (${labels.length}), got ${k}`);
  }
  const random = mulberry32(seed);
  const foldOf = new Array<number>(labels.length);
  // Dealing continues across classes, so a class's leftover rows fill the folds that the previous class left short.
  let next = 0;
  for (const rows of rowsByClass(labels)) {
    for (const row of shuffleInPlace([...rows], random)) {
      foldOf[row] = next;
      next = (next + 1) % k;
    }
  }

  return Array.from({ length: k }, (_, fold) => {
    const train: number[] = [];
    const test: number[] = [];
    foldOf.forEach((assigned, row) => (assigned === fold ? test : train).push(row));
    return { train, test };
  });
}

function readStratifyLabels(cells: readonly Cell[], name: string): Label[] {
  return cells.map((cell, row) => {
    if (!isLabel(cell)) throw new EngineError("MISSING_VALUE", { row, column: name });
    return cell;
  });
}

export const stratifiedSplitKind: NodeKind = {
  id: "stratified_split",
  group: "data",
  doc: [
    "Adds a `split` column with 'train' or 'test', keeping each class's share equal in both parts.",
    "",
    "Exactly ceil(test_ratio · rows) rows become 'test', as in scikit-learn's train_test_split.",
    "With `stratify` naming a column (usually the target), each of its values gets the same share of test rows,",
    "up to rounding. Without it the test rows are a plain random sample of that size.",
    "The same seed gives the same split in the browser and in Node; the ratios must sum to 1.",
    "",
    "@example",
    "stratified_split(diabetes_raw, {train_ratio: 0.8, test_ratio: 0.2, seed: 42, stratify: 'Diabetes_binary'})",
  ].join("\n"),
  inputs: [
    { name: "df_raw", type: "table", doc: "Table to mark; its rows stay in order." },
    {
      name: "params",
      type: "parameters",
      doc: "train_ratio, test_ratio (0 to 1, summing to 1), an integer seed and optionally stratify (a column name).",
    },
  ],
  outputs: [{ name: "df_split", type: "table", doc: "The input table with a `split` column added or replaced." }],
  run([dfRaw, paramsValue]) {
    const table = requireTable(dfRaw, "df_raw");
    const params = requireParameters(paramsValue, "params");
    const trainRatio = readNumber(params, "train_ratio", "params", { min: 0, max: 1 });
    const testRatio = readNumber(params, "test_ratio", "params", { min: 0, max: 1 });
    const seed = readNumber(params, "seed", "params", { integer: true });
    const stratify = params.stratify === undefined ? undefined : readString(params, "stratify", "params");

    const sum = trainRatio + testRatio;
    if (!isClose(sum, 1)) throw new EngineError("SPLIT_RATIOS_SUM", { sum }, "params");

    const labels: Label[] = stratify
      ? atPort("df_raw", () => readStratifyLabels(column(table, stratify), stratify))
      : new Array<Label>(table.rowCount).fill(0);
    const { test } = stratifiedIndices(labels, testRatio, seed);
    const parts = new Array<SplitPart>(table.rowCount).fill("train");
    for (const row of test) parts[row] = "test";
    return [withColumn(table, SPLIT_COLUMN, parts)];
  },
};
