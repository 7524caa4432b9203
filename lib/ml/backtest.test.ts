import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { numericMatrix, tableFromColumns, takeRows } from "../data/table";
import { RunCancelledError } from "../pipeline/errors";
import { initBackend } from "./backend";
import type { BacktestReport } from "./backtest";
import { backtestModelKind, macroScores } from "./backtest";
import { applyColumnTransformer, fitColumnTransformer, readColumnTransformerSpec } from "./column-transformer";
import { encodeLabels, fitLabelEncoder } from "./encoder";
import { argmaxRows, predictProbabilities, trainLogisticRegression } from "./logistic";
import { stratifiedKFold } from "./stratified";
import { catchEngineError, recordingContext } from "./testing";

const columns = { target: "y", features: "all" };
// Raw rows: class "no" has x < 0 and class "yes" has x > 0. `split` is bookkeeping that the transformer passes through and "all" leaves out.
const table = tableFromColumns({
  x: [-2.0, -1.5, -1.2, -1.0, -0.8, -0.5, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0],
  colour: ["red", "blue", "red", "blue", "red", "blue", "red", "blue", "red", "blue", "red", "blue"],
  split: ["train", "train", "test", "train", "train", "test", "train", "train", "test", "train", "train", "test"],
  y: ["no", "no", "no", "no", "no", "no", "yes", "yes", "yes", "yes", "yes", "yes"],
});
const transformer = { target: "y", columns: { Float: ["x"], Categorical: ["colour"] }, passthrough: ["split"] };
const params = { folds: 3, seed: 5, learning_rate: 0.1, epochs: 200 };

async function backtest(runParams: unknown = params, context = recordingContext().context, df = table): Promise<BacktestReport> {
  const [report] = await backtestModelKind.run([df, columns, runParams, transformer], context);
  return report as BacktestReport;
}

describe("macroScores", () => {
  it("matches hand-computed scores", () => {
    // Class 0: P 1, R 1/2, F1 2/3. Class 1: P 2/3, R 1, F1 4/5.
    const scores = macroScores([0, 0, 1, 1], [0, 1, 1, 1]);
    expect(scores.accuracy).toBeCloseTo(0.75, 12);
    expect(scores.precision_macro).toBeCloseTo(5 / 6, 12);
    expect(scores.recall_macro).toBeCloseTo(0.75, 12);
    expect(scores.f1_macro).toBeCloseTo((2 / 3 + 4 / 5) / 2, 12);
  });
});

describe("backtest_model", () => {
  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("scores separable folds perfectly", async () => {
    const report = await backtest();
    expect(report.kind).toBe("backtest");
    expect(report.folds.map((fold) => fold.fold)).toEqual([1, 2, 3]);
    expect(report.folds.map((fold) => fold.rows)).toEqual([4, 4, 4]);
    for (const fold of report.folds) {
      expect(fold.accuracy).toBe(1);
      expect(fold.f1_macro).toBe(1);
    }
    expect(report.mean).toEqual({ accuracy: 1, precision_macro: 1, recall_macro: 1, f1_macro: 1 });
  });

  it("has exactly the documented keys", async () => {
    const report = await backtest();
    expect(Object.keys(report)).toEqual(["kind", "folds", "mean"]);
    expect(Object.keys(report.folds[0])).toEqual(["fold", "rows", "accuracy", "precision_macro", "recall_macro", "f1_macro"]);
    expect(Object.keys(report.mean)).toEqual(["accuracy", "precision_macro", "recall_macro", "f1_macro"]);
  });

  it("mean averages the folds", async () => {
    // Overlapping classes, so the folds score differently.
    const noisy = tableFromColumns({
      x: [-1, 1, -1, 1, -1, 1, 1, -1, 1],
      colour: ["red", "red", "blue", "blue", "red", "red", "blue", "blue", "red"],
      split: Array(9).fill("train"),
      y: [0, 0, 0, 1, 1, 1, 0, 1, 1],
    });
    const report = await backtest(params, recordingContext().context, noisy);
    const f1 = report.folds.map((fold) => fold.f1_macro);
    expect(report.mean.f1_macro).toBeCloseTo((f1[0] + f1[1] + f1[2]) / 3, 12);
    expect(report.folds.reduce((sum, fold) => sum + fold.rows, 0)).toBe(9);
  });

  it("same seed repeats the report", async () => {
    expect(await backtest()).toEqual(await backtest());
  });

  it("reports progress once per fold", async () => {
    const recorder = recordingContext();
    await backtest(params, recorder.context);
    expect(recorder.progress).toEqual([
      { step: 1, total: 3 },
      { step: 2, total: 3 },
      { step: 3, total: 3 },
    ]);
    expect(recorder.logs).toHaveLength(3);
  });

  it("leaks no tensors", async () => {
    const before = tf.memory().numTensors;
    await backtest();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("cancelled run throws RunCancelledError", async () => {
    const controller = new AbortController();
    controller.abort();
    const before = tf.memory().numTensors;
    await expect(backtest(params, recordingContext(controller.signal).context)).rejects.toBeInstanceOf(RunCancelledError);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("rejects more folds than rows", async () => {
    const error = await catchEngineError(() => backtest({ ...params, folds: 13 }));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("folds");
    expect(error.port).toBe("params");
  });

  it("rejects one fold", async () => {
    const error = await catchEngineError(() => backtest({ ...params, folds: 1 }));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("folds");
  });

  it("refits the transformer on each fold's training rows, as a by-hand Pipeline does", async () => {
    const report = await backtest();
    const spec = readColumnTransformerSpec(transformer, "column_transformer");
    const encoder = fitLabelEncoder(table, "y");
    const splits = stratifiedKFold(encodeLabels(table, encoder), 3, params.seed);
    for (const [index, { train, test }] of splits.entries()) {
      const fitted = fitColumnTransformer(takeRows(table, train), spec);
      const features = fitted.featureNamesOut;
      const encode = (rows: number[]) => {
        const encoded = applyColumnTransformer(takeRows(table, rows), fitted);
        return { values: numericMatrix(encoded, features), rows: rows.length, columns: features.length };
      };
      const trainLabels = encodeLabels(takeRows(table, train), encoder);
      const model = await trainLogisticRegression(encode(train), trainLabels, 2, features, { learningRate: 0.1, epochs: 200, l2: 0, seed: params.seed });
      const predicted = argmaxRows(predictProbabilities(model, encode(test)), test.length, 2);
      expect(report.folds[index].f1_macro).toBeCloseTo(macroScores(encodeLabels(takeRows(table, test), encoder), predicted).f1_macro, 10);
    }
  });

  it("trains the MLP with model: mlp", async () => {
    const report = await backtest({ ...params, model: "mlp", hidden_units: 4, epochs: 50, batch_size: 4 });
    expect(report.folds).toHaveLength(3);
    expect(report.mean.accuracy).toBeGreaterThan(0.5);
  });

  it("names a column the transformer cannot find", async () => {
    const error = await catchEngineError(() => backtestModelKind.run([table, columns, params, { ...transformer, columns: { ...transformer.columns, Float: ["BMI"] } }], recordingContext().context));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.params.column).toBe("BMI");
  });

  it("requires the training params", async () => {
    const error = await catchEngineError(() => backtest({ folds: 3, seed: 1 }));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("learning_rate");
  });
});
