/**
 * The `permutation_importance` kind: how much a trained classifier's macro F1
 * drops when one input column's values are shuffled across the rows, like
 * scikit-learn's `permutation_importance(model, X, y, scoring="f1_macro")`.
 */
import type { Table } from "../data/table";
import { EngineError, RunCancelledError } from "../pipeline/errors";
import type { NodeContext, NodeKind } from "../pipeline/registry";
import type { ColumnTransformer } from "./column-transformer";
import { outputNames } from "./column-transformer";
import { describeType, readNumber, readTarget, requireParameters, requireSameFeatures, requireTable } from "./inputs";
import type { FeatureMatrix } from "./logistic";
import { argmaxRows } from "./logistic";
import { macroScores } from "./backtest";
import type { ClassifierModel } from "./model-kinds";
import { ALL_FEATURES, classifierProbabilities, readEncodedLabels, readFeatureMatrix, readFeatureSelection, requireClassifier } from "./model-kinds";
import { mulberry32 } from "./random";
import type { RandomSource } from "./random";
import type { StandardScaler } from "./scaler";
import { createYielder, shuffleInPlace } from "./training";

/** A raw input column and the positions of its encoded columns among the model's features. */
export interface FeatureGroup {
  feature: string;
  columns: number[];
}

export interface FeatureImportance {
  feature: string;
  /** Mean over the repeats of baseline − permuted macro F1, negative when shuffling helped by chance. */
  mean_drop: number;
  /** Population standard deviation of the drops over the repeats, like scikit-learn's `importances_std`. */
  std_drop: number;
}

export interface PermutationImportanceReport {
  kind: "permutation_importance";
  metric: "f1_macro";
  /** Macro F1 of the unshuffled rows. */
  baseline: number;
  /** Sorted by mean_drop, largest first. Ties keep the model's feature order. */
  features: FeatureImportance[];
}

const TRANSFORMER_KINDS = ["column_transformer", "standard_scaler"];

/**
 * Groups the model's features by the raw column they encode. A column
 * transformer maps each one-hot column (`Sex_0`, `Sex_1`) to its raw column
 * (`Sex`) and each scaled column to itself. A standard scaler encodes one
 * column per column, so each feature is its own group. Features that the
 * transformer did not produce (e.g. passed through unchanged) also form their
 * own group, and transformer outputs the model does not use are left out.
 */
export function featureGroups(transformer: ColumnTransformer | StandardScaler, features: readonly string[]): FeatureGroup[] {
  const position = new Map(features.map((name, i) => [name, i]));
  const grouped = new Set<string>();
  const groups: FeatureGroup[] = [];
  const steps = transformer.kind === "column_transformer" ? transformer.steps : [];
  for (const step of steps) {
    const names = outputNames(step).filter((name) => position.has(name));
    if (names.length === 0) continue;
    names.forEach((name) => grouped.add(name));
    groups.push({ feature: step.column, columns: names.map((name) => position.get(name) as number) });
  }

  for (const name of features) {
    if (!grouped.has(name)) groups.push({ feature: name, columns: [position.get(name) as number] });
  }
  return groups.sort((a, b) => a.columns[0] - b.columns[0]);
}

function requireTransformer(value: unknown, port: string): ColumnTransformer | StandardScaler {
  const actual = describeType(value);
  if (!TRANSFORMER_KINDS.includes(actual)) throw new EngineError("WRONG_INPUT_TYPE", { expected: TRANSFORMER_KINDS.join(" or "), actual }, port);
  return value as ColumnTransformer | StandardScaler;
}

function macroF1(model: ClassifierModel, x: FeatureMatrix, labels: readonly number[]): number {
  const predicted = argmaxRows(classifierProbabilities(model, x), x.rows, model.classes);
  return macroScores(labels, predicted).f1_macro;
}

/** Returns a copy of `x` whose `columns` all take their values from the rows of one shared permutation. */
export function permuteColumns(x: FeatureMatrix, columns: readonly number[], random: RandomSource): FeatureMatrix {
  const order = shuffleInPlace(Array.from({ length: x.rows }, (_, row) => row), random);
  const values = Float32Array.from(x.values);
  for (let row = 0; row < x.rows; row++) {
    for (const column of columns) values[row * x.columns + column] = x.values[order[row] * x.columns + column];
  }
  return { values, rows: x.rows, columns: x.columns };
}

/** Returns the mean and the population standard deviation of the values. */
export function meanAndStd(values: readonly number[]): { mean: number; std: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, std: Math.sqrt(variance) };
}

/**
 * Scores every group `repeats` times with its columns shuffled. One seeded
 * generator supplies all the permutations, in group order then repeat order,
 * so the same seed, rows and model give the same report.
 */
export async function permutationImportance(
  model: ClassifierModel,
  x: FeatureMatrix,
  labels: readonly number[],
  groups: readonly FeatureGroup[],
  options: { repeats: number; seed: number; signal?: AbortSignal; onGroup?: (done: number, total: number) => void },
): Promise<PermutationImportanceReport> {
  const baseline = macroF1(model, x, labels);
  const random = mulberry32(options.seed);
  const yieldIfDue = createYielder();
  const features: FeatureImportance[] = [];
  for (const [index, group] of groups.entries()) {
    const drops: number[] = [];
    for (let repeat = 0; repeat < options.repeats; repeat++) {
      if (options.signal?.aborted) throw new RunCancelledError();
      drops.push(baseline - macroF1(model, permuteColumns(x, group.columns, random), labels));
      await yieldIfDue();
    }
    const { mean, std } = meanAndStd(drops);
    features.push({ feature: group.feature, mean_drop: mean, std_drop: std });
    options.onGroup?.(index + 1, groups.length);
  }

  // Array.prototype.sort is stable, so equal drops keep the group order.
  features.sort((a, b) => b.mean_drop - a.mean_drop);
  return { kind: "permutation_importance", metric: "f1_macro", baseline, features };
}

async function runPermutationImportance([dfValue, modelValue, columnsValue, paramsValue, transformerValue]: unknown[], context: NodeContext): Promise<unknown[]> {
  const table: Table = requireTable(dfValue, "df");
  const model = requireClassifier(modelValue, "model");
  const selection = readFeatureSelection(columnsValue, "columns");
  if (selection !== ALL_FEATURES) requireSameFeatures(model.features, selection, "columns");
  const target = readTarget(columnsValue, "columns");
  const params = requireParameters(paramsValue, "params");
  const repeats = readNumber(params, "repeats", "params", { integer: true, min: 1, fallback: 3 });
  const seed = readNumber(params, "seed", "params", { integer: true, fallback: 0 });
  const transformer = requireTransformer(transformerValue, "transformer");
  if (table.rowCount === 0) throw new EngineError("EMPTY_TABLE", {}, "df");

  const x = readFeatureMatrix(table, model.features, "df");
  const labels = readEncodedLabels(table, target);
  const groups = featureGroups(transformer, model.features);
  const report = await permutationImportance(model, x, labels, groups, {
    repeats,
    seed,
    signal: context.signal,
    onGroup: (done, total) => context.progress({ step: done, total }),
  });

  const top = report.features.slice(0, 3).map((item) => `${item.feature} ${item.mean_drop.toFixed(4)}`).join(", ");
  context.log(`Permutation importance of ${groups.length} columns on ${x.rows} rows (${repeats} repeats): baseline macro F1 ${report.baseline.toFixed(4)}, largest drops ${top}`);
  return [report];
}

export const permutationImportanceKind: NodeKind = {
  id: "permutation_importance",
  group: "evaluation",
  doc: [
    "Ranks the raw input columns by how much the model's macro F1 drops when that column is shuffled.",
    "",
    "For each column, the rows' values are permuted `repeats` times and the test rows re-scored; the importance is",
    "baseline − permuted macro F1, averaged (mean_drop) with its standard deviation (std_drop), like scikit-learn's",
    "permutation_importance. The transformer that encoded the rows groups the columns: the one-hot columns of a raw",
    "column (Sex_0, Sex_1) are shuffled together with the same permutation, so the report lists raw columns.",
    "The seed fixes the permutations, so a run is reproducible.",
    "",
    "@example",
    "permutation_importance(mt_test, trained_model, params:columns, {repeats: 3, seed: 42}, column_transformer_fitted)",
    "// {kind: 'permutation_importance', metric: 'f1_macro', baseline: 0.75, features: [{feature: 'GenHlth', mean_drop: 0.05, std_drop: 0.002}, …]}",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Encoded rows with the model's features and `<target>_encoded`, usually the test rows." },
    { name: "model", type: "model", doc: "Output of train_model or train_mlp." },
    { name: "columns", type: "parameters", doc: "The `columns` block: `target`, and `features` matching the model or \"all\"." },
    { name: "params", type: "parameters", doc: "repeats (integer >= 1, default 3) and seed (integer, default 0)." },
    {
      name: "transformer",
      type: "transformer",
      doc: "The fitted column_transformer (one-hot columns grouped by raw column) or standard_scaler (one group per feature) that encoded df.",
    },
  ],
  outputs: [
    {
      name: "importance",
      type: "metrics",
      doc: "{kind: 'permutation_importance', metric: 'f1_macro', baseline, features: [{feature, mean_drop, std_drop}]} as JSON, largest drop first.",
    },
  ],
  run: runPermutationImportance,
};
