/**
 * Node kinds that train a logistic regression and predict with it.
 * The maths is in logistic.ts.
 */
import type { Cell, Table } from "../data/table";
import { numericMatrix, tableFromColumns } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { NodeContext, NodeKind } from "../pipeline/registry";
import {
  atPort,
  encodedColumnName,
  readClassIndices,
  readFeatures,
  readNumber,
  readTarget,
  requireFitted,
  requireParameters,
  requireSameFeatures,
  requireTable,
} from "./inputs";
import type { FeatureMatrix, LogisticRegressionModel } from "./logistic";
import { PREDICTION_COLUMN, argmaxRows, predictProbabilities, trainLogisticRegression } from "./logistic";

/** At most this many progress events per training run, so a long run does not flood the worker's message queue. */
const MAX_PROGRESS_EVENTS = 500;

function readFeatureMatrix(table: Table, features: readonly string[], port: string): FeatureMatrix {
  const values = atPort(port, () => numericMatrix(table, features));
  return { values, rows: table.rowCount, columns: features.length };
}

/**
 * Reads the encoded labels. A missing column gets `producer` in its params
 * so that the message can point to encoder_transform.
 */
function readEncodedLabels(table: Table, target: string): number[] {
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

async function trainModel([dfValue, columnsValue, paramsValue]: unknown[], context: NodeContext): Promise<unknown[]> {
  const table = requireTable(dfValue, "df");
  const features = readFeatures(columnsValue, "columns");
  const target = readTarget(columnsValue, "columns");
  const params = requireParameters(paramsValue, "params");
  const learningRate = readNumber(params, "learning_rate", "params", { min: Number.MIN_VALUE });
  const epochs = readNumber(params, "epochs", "params", { integer: true, min: 1 });
  const l2 = readNumber(params, "l2", "params", { min: 0, fallback: 0 });
  const seed = readNumber(params, "seed", "params", { integer: true, fallback: 0 });

  if (table.rowCount === 0) throw new EngineError("EMPTY_TABLE", {}, "df");
  const x = readFeatureMatrix(table, features, "df");
  const labels = readEncodedLabels(table, target);
  const distinct = new Set(labels).size;
  if (distinct < 2) throw new EngineError("TOO_FEW_CLASSES", { classes: distinct, column: encodedColumnName(target) }, "df");
  const classes = Math.max(...labels) + 1;

  const every = Math.max(1, Math.ceil(epochs / MAX_PROGRESS_EVENTS));
  let model: LogisticRegressionModel;
  try {
    model = await trainLogisticRegression(x, labels, classes, features, {
      learningRate,
      epochs,
      l2,
      seed,
      signal: context.signal,
      onEpoch: (epoch, loss) => {
        if (epoch % every === 0 || epoch === epochs) context.progress({ step: epoch, total: epochs, loss });
      },
    });
  } catch (error) {
    // TRAINING_DIVERGED is a problem of the hyperparameters, so it points at `params`.
    if (error instanceof EngineError) throw error.atPort("params");
    throw error;
  }

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
    "Full-batch Adam on mean softmax cross-entropy plus l2 · ΣW² on the weights (not the bias).",
    "Initial weights come from the seed, so a run is reproducible; cpu and wasm agree up to float32 rounding.",
    "Reports the loss after each epoch and stops when the run is cancelled.",
    "",
    "@example",
    "train_model(mt_train, params:columns, {learning_rate: 0.1, epochs: 300, l2: 0.01, seed: 42}) -> trained_model",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Training rows with numeric features and `<target>_encoded`." },
    { name: "columns", type: "parameters", doc: "The `columns` block: `features` and `target`." },
    {
      name: "params",
      type: "parameters",
      doc: "learning_rate (> 0), epochs (integer >= 1), l2 (>= 0, default 0), seed (integer, default 0).",
    },
  ],
  outputs: [{ name: "model", type: "model", doc: "{kind: 'logistic_regression', features, classes, weights, bias, lossHistory}." }],
  run: trainModel,
};

/** Builds the predictions table: `Id` when the input has one, `prediction`, then `proba_<k>` per class. */
export function predictionsTable(table: Table, model: LogisticRegressionModel): Table {
  const x = readFeatureMatrix(table, model.features, "df_in");
  const probabilities = predictProbabilities(model, x);
  const columns: Record<string, Cell[]> = {};
  if (table.columnNames.includes("Id")) columns.Id = [...table.columns.Id];
  columns[PREDICTION_COLUMN] = argmaxRows(probabilities, x.rows, model.classes);
  for (let k = 0; k < model.classes; k++) {
    columns[`proba_${k}`] = Array.from({ length: x.rows }, (_, i) => probabilities[i * model.classes + k]);
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
    "and `proba_0`, `proba_1`, … per class. Feature columns must be scaled like the training rows.",
    "",
    "@example",
    "predict_model(iris_predict_scaled, trained_model, params:columns, params:test) -> predicted",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Rows with the model's feature columns." },
    { name: "model", type: "model", doc: "Output of train_model." },
    { name: "columns", type: "parameters", doc: "The `columns` block; `features` must match the model." },
    { name: "params", type: "parameters", doc: "The `test` block; no keys are read yet." },
  ],
  outputs: [{ name: "predictions", type: "table", doc: "Id, prediction and proba_<k> columns." }],
  run([dfIn, modelValue, columnsValue]) {
    const table = requireTable(dfIn, "df_in");
    const model = requireFitted<LogisticRegressionModel>(modelValue, "logistic_regression", "model");
    requireSameFeatures(model.features, readFeatures(columnsValue, "columns"), "columns");
    return [predictionsTable(table, model)];
  },
};
