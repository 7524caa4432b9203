import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import type { Table } from "../data/table";
import { RunCancelledError } from "../pipeline/errors";
import { initBackend } from "./backend";
import type { LogisticRegressionModel } from "./logistic";
import { argmaxRows } from "./logistic";
import { predictModelKind, trainModelKind } from "./model-kinds";
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
    expect(predicted.columnNames).toEqual(["Id", "prediction", "proba_0", "proba_1"]);
    expect(predicted.columns.Id).toEqual([5, 6]);
    expect(predicted.columns.prediction).toEqual([0, 1]);
    expect(predicted.columns.proba_0[0]).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
    expect(predicted.columns.proba_1[1]).toBeCloseTo(1 / (1 + Math.exp(-4)), 6);
  });

  it("omits Id when absent", () => {
    const [predicted] = predictModelKind.run([tableFromColumns({ a: [1] }), model, { features: ["a"] }, {}], context) as Table[];
    expect(predicted.columnNames).toEqual(["prediction", "proba_0", "proba_1"]);
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
