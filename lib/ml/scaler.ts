/**
 * scikit-learn's StandardScaler as two node kinds. The fitted scaler is
 * plain JSON (no tensors) so a Web Worker can post it and the export can
 * write it.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Cell, Table } from "../data/table";
import { numericMatrix, withColumn } from "../data/table";
import type { NodeKind } from "../pipeline/registry";
import { atPort, readFeatures, requireFitted, requireSameFeatures, requireTable } from "./inputs";

export interface StandardScaler {
  kind: "standard_scaler";
  features: string[];
  /** Per-feature mean of the rows the scaler was fitted on. */
  mean: number[];
  /** Per-feature population standard deviation (ddof = 0), or 1 where it is zero. */
  scale: number[];
}

/**
 * Fits a StandardScaler on `features` with tfjs (`tf.moments`, float32).
 *
 * scikit-learn replaces a zero standard deviation by 1 so constant columns
 * become 0 instead of NaN. Because float32 moments of a constant column can
 * come out as a tiny positive variance, a deviation below 1e-6 × max(1, |mean|)
 * counts as zero here.
 */
export function fitStandardScaler(table: Table, features: readonly string[]): StandardScaler {
  const values = numericMatrix(table, features);
  const { mean, std } = tf.tidy(() => {
    const x = tf.tensor2d(values, [table.rowCount, features.length]);
    const moments = tf.moments(x, 0);
    return { mean: moments.mean, std: tf.sqrt(moments.variance) };
  });
  const meanValues = Array.from(mean.dataSync());
  const stdValues = Array.from(std.dataSync());
  tf.dispose([mean, std]);

  const scale = stdValues.map((s, j) => (s < 1e-6 * Math.max(1, Math.abs(meanValues[j])) ? 1 : s));
  return { kind: "standard_scaler", features: [...features], mean: meanValues, scale };
}

/** Replaces each fitted feature column by (x - mean) / scale, keeping the column order. */
export function applyStandardScaler(table: Table, scaler: StandardScaler): Table {
  const values = numericMatrix(table, scaler.features);
  const width = scaler.features.length;
  let result = table;
  scaler.features.forEach((name, j) => {
    const scaled: Cell[] = new Array(table.rowCount);
    for (let i = 0; i < table.rowCount; i++) scaled[i] = (values[i * width + j] - scaler.mean[j]) / scaler.scale[j];
    result = withColumn(result, name, scaled);
  });
  return result;
}

export const scalerFitKind: NodeKind = {
  id: "scaler_fit",
  group: "preprocessing",
  doc: [
    "Fits a StandardScaler (mean and population standard deviation) on the feature columns.",
    "",
    "Fit it on the train rows only, so that the test rows do not leak into the scaling.",
    "A constant column gets scale 1, as in scikit-learn.",
    "",
    "@example",
    "scaler_fit(train_raw, {features: ['SepalLengthCm', 'PetalWidthCm']})",
    "// {kind: 'standard_scaler', features: [...], mean: [m1, m2], scale: [s1, s2]}",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Rows to fit on; every feature cell must be a number." },
    { name: "params", type: "parameters", doc: "The `columns` block; `features` lists the columns to scale." },
  ],
  outputs: [{ name: "scaler", type: "transformer", doc: "The fitted scaler." }],
  run([dfIn, paramsValue]) {
    const table = requireTable(dfIn, "df_in");
    const features = readFeatures(paramsValue, "params");
    return [atPort("df_in", () => fitStandardScaler(table, features))];
  },
};

export const scalerTransformKind: NodeKind = {
  id: "scaler_transform",
  group: "preprocessing",
  doc: [
    "Standardises the feature columns with a fitted scaler: (x - mean) / scale.",
    "",
    "Other columns and the column order stay as they are. The `features` parameter must",
    "list the same columns, in the same order, as when the scaler was fitted.",
    "",
    "@example",
    "scaler_transform(iris_split, feature_scaler_fitted, params:columns) -> iris_scaled",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Table to scale." },
    { name: "scaler", type: "transformer", doc: "Output of scaler_fit." },
    { name: "columns", type: "parameters", doc: "The `columns` block; `features` must match the fitted scaler." },
  ],
  outputs: [{ name: "df_out", type: "table", doc: "The table with scaled feature columns." }],
  run([dfIn, scalerValue, columnsValue]) {
    const table = requireTable(dfIn, "df_in");
    const scaler = requireFitted<StandardScaler>(scalerValue, "standard_scaler", "scaler");
    requireSameFeatures(scaler.features, readFeatures(columnsValue, "columns"), "columns");
    return [atPort("df_in", () => applyStandardScaler(table, scaler))];
  },
};
