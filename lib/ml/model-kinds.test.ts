import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import type { Table } from "../data/table";
import { RunCancelledError } from "../pipeline/errors";
import { initBackend } from "./backend";
import type { LogisticRegressionModel } from "./logistic";
import { argmaxRows } from "./logistic";
import type { MlpModel } from "./mlp";
import { predictModelKind, trainMlpKind, trainModelKind, trainingFeatures } from "./model-kinds";
import { catchEngineError, recordingContext } from "./testing";

const columns = { target: "y", features: ["a", "b"] };
// Three separable classes around (-2, 0), (2, 0) and (0, 3).
const train = tableFromColumns({
  a: [-2.1, -1.9, -2.0, 2.0, 2.1, 1.9, 0.1, -0.1, 0.0],
  b: [0.1, -0.1, 0.0, 0.0, 0.1, -0.1, 3.0, 2.9, 3.1],
  y_encoded: [0, 0, 0, 1, 1, 1, 2, 2, 2],
});
const params = { learning_rate: 0.1, epochs: 200, l2: 0.001, seed: 7 };

async function trainOn(table: Table, trainParams: unknown, context = recordingContext().context): Promise<LogisticRegressionModel> {
  const [model] = await trainModelKind.run([table, columns, trainParams], context);
  return model as LogisticRegressionModel;
}

/** Mean cross-entropy + l2·ΣW², computed in float64 without tfjs. */
function objective(model: LogisticRegressionModel, weights: number[][], l2: number): number {
  const a = train.columns.a as number[];
  const b = train.columns.b as number[];
  const y = train.columns.y_encoded as number[];
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    const logits = model.bias.map((bias, k) => a[i] * weights[0][k] + b[i] * weights[1][k] + bias);
    const max = Math.max(...logits);
    const logSum = max + Math.log(logits.reduce((sum, z) => sum + Math.exp(z - max), 0));
    total += logSum - logits[y[i]];
  }
  const penalty = weights.flat().reduce((sum, w) => sum + w * w, 0);
  return total / y.length + l2 * penalty;
}

describe("train_model", () => {
  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("fits separable classes", async () => {
    const model = await trainOn(train, params);
    const [predicted] = predictModelKind.run([train, model, columns, {}], recordingContext().context) as Table[];
    expect(predicted.columns.prediction).toEqual(train.columns.y_encoded);
    expect(model.classes).toBe(3);
    expect(model.lossHistory).toHaveLength(200);
    expect(model.lossHistory[199]).toBeLessThan(model.lossHistory[0] / 5);
  });

  it("same seed gives same weights", async () => {
    const first = await trainOn(train, params);
    const second = await trainOn(train, params);
    expect(second.weights).toEqual(first.weights);
    const other = await trainOn(train, { ...params, seed: 8 });
    expect(other.weights).not.toEqual(first.weights);
  });

  it("converges to a minimum of the objective", async () => {
    // A wrong gradient (sign, factor of the L2 term) would stop at a point that a small step improves.
    const l2 = 0.05;
    const model = await trainOn(train, { learning_rate: 0.05, epochs: 3000, l2, seed: 1 });
    const best = objective(model, model.weights, l2);
    for (const [j, k] of [[0, 0], [0, 2], [1, 1], [1, 2]]) {
      for (const step of [-1e-2, 1e-2]) {
        const moved = model.weights.map((row) => [...row]);
        moved[j][k] += step;
        expect(objective(model, moved, l2)).toBeGreaterThan(best - 1e-6);
      }
    }
  });

  it("mini-batches fit and reproduce", async () => {
    const batched = { ...params, epochs: 100, batch_size: 4 };
    const model = await trainOn(train, batched);
    const [predicted] = predictModelKind.run([train, model, columns, {}], recordingContext().context) as Table[];
    expect(predicted.columns.prediction).toEqual(train.columns.y_encoded);
    expect(model.lossHistory).toHaveLength(100);
    expect((await trainOn(train, batched)).weights).toEqual(model.weights);
    expect((await trainOn(train, { ...batched, batch_size: 5 })).weights).not.toEqual(model.weights);
  });

  it("batch_size must be a positive integer", async () => {
    const error = await catchEngineError(() => trainOn(train, { ...params, batch_size: 0 }));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("batch_size");
  });

  it("reports progress each epoch", async () => {
    const recorder = recordingContext();
    await trainOn(train, { ...params, epochs: 30 }, recorder.context);
    expect(recorder.progress).toHaveLength(30);
    expect(recorder.progress[29]).toMatchObject({ step: 30, total: 30 });
    expect(recorder.progress[29].loss).toBeGreaterThan(0);
  });

  it("aborted signal cancels and frees tensors", async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    controller.abort();
    await expect(trainOn(train, params, recordingContext(controller.signal).context)).rejects.toBeInstanceOf(RunCancelledError);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("leaves no tensors behind", async () => {
    const before = tf.memory().numTensors;
    await trainOn(train, params);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("missing encoded column names the producer", async () => {
    const raw = tableFromColumns({ a: [1, 2], b: [1, 2], y: ["p", "q"] });
    const error = await catchEngineError(() => trainOn(raw, params));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.params.column).toBe("y_encoded");
    expect(error.params.producer).toBe("encoder_transform");
    expect(error.port).toBe("df");
  });

  it("single class fails", async () => {
    const singleClass = tableFromColumns({ a: [1, 2], b: [1, 2], y_encoded: [1, 1] });
    const error = await catchEngineError(() => trainOn(singleClass, params));
    expect(error.code).toBe("TOO_FEW_CLASSES");
    expect(error.port).toBe("df");
  });

  it.each([
    [{ ...params, learning_rate: 0 }, "learning_rate"],
    [{ ...params, epochs: 2.5 }, "epochs"],
    [{ ...params, l2: -1 }, "l2"],
    [{ learning_rate: 0.1 }, "epochs"],
  ])("invalid %j fails", async (bad, key) => {
    const error = await catchEngineError(() => trainOn(train, bad));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe(key);
    expect(error.port).toBe("params");
  });
});

describe("predict_model", () => {
  // One feature, weights [[1, -1]]: at x = 2 the logits are [2, -2], so P(0) = 1 / (1 + e^-4).
  const model: LogisticRegressionModel = {
    kind: "logistic_regression",
    features: ["a"],
    classes: 2,
    weights: [[1, -1]],
    bias: [0, 0],
    lossHistory: [],
  };
  const context = recordingContext().context;

  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("returns Id, prediction and probabilities", () => {
    const table = tableFromColumns({ Id: [5, 6], a: [2, -2] });
    const [predicted] = predictModelKind.run([table, model, { features: ["a"] }, {}], context) as Table[];
    expect(predicted.columnNames).toEqual(["Id", "prediction", "prob_0", "prob_1"]);
    expect(predicted.columns.Id).toEqual([5, 6]);
    expect(predicted.columns.prediction).toEqual([0, 1]);
    expect(predicted.columns.prob_0[0]).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
    expect(predicted.columns.prob_1[1]).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
  });

  it("omits Id when absent", () => {
    const [predicted] = predictModelKind.run([tableFromColumns({ a: [1] }), model, { features: ["a"] }, {}], context) as Table[];
    expect(predicted.columnNames).toEqual(["prediction", "prob_0", "prob_1"]);
  });

  it("wrong object type fails at model", async () => {
    const error = await catchEngineError(() => predictModelKind.run([tableFromColumns({ a: [1] }), { kind: "standard_scaler" }, { features: ["a"] }, {}], context));
    expect(error.code).toBe("WRONG_INPUT_TYPE");
    expect(error.port).toBe("model");
  });

  it("argmax ties go to the first index", () => {
    expect(argmaxRows([0.5, 0.5, 0.2, 0.8], 2, 2)).toEqual([0, 1]);
  });
});

describe("train_mlp", () => {
  // XOR of the signs of a and b: no linear model separates it, one hidden layer does.
  const corners = [[-1, -1, 0], [-1, 1, 1], [1, -1, 1], [1, 1, 0]];
  const xor = tableFromColumns({
    a: corners.flatMap(([a]) => [a, a * 0.9, a * 1.1]),
    b: corners.flatMap(([, b]) => [b * 1.1, b, b * 0.9]),
    y_encoded: corners.flatMap(([, , y]) => [y, y, y]),
  });
  const mlpParams = { hidden_units: 8, learning_rate: 0.05, epochs: 300, batch_size: 12, seed: 3 };

  async function trainMlpOn(table: Table, trainParams: unknown, context = recordingContext().context): Promise<MlpModel> {
    const [model] = await trainMlpKind.run([table, columns, trainParams], context);
    return model as MlpModel;
  }

  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("fits XOR", async () => {
    const model = await trainMlpOn(xor, mlpParams);
    const [predicted] = predictModelKind.run([xor, model, columns, {}], recordingContext().context) as Table[];
    expect(predicted.columns.prediction).toEqual(xor.columns.y_encoded);
    expect(predicted.columnNames).toEqual(["prediction", "prob_0", "prob_1"]);
    expect(model.hiddenWeights).toHaveLength(2);
    expect(model.hiddenWeights[0]).toHaveLength(8);
    expect(model.outputWeights).toHaveLength(8);
    expect(model.bestEpoch).toBe(300);
  });

  it("converges to a minimum of the objective", async () => {
    // A wrong backpropagation step would stop where a small move of a weight lowers the loss.
    const l2 = 0.01;
    const model = await trainMlpOn(xor, { ...mlpParams, learning_rate: 0.005, epochs: 3000, l2 });
    const best = mlpObjective(model, l2);
    const probes = { hiddenWeights: [[0, 0], [1, 3]], outputWeights: [[0, 0], [3, 1]] };
    for (const matrix of ["hiddenWeights", "outputWeights"] as const) {
      for (const [j, k] of probes[matrix]) {
        for (const step of [-1e-2, 1e-2]) {
          const moved = structuredClone(model);
          moved[matrix][j][k] += step;
          expect(mlpObjective(moved, l2), `${matrix}[${j}][${k}] ${step}`).toBeGreaterThan(best - 1e-6);
        }
      }
    }
  });

  it("same seed gives same weights", async () => {
    const first = await trainMlpOn(xor, { ...mlpParams, epochs: 20 });
    expect((await trainMlpOn(xor, { ...mlpParams, epochs: 20 })).hiddenWeights).toEqual(first.hiddenWeights);
    expect((await trainMlpOn(xor, { ...mlpParams, epochs: 20, seed: 4 })).hiddenWeights).not.toEqual(first.hiddenWeights);
  });

  it("early stopping keeps the best epoch", async () => {
    // A huge learning rate makes the held-out loss jump around, so it stops improving quickly.
    const recorder = recordingContext();
    const model = await trainMlpOn(xor, { ...mlpParams, learning_rate: 1, early_stopping: true, validation_fraction: 0.34, patience: 3 }, recorder.context);
    expect(model.lossHistory.length).toBeLessThan(300);
    expect(model.validationLossHistory).toHaveLength(model.lossHistory.length);
    const bestLoss = Math.min(...model.validationLossHistory);
    expect(model.validationLossHistory[model.bestEpoch - 1]).toBe(bestLoss);
    expect(model.lossHistory.length - model.bestEpoch).toBeGreaterThanOrEqual(3);
    expect(recorder.logs[0]).toMatch(/stopped early/);
  });

  it("reports progress and frees tensors", async () => {
    const before = tf.memory().numTensors;
    const recorder = recordingContext();
    await trainMlpOn(xor, { ...mlpParams, epochs: 15, early_stopping: true }, recorder.context);
    expect(recorder.progress.map((update) => update.step)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(recorder.progress[14].loss).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("aborted signal cancels and frees tensors", async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    controller.abort();
    await expect(trainMlpOn(xor, mlpParams, recordingContext(controller.signal).context)).rejects.toBeInstanceOf(RunCancelledError);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([
    [{ ...mlpParams, hidden_units: 0 }, "hidden_units"],
    [{ ...mlpParams, batch_size: 1.5 }, "batch_size"],
    [{ ...mlpParams, early_stopping: "yes" }, "early_stopping"],
    [{ ...mlpParams, validation_fraction: 0.9 }, "validation_fraction"],
    [{ hidden_units: 4, epochs: 5 }, "learning_rate"],
  ])("invalid %j fails", async (bad, key) => {
    const error = await catchEngineError(() => trainMlpOn(xor, bad));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe(key);
    expect(error.port).toBe("params");
  });

  it("defaults to 32 hidden units, so train_model's params block also trains it", async () => {
    const [model] = (await trainMlpKind.run([xor, columns, { learning_rate: 0.05, epochs: 2, seed: 1 }], recordingContext().context)) as MlpModel[];
    expect(model.hiddenWeights[0]).toHaveLength(32);
  });

  /** Mean cross-entropy + l2 · (ΣW1² + ΣW2²) on the XOR rows, computed in float64 without tfjs. */
  function mlpObjective(model: MlpModel, l2: number): number {
    const a = xor.columns.a as number[];
    const b = xor.columns.b as number[];
    const y = xor.columns.y_encoded as number[];
    let total = 0;
    for (let i = 0; i < y.length; i++) {
      const hidden = model.hiddenBias.map((bias, h) => Math.max(0, a[i] * model.hiddenWeights[0][h] + b[i] * model.hiddenWeights[1][h] + bias));
      const logits = model.outputBias.map((bias, k) => hidden.reduce((sum, value, h) => sum + value * model.outputWeights[h][k], bias));
      const max = Math.max(...logits);
      const logSum = max + Math.log(logits.reduce((sum, z) => sum + Math.exp(z - max), 0));
      total += logSum - logits[y[i]];
    }
    const penalty = [...model.hiddenWeights.flat(), ...model.outputWeights.flat()].reduce((sum, w) => sum + w * w, 0);
    return total / y.length + l2 * penalty;
  }
});

describe('features: "all"', () => {
  const context = recordingContext().context;
  const encoded = tableFromColumns(
    {
      Id: [1, 2, 3, 4],
      a: [-2, -1, 1, 2],
      b: [0.5, 0.1, -0.1, -0.5],
      y: [0, 0, 1, 1],
      split: ["train", "train", "train", "test"],
      y_encoded: [0, 0, 1, 1],
    },
    ["Id", "a", "b", "y", "split", "y_encoded"],
  );
  const allColumns = { target: "y", features: "all" };

  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("skips target, encoded target, split and Id", () => {
    expect(trainingFeatures(encoded, allColumns, "columns")).toEqual(["a", "b"]);
  });

  it("keeps an explicit list unchanged", () => {
    expect(trainingFeatures(encoded, { target: "y", features: ["b"] }, "columns")).toEqual(["b"]);
  });

  it("rejects a table with no feature left", async () => {
    const bare = tableFromColumns({ y: [0, 1], y_encoded: [0, 1] });
    const error = await catchEngineError(() => trainingFeatures(bare, allColumns, "columns"));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("features");
  });

  it("rejects another string", async () => {
    const error = await catchEngineError(() => trainingFeatures(encoded, { target: "y", features: "every" }, "columns"));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.expected).toContain('"all"');
    expect(error.port).toBe("columns");
  });

  it("trains and predicts with all", async () => {
    const [model] = (await trainModelKind.run([encoded, allColumns, { learning_rate: 0.1, epochs: 50, seed: 1 }], context)) as LogisticRegressionModel[];
    expect(model.features).toEqual(["a", "b"]);

    const [predicted] = predictModelKind.run([encoded, model, allColumns, {}], context) as Table[];
    expect(predicted.columnNames).toEqual(["Id", "prediction", "prob_0", "prob_1"]);
    expect(predicted.columns.prediction).toEqual([0, 0, 1, 1]);
  });

  it("train_mlp resolves the same features", async () => {
    const [model] = (await trainMlpKind.run([encoded, allColumns, { hidden_units: 2, learning_rate: 0.05, epochs: 5, batch_size: 4, seed: 1 }], context)) as MlpModel[];
    expect(model.features).toEqual(["a", "b"]);
  });
});
