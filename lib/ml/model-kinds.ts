/**
 * Node kinds that train a logistic regression or a one-hidden-layer
 * perceptron and predict with either. The maths is in logistic.ts and mlp.ts.
 */
import type { Cell, Table } from "../data/table";
import { numericMatrix, tableFromColumns } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { NodeContext, NodeKind } from "../pipeline/registry";
import {
  atPort,
  describeType,
  encodedColumnName,
  readClassIndices,
  readNumber,
  invalidParameter,
  readTarget,
  requireParameters,
  requireSameFeatures,
  requireTable,
} from "./inputs";
import type { ParameterBlock } from "./inputs";
import type { FeatureMatrix, LogisticRegressionModel } from "./logistic";
import { PREDICTION_COLUMN, argmaxRows, predictProbabilities, trainLogisticRegression } from "./logistic";
import type { MlpModel } from "./mlp";
import { predictMlpProbabilities, trainMlp } from "./mlp";
import { SPLIT_COLUMN } from "./split";

/** At most this many progress events per training run, so a long run does not flood the worker's message queue. */
const MAX_PROGRESS_EVENTS = 500;

export function readFeatureMatrix(table: Table, features: readonly string[], port: string): FeatureMatrix {
  const values = atPort(port, () => numericMatrix(table, features));
  return { values, rows: table.rowCount, columns: features.length };
}

/**
 * Reads the encoded labels. A missing column gets `producer` in its params
 * so that the message can point to encoder_transform.
 */
export function readEncodedLabels(table: Table, target: string): number[] {
  const name = encodedColumnName(target);
  try {
    return readClassIndices(table, name, "df");
  } catch (error) {
    if (error instanceof EngineError && error.code === "COLUMN_NOT_FOUND") {
      throw new EngineError("COLUMN_NOT_FOUND", { ...error.params, producer: "encoder_transform" }, "df");
    }
    throw error;
  }
}

/**
 * The `features` value that selects every input column of the training table,
 * so a table encoded by column_transformer_transform (46 columns for the
 * diabetes data) needs no hand-written list.
 */
export const ALL_FEATURES = "all";

/** Reads `features` from the `columns` block: a list of column names or ALL_FEATURES. */
export function readFeatureSelection(columnsValue: unknown, port: string): string[] | typeof ALL_FEATURES {
  const block: ParameterBlock = requireParameters(columnsValue, port);
  const value = block.features;
  if (value === ALL_FEATURES) return ALL_FEATURES;
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === "string" && item !== "") &&
    new Set(value).size === value.length;
  if (!ok) throw invalidParameter("features", value, `a non-empty list of distinct column names, or "${ALL_FEATURES}"`, port);
  return value as string[];
}

/**
 * Returns the feature columns to train on. With `features: "all"` these are
 * the table's columns in table order, minus the target, `<target>_encoded`,
 * `split` and `Id`, which are labels or row bookkeeping rather than inputs.
 */
export function trainingFeatures(table: Table, columnsValue: unknown, port: string): string[] {
  const selection = readFeatureSelection(columnsValue, port);
  if (selection !== ALL_FEATURES) return selection;

  const target = readTarget(columnsValue, port);
  const excluded = new Set([target, encodedColumnName(target), SPLIT_COLUMN, "Id"]);
  const features = table.columnNames.filter((name) => !excluded.has(name));
  if (features.length === 0) throw invalidParameter("features", ALL_FEATURES, "a table with at least one column besides the target, split and Id", port);
  return features;
}

/** Training rows as a feature matrix and class codes, checked for at least two classes. */
export function readTrainingData(dfValue: unknown, columnsValue: unknown) {
  const table = requireTable(dfValue, "df");
  const features = trainingFeatures(table, columnsValue, "columns");
  const target = readTarget(columnsValue, "columns");
  if (table.rowCount === 0) throw new EngineError("EMPTY_TABLE", {}, "df");
  const x = readFeatureMatrix(table, features, "df");
  const labels = readEncodedLabels(table, target);
  const distinct = new Set(labels).size;
  if (distinct < 2) throw new EngineError("TOO_FEW_CLASSES", { classes: distinct, column: encodedColumnName(target) }, "df");
  // A loop, not Math.max(...labels): spreading 70,000 arguments overflows a worker's stack.
  let maxLabel = 0;
  for (const label of labels) if (label > maxLabel) maxLabel = label;
  return { features, x, labels, classes: maxLabel + 1 };
}

/** Returns an onEpoch callback that forwards at most MAX_PROGRESS_EVENTS progress events, always including the last epoch. */
function progressReporter(context: NodeContext, epochs: number): (epoch: number, loss: number) => void {
  const every = Math.max(1, Math.ceil(epochs / MAX_PROGRESS_EVENTS));
  return (epoch, loss) => {
    if (epoch % every === 0 || epoch === epochs) context.progress({ step: epoch, total: epochs, loss });
  };
}

/** Runs a trainer, attributing its EngineErrors (TRAINING_DIVERGED) to `params`, because they come from the hyperparameters. */
export async function attributeErrorsToParams<T>(train: () => Promise<T>): Promise<T> {
  try {
    return await train();
  } catch (error) {
    if (error instanceof EngineError) throw error.atPort("params");
    throw error;
  }
}

/** The logistic-regression hyperparameters of a train_model-style `params` block. */
export interface LogisticParams {
  learningRate: number;
  epochs: number;
  l2: number;
  seed: number;
  batchSize: number;
}

/** Reads learning_rate, epochs, l2, seed and batch_size from a `params` block, with train_model's defaults. */
export function readLogisticParams(params: ParameterBlock): LogisticParams {
  return {
    learningRate: readNumber(params, "learning_rate", "params", { min: Number.MIN_VALUE }),
    epochs: readNumber(params, "epochs", "params", { integer: true, min: 1 }),
    l2: readNumber(params, "l2", "params", { min: 0, fallback: 0 }),
    seed: readNumber(params, "seed", "params", { integer: true, fallback: 0 }),
    batchSize: readNumber(params, "batch_size", "params", { integer: true, min: 1, fallback: Number.MAX_SAFE_INTEGER }),
  };
}

async function trainModel([dfValue, columnsValue, paramsValue]: unknown[], context: NodeContext): Promise<unknown[]> {
  const params = requireParameters(paramsValue, "params");
  const { learningRate, epochs, l2, seed, batchSize } = readLogisticParams(params);
  const { features, x, labels, classes } = readTrainingData(dfValue, columnsValue);

  const model: LogisticRegressionModel = await attributeErrorsToParams(() =>
    trainLogisticRegression(x, labels, classes, features, {
      learningRate,
      epochs,
      l2,
      seed,
      batchSize,
      signal: context.signal,
      onEpoch: progressReporter(context, epochs),
    }),
  );

  const finalLoss = model.lossHistory[model.lossHistory.length - 1];
  context.log(`Trained logistic regression on ${x.rows} rows, ${features.length} features, ${classes} classes: final loss ${finalLoss.toFixed(4)}`);
  return [model];
}

export const trainModelKind: NodeKind = {
  id: "train_model",
  group: "models",
  doc: [
    "Trains a multinomial logistic regression on the features to predict `<target>_encoded`.",
    "",
    "Adam on mean softmax cross-entropy plus l2 · ΣW² on the weights (not the bias), full batch by default.",
    "With batch_size, each epoch takes one step per batch of rows, in an order reshuffled every epoch;",
    "use it on large tables (e.g. batch_size 512 for tens of thousands of rows) to need fewer epochs.",
    "Initial weights and batch order come from the seed, so a run is reproducible; cpu and wasm agree up to float32 rounding.",
    "Reports the loss after each epoch and stops when the run is cancelled.",
    "",
    "@example",
    "train_model(mt_train, params:columns, {learning_rate: 0.1, epochs: 300, l2: 0.01, seed: 42}) -> trained_model",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Training rows with numeric features and `<target>_encoded`." },
    { name: "columns", type: "parameters", doc: "The `columns` block: `target` and `features` (column names, or \"all\" for every column but the target, split and Id)." },
    {
      name: "params",
      type: "parameters",
      doc: "learning_rate (> 0), epochs (integer >= 1), l2 (>= 0, default 0), seed (integer, default 0), batch_size (integer >= 1, default all rows).",
    },
  ],
  outputs: [{ name: "model", type: "model", doc: "{kind: 'logistic_regression', features, classes, weights, bias, lossHistory}." }],
  run: trainModel,
};

async function trainMlpNode([dfValue, columnsValue, paramsValue]: unknown[], context: NodeContext): Promise<unknown[]> {
  const params = requireParameters(paramsValue, "params");
  const hiddenUnits = readNumber(params, "hidden_units", "params", { integer: true, min: 1, fallback: 32 });
  const learningRate = readNumber(params, "learning_rate", "params", { min: Number.MIN_VALUE });
  const epochs = readNumber(params, "epochs", "params", { integer: true, min: 1 });
  const batchSize = readNumber(params, "batch_size", "params", { integer: true, min: 1, fallback: 200 });
  const l2 = readNumber(params, "l2", "params", { min: 0, fallback: 0 });
  const seed = readNumber(params, "seed", "params", { integer: true, fallback: 0 });
  const earlyStopping = readBoolean(params, "early_stopping", "params");
  const validationFraction = readNumber(params, "validation_fraction", "params", { min: 0.01, max: 0.5, fallback: 0.1 });
  const patience = readNumber(params, "patience", "params", { integer: true, min: 1, fallback: 10 });
  const { features, x, labels, classes } = readTrainingData(dfValue, columnsValue);

  const model: MlpModel = await attributeErrorsToParams(() =>
    trainMlp(x, labels, classes, features, {
      hiddenUnits,
      learningRate,
      epochs,
      batchSize,
      l2,
      seed,
      earlyStopping: earlyStopping ? { validationFraction, patience } : undefined,
      signal: context.signal,
      onEpoch: progressReporter(context, epochs),
    }),
  );

  const finalLoss = model.lossHistory[model.lossHistory.length - 1];
  const stopped = model.lossHistory.length < epochs ? `, stopped early after epoch ${model.lossHistory.length}, kept epoch ${model.bestEpoch}` : "";
  context.log(`Trained MLP (${hiddenUnits} hidden units) on ${x.rows} rows, ${features.length} features, ${classes} classes: final loss ${finalLoss.toFixed(4)}${stopped}`);
  return [model];
}

/** Reads an optional boolean flag; absent means false. */
function readBoolean(block: Record<string, unknown>, key: string, port: string): boolean {
  const value = block[key];
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw invalidParameter(key, value, "true or false", port);
  return value;
}

export const trainMlpKind: NodeKind = {
  id: "train_mlp",
  group: "models",
  doc: [
    "Trains a neural network with one ReLU hidden layer and a softmax output to predict `<target>_encoded`.",
    "",
    "Mini-batch Adam on mean softmax cross-entropy plus l2 · ΣW² on both weight matrices, like scikit-learn's",
    "MLPClassifier(hidden_layer_sizes=(hidden_units,)). Weights start Glorot-uniform from the seed, which also fixes the",
    "batch order. With early_stopping, a stratified validation_fraction of the rows is held out; training stops after",
    "`patience` epochs without a lower validation loss and keeps the best epoch's weights.",
    "Reports the training loss after each epoch and stops when the run is cancelled.",
    "",
    "@example",
    "train_mlp(mt_train, params:columns, {hidden_units: 32, learning_rate: 0.001, epochs: 20, batch_size: 200, seed: 42}) -> trained_model",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Training rows with numeric features and `<target>_encoded`." },
    { name: "columns", type: "parameters", doc: "The `columns` block: `target` and `features` (column names, or \"all\" for every column but the target, split and Id)." },
    {
      name: "params",
      type: "parameters",
      doc: [
        "hidden_units (integer >= 1, default 32, so train_model's params also work), learning_rate (> 0), epochs (integer >= 1), batch_size (integer >= 1, default 200),",
        "l2 (>= 0, default 0), seed (integer, default 0), early_stopping (default false),",
        "validation_fraction (0.01 to 0.5, default 0.1), patience (epochs, default 10).",
      ].join(" "),
    },
  ],
  outputs: [
    {
      name: "model",
      type: "model",
      doc: "{kind: 'mlp_classifier', features, classes, hiddenWeights, hiddenBias, outputWeights, outputBias, lossHistory, …}.",
    },
  ],
  run: trainMlpNode,
};

/** A model that predict_model accepts. */
export type ClassifierModel = LogisticRegressionModel | MlpModel;

const CLASSIFIER_KINDS: readonly string[] = ["logistic_regression", "mlp_classifier"];

export function requireClassifier(value: unknown, port: string): ClassifierModel {
  const actual = describeType(value);
  if (!CLASSIFIER_KINDS.includes(actual)) {
    throw new EngineError("WRONG_INPUT_TYPE", { expected: CLASSIFIER_KINDS.join(" or "), actual }, port);
  }
  return value as ClassifierModel;
}

/** Returns the class probabilities of each row with either classifier, row-major (rows × classes). */
export function classifierProbabilities(model: ClassifierModel, x: FeatureMatrix): Float32Array {
  return model.kind === "mlp_classifier" ? predictMlpProbabilities(model, x) : predictProbabilities(model, x);
}

/** Builds the predictions table: `Id` when the input has one, `prediction`, then `prob_<k>` per class. */
export function predictionsTable(table: Table, model: ClassifierModel): Table {
  const x = readFeatureMatrix(table, model.features, "df_in");
  const probabilities = classifierProbabilities(model, x);
  const columns: Record<string, Cell[]> = {};
  if (table.columnNames.includes("Id")) columns.Id = [...table.columns.Id];
  columns[PREDICTION_COLUMN] = argmaxRows(probabilities, x.rows, model.classes);
  for (let k = 0; k < model.classes; k++) {
    columns[`prob_${k}`] = Array.from({ length: x.rows }, (_, i) => probabilities[i * model.classes + k]);
  }
  return tableFromColumns(columns);
}

export const predictModelKind: NodeKind = {
  id: "predict_model",
  group: "models",
  doc: [
    "Predicts a class code and the class probabilities for each row with a trained model.",
    "",
    "The output has `Id` (copied when the input has it), `prediction` (the most probable code)",
    "and `prob_0`, `prob_1`, … per class. Feature columns must be scaled like the training rows.",
    "",
    "@example",
    "predict_model(iris_predict_scaled, trained_model, params:columns, params:test) -> predicted",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Rows with the model's feature columns." },
    { name: "model", type: "model", doc: "Output of train_model or train_mlp." },
    { name: "columns", type: "parameters", doc: "The `columns` block; `features` must match the model, or be \"all\" to use the model's features." },
    { name: "params", type: "parameters", doc: "The `test` block; no keys are read yet." },
  ],
  outputs: [{ name: "predictions", type: "table", doc: "Id, prediction and prob_<k> columns." }],
  run([dfIn, modelValue, columnsValue]) {
    const table = requireTable(dfIn, "df_in");
    const model = requireClassifier(modelValue, "model");
    // "all" selects the features the model was trained on.
    const selection = readFeatureSelection(columnsValue, "columns");
    if (selection !== ALL_FEATURES) requireSameFeatures(model.features, selection, "columns");
    return [predictionsTable(table, model)];
  },
};
