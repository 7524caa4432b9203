/**
 * The `backtest_model` kind: stratified k-fold cross-validation of the whole
 * training recipe (column transformer, label encoder, classifier), refitted
 * on each fold's training rows and scored per fold and on average.
 */
import type { Table } from "../data/table";
import { takeRows } from "../data/table";
import { EngineError, RunCancelledError } from "../pipeline/errors";
import type { NodeContext, NodeKind } from "../pipeline/registry";
import type { ColumnTransformerSpec } from "./column-transformer";
import { applyColumnTransformer, fitColumnTransformer, readColumnTransformerSpec } from "./column-transformer";
import { encodeLabels, fitLabelEncoder } from "./encoder";
import type { SearchModel } from "./fit";
import { fitClassifier } from "./fit";
import type { ParameterBlock } from "./inputs";
import { atPort, invalidParameter, readNumber, readTarget, requireParameters, requireTable } from "./inputs";
import { argmaxRows } from "./logistic";
import { classificationReport } from "./metrics";
import { attributeErrorsToParams, classifierProbabilities, readFeatureMatrix, readLogisticParams, trainingFeatures } from "./model-kinds";
import { stratifiedKFold } from "./stratified";

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

/** Reads the per-fold training hyperparameters: train_model's, or train_mlp's with `model: mlp`. */
function readFoldTraining(params: ParameterBlock): { model: SearchModel; values: Record<string, number> } {
  const model = params.model ?? "logistic_regression";
  if (model !== "logistic_regression" && model !== "mlp") throw invalidParameter("model", model, '"logistic_regression" or "mlp"', "params");
  const logistic = readLogisticParams(params);
  const values: Record<string, number> = {
    learning_rate: logistic.learningRate,
    epochs: logistic.epochs,
    l2: logistic.l2,
    seed: logistic.seed,
    batch_size: logistic.batchSize,
  };
  if (model === "mlp") values.hidden_units = readNumber(params, "hidden_units", "params", { integer: true, min: 1, fallback: 32 });
  return { model, values };
}

/**
 * Encodes one fold as a scikit-learn Pipeline would: the column transformer
 * and the label encoder are fitted on the fold's training rows only, then
 * applied to both parts, so no held-out row shapes the encoding.
 */
function encodeFold(df: Table, train: readonly number[], test: readonly number[], spec: ColumnTransformerSpec, target: string, columnsValue: unknown) {
  const trainRaw = takeRows(df, train);
  const testRaw = takeRows(df, test);
  const transformer = fitColumnTransformer(trainRaw, spec);
  const encoder = fitLabelEncoder(trainRaw, target);
  const trainEncoded = applyColumnTransformer(trainRaw, transformer);
  const features = trainingFeatures(trainEncoded, columnsValue, "columns");
  return {
    features,
    classes: encoder.classes.length,
    trainX: readFeatureMatrix(trainEncoded, features, "df"),
    trainLabels: encodeLabels(trainRaw, encoder),
    testX: readFeatureMatrix(applyColumnTransformer(testRaw, transformer), features, "df"),
    testLabels: encodeLabels(testRaw, encoder),
  };
}

async function backtestModel([dfValue, columnsValue, paramsValue, transformerValue]: unknown[], context: NodeContext): Promise<unknown[]> {
  const params = requireParameters(paramsValue, "params");
  const folds = readNumber(params, "folds", "params", { integer: true, min: 2, fallback: 3 });
  const training = readFoldTraining(params);
  const spec = readColumnTransformerSpec(transformerValue, "transformer_params");
  const df = requireTable(dfValue, "df");
  const target = readTarget(columnsValue, "columns");
  if (df.rowCount === 0) throw new EngineError("EMPTY_TABLE", {}, "df");
  const rawLabels = atPort("df", () => fitLabelEncoder(df, target));
  if (rawLabels.classes.length < 2) throw new EngineError("TOO_FEW_CLASSES", { classes: rawLabels.classes.length, column: target }, "df");
  if (folds > df.rowCount) throw invalidParameter("folds", folds, `an integer between 2 and the number of rows (${df.rowCount})`, "params");

  // The fold assignment and every fold's initial weights come from the same seed, so a rerun repeats the report.
  const splits = stratifiedKFold(encodeLabels(df, rawLabels), folds, training.values.seed);
  const results: BacktestFold[] = [];
  for (const [index, { train, test }] of splits.entries()) {
    if (context.signal?.aborted) throw new RunCancelledError();
    const fold = atPort("df", () => encodeFold(df, train, test, spec, target, columnsValue));
    const model = await attributeErrorsToParams(() =>
      fitClassifier(training.model, fold.trainX, fold.trainLabels, fold.classes, fold.features, training.values, context.signal),
    );
    const predicted = argmaxRows(classifierProbabilities(model, fold.testX), test.length, fold.classes);
    const scores = macroScores(fold.testLabels, predicted);
    results.push({ fold: index + 1, rows: test.length, ...scores });
    context.progress({ step: index + 1, total: folds });
    context.log(
      `Fold ${index + 1}/${folds}: fitted the column transformer and trained on ${train.length} rows, scored ${test.length}: accuracy ${scores.accuracy.toFixed(4)}, macro F1 ${scores.f1_macro.toFixed(4)}`,
    );
  }

  const report: BacktestReport = { kind: "backtest", folds: results, mean: meanScores(results) };
  return [report];
}

export const backtestModelKind: NodeKind = {
  id: "backtest_model",
  group: "evaluation",
  doc: [
    "Cross-validates the training recipe with stratified k-fold and reports the scores of each fold.",
    "",
    "The raw rows are dealt into `folds` parts that keep each class's share, like scikit-learn's",
    "StratifiedKFold(n_splits=folds, shuffle=True). Each fold fits the column transformer and the label encoder",
    "on the other parts only, trains the classifier (train_model's, or train_mlp's with model: mlp) with the params,",
    "predicts its own part and scores accuracy and macro precision, recall and F1; `mean` averages the folds.",
    "This is cross_validate over a Pipeline(ColumnTransformer, classifier): no held-out row shapes the encoding.",
    "The seed fixes both the folds and the training, so a run is reproducible. Reports progress once per fold.",
    "",
    "@example",
    "backtest_model(diabetes_split, params:columns, {folds: 3, seed: 42, learning_rate: 0.003, epochs: 10, batch_size: 256}, params:column_transformer)",
    "// {kind: 'backtest', folds: [{fold: 1, rows: 23564, accuracy: 0.75, precision_macro: …, recall_macro: …, f1_macro: …}, …], mean: {…}}",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Raw rows with the target and the columns the transformer encodes, e.g. every labeled row." },
    { name: "columns", type: "parameters", doc: "The `columns` block: `target` and `features` (encoded column names, or \"all\" for every column but the target, split and Id)." },
    {
      name: "params",
      type: "parameters",
      doc: "folds (integer >= 2, default 3), seed (integer, default 0), model (logistic_regression or mlp), and the trainer's learning_rate, epochs, l2 (default 0), batch_size (default all rows), hidden_units (mlp, default 32).",
    },
    { name: "transformer_params", type: "parameters", doc: "The column_transformer_fit parameters, refitted on each fold's training rows." },
  ],
  outputs: [{ name: "report", type: "metrics", doc: "{kind: 'backtest', folds: [{fold, rows, accuracy, precision_macro, recall_macro, f1_macro}], mean} as JSON." }],
  run: backtestModel,
};
