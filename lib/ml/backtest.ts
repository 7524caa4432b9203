/**
 * The `backtest_model` kind: stratified k-fold cross-validation of the
 * logistic regression that train_model fits, scored per fold and on average.
 */
import { RunCancelledError } from "../pipeline/errors";
import type { NodeContext, NodeKind } from "../pipeline/registry";
import { invalidParameter, readNumber, requireParameters } from "./inputs";
import type { FeatureMatrix } from "./logistic";
import { argmaxRows, predictProbabilities, trainLogisticRegression } from "./logistic";
import { classificationReport } from "./metrics";
import { attributeErrorsToParams, readLogisticParams, readTrainingData } from "./model-kinds";
import { stratifiedKFold } from "./stratified";
import { gatherRows, gatherValues } from "./training";

/** Accuracy and the macro averages of precision, recall and F1, as in scikit-learn's classification report. */
export interface FoldScores {
  accuracy: number;
  precision_macro: number;
  recall_macro: number;
  f1_macro: number;
}

export interface BacktestFold extends FoldScores {
  /** 1-based fold number. */
  fold: number;
  /** Number of held-out rows scored in this fold. */
  rows: number;
}

export interface BacktestReport {
  kind: "backtest";
  folds: BacktestFold[];
  /** Unweighted mean of the per-fold scores, like the mean of scikit-learn's `cross_validate` scores. */
  mean: FoldScores;
}

/** Computes accuracy and macro precision, recall and F1 of predicted class codes. */
export function macroScores(yTrue: readonly number[], yPred: readonly number[]): FoldScores {
  const report = classificationReport(yTrue, yPred);
  const macro = report["macro avg"];
  return { accuracy: report.accuracy, precision_macro: macro.precision, recall_macro: macro.recall, f1_macro: macro["f1-score"] };
}

/** Returns the unweighted mean of each score over the folds. */
function meanScores(folds: readonly FoldScores[]): FoldScores {
  const mean = (key: keyof FoldScores) => folds.reduce((sum, fold) => sum + fold[key], 0) / folds.length;
  return { accuracy: mean("accuracy"), precision_macro: mean("precision_macro"), recall_macro: mean("recall_macro"), f1_macro: mean("f1_macro") };
}

function subset(x: FeatureMatrix, rows: readonly number[]): FeatureMatrix {
  return { values: gatherRows(x, rows), rows: rows.length, columns: x.columns };
}

async function backtestModel([dfValue, columnsValue, paramsValue]: unknown[], context: NodeContext): Promise<unknown[]> {
  const params = requireParameters(paramsValue, "params");
  const folds = readNumber(params, "folds", "params", { integer: true, min: 2, fallback: 3 });
  const training = readLogisticParams(params);
  const { features, x, labels, classes } = readTrainingData(dfValue, columnsValue);
  if (folds > x.rows) throw invalidParameter("folds", folds, `an integer between 2 and the number of rows (${x.rows})`, "params");

  // The fold assignment and every fold's initial weights come from the same seed, so a rerun repeats the report.
  const splits = stratifiedKFold(labels, folds, training.seed);
  const results: BacktestFold[] = [];
  for (const [index, { train, test }] of splits.entries()) {
    if (context.signal?.aborted) throw new RunCancelledError();
    const model = await attributeErrorsToParams(() =>
      trainLogisticRegression(subset(x, train), gatherValues(labels, train), classes, features, { ...training, signal: context.signal }),
    );

    const probabilities = predictProbabilities(model, subset(x, test));
    const predicted = argmaxRows(probabilities, test.length, classes);
    const scores = macroScores(gatherValues(labels, test), predicted);
    results.push({ fold: index + 1, rows: test.length, ...scores });
    context.progress({ step: index + 1, total: folds });
    context.log(`Fold ${index + 1}/${folds}: trained on ${train.length} rows, scored ${test.length}: accuracy ${scores.accuracy.toFixed(4)}, macro F1 ${scores.f1_macro.toFixed(4)}`);
  }

  const report: BacktestReport = { kind: "backtest", folds: results, mean: meanScores(results) };
  return [report];
}

export const backtestModelKind: NodeKind = {
  id: "backtest_model",
  group: "evaluation",
  doc: [
    "Cross-validates train_model's logistic regression with stratified k-fold and reports the scores of each fold.",
    "",
    "The rows are dealt into `folds` parts that keep each class's share, like scikit-learn's",
    "StratifiedKFold(n_splits=folds, shuffle=True). Each fold trains on the other parts with the training",
    "params, predicts its own part and scores accuracy and macro precision, recall and F1; `mean` averages the folds.",
    "The seed fixes both the folds and the training, so a run is reproducible. Reports progress once per fold.",
    "",
    "@example",
    "backtest_model(master_table, params:columns, {folds: 3, seed: 42, learning_rate: 0.003, epochs: 10, batch_size: 256})",
    "// {kind: 'backtest', folds: [{fold: 1, rows: 23564, accuracy: 0.75, precision_macro: …, recall_macro: …, f1_macro: …}, …], mean: {…}}",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Encoded rows with numeric features and `<target>_encoded`, e.g. the whole master table." },
    { name: "columns", type: "parameters", doc: "The `columns` block: `target` and `features` (column names, or \"all\" for every column but the target, split and Id)." },
    {
      name: "params",
      type: "parameters",
      doc: "folds (integer >= 2, default 3), seed (integer, default 0), and train_model's learning_rate, epochs, l2 (default 0), batch_size (default all rows).",
    },
  ],
  outputs: [{ name: "report", type: "metrics", doc: "{kind: 'backtest', folds: [{fold, rows, accuracy, precision_macro, recall_macro, f1_macro}], mean} as JSON." }],
  run: backtestModel,
};
