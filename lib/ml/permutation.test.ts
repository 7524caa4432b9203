import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import { RunCancelledError } from "../pipeline/errors";
import { initBackend } from "./backend";
import type { ColumnTransformer } from "./column-transformer";
import type { LogisticRegressionModel } from "./logistic";
import type { PermutationImportanceReport } from "./permutation";
import { featureGroups, permutationImportanceKind, permuteColumns } from "./permutation";
import { mulberry32 } from "./random";
import type { StandardScaler } from "./scaler";
import { catchEngineError, recordingContext } from "./testing";

const features = ["a", "b_0", "b_1", "c"];
const transformer: ColumnTransformer = {
  kind: "column_transformer",
  steps: [
    { column: "a", type: "Float", mean: 0, scale: 1 },
    { column: "c", type: "Boolean", categories: [0, 1], mean: 0.5, scale: 0.5 },
    { column: "b", type: "Categorical", categories: [0, 1] },
  ],
  passthrough: ["y"],
  featureNamesOut: ["a", "c", "b_0", "b_1"],
};
// Only `a` carries weight: the model predicts class 1 exactly when a > 0.
const model: LogisticRegressionModel = {
  kind: "logistic_regression",
  features,
  classes: 2,
  weights: [
    [-5, 5],
    [0, 0],
    [0, 0],
    [0, 0],
  ],
  bias: [0, 0],
  lossHistory: [],
};
const rows = tableFromColumns({
  a: [-1, -2, -1, -3, 1, 2, 1, 3],
  b_0: [1, 0, 1, 0, 1, 0, 1, 0],
  b_1: [0, 1, 0, 1, 0, 1, 0, 1],
  c: [1, -1, 1, -1, -1, 1, -1, 1],
  y_encoded: [0, 0, 0, 0, 1, 1, 1, 1],
});
const columns = { target: "y", features: "all" };
const params = { repeats: 4, seed: 3 };

async function importance(runParams: unknown = params, context = recordingContext().context, fitted: unknown = transformer): Promise<PermutationImportanceReport> {
  const [report] = await permutationImportanceKind.run([rows, model, columns, runParams, fitted], context);
  return report as PermutationImportanceReport;
}

describe("featureGroups", () => {
  it("groups one-hot columns by raw column", () => {
    expect(featureGroups(transformer, features)).toEqual([
      { feature: "a", columns: [0] },
      { feature: "b", columns: [1, 2] },
      { feature: "c", columns: [3] },
    ]);
  });

  it("keeps unencoded features alone", () => {
    expect(featureGroups(transformer, ["a", "extra", "b_1"])).toEqual([
      { feature: "a", columns: [0] },
      { feature: "extra", columns: [1] },
      { feature: "b", columns: [2] },
    ]);
  });

  it("scaler gives one group per feature", () => {
    const scaler: StandardScaler = { kind: "standard_scaler", features: ["p", "q"], mean: [0, 0], scale: [1, 1] };
    expect(featureGroups(scaler, ["p", "q"])).toEqual([
      { feature: "p", columns: [0] },
      { feature: "q", columns: [1] },
    ]);
  });
});

describe("permuteColumns", () => {
  it("moves a group's columns together", () => {
    // Row r contains (r, 10·r, 100·r), so a shared permutation keeps column 1 = 10 × column 0.
    const x = { values: Float32Array.from([0, 0, 0, 1, 10, 100, 2, 20, 200, 3, 30, 300, 4, 40, 400]), rows: 5, columns: 3 };
    const permuted = permuteColumns(x, [0, 1], mulberry32(1));
    const first = Array.from({ length: 5 }, (_, row) => permuted.values[row * 3]);
    expect([...first].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(first).not.toEqual([0, 1, 2, 3, 4]);
    for (let row = 0; row < 5; row++) {
      expect(permuted.values[row * 3 + 1]).toBe(10 * permuted.values[row * 3]);
      expect(permuted.values[row * 3 + 2]).toBe(100 * row);
    }
    expect(Array.from(x.values.slice(0, 3))).toEqual([0, 0, 0]);
  });
});

describe("permutation_importance", () => {
  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("ranks the only used column first", async () => {
    const report = await importance();
    expect(report.kind).toBe("permutation_importance");
    expect(report.metric).toBe("f1_macro");
    expect(report.baseline).toBe(1);
    expect(report.features.map((item) => item.feature)).toEqual(["a", "b", "c"]);
    expect(report.features[0].mean_drop).toBeGreaterThan(0);
  });

  it("unused columns drop exactly zero", async () => {
    const report = await importance();
    for (const item of report.features.slice(1)) {
      expect(item.mean_drop, item.feature).toBe(0);
      expect(item.std_drop, item.feature).toBe(0);
    }
  });

  it("has exactly the documented keys", async () => {
    const report = await importance();
    expect(Object.keys(report)).toEqual(["kind", "metric", "baseline", "features"]);
    expect(Object.keys(report.features[0])).toEqual(["feature", "mean_drop", "std_drop"]);
  });

  it("same seed repeats the report", async () => {
    expect(await importance()).toEqual(await importance());
  });

  it("one repeat has zero spread", async () => {
    const report = await importance({ repeats: 1, seed: 3 });
    for (const item of report.features) expect(item.std_drop, item.feature).toBe(0);
  });

  it("reports progress per column", async () => {
    const recorder = recordingContext();
    await importance(params, recorder.context);
    expect(recorder.progress.map((update) => update.step)).toEqual([1, 2, 3]);
    expect(recorder.progress.every((update) => update.total === 3)).toBe(true);
  });

  it("leaks no tensors", async () => {
    const before = tf.memory().numTensors;
    await importance();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("cancelled run throws RunCancelledError", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importance(params, recordingContext(controller.signal).context)).rejects.toBeInstanceOf(RunCancelledError);
  });

  it("rejects a target encoder as transformer", async () => {
    const error = await catchEngineError(() => importance(params, recordingContext().context, { kind: "label_encoder", classes: [0, 1] }));
    expect(error.code).toBe("WRONG_INPUT_TYPE");
    expect(error.port).toBe("transformer");
  });

  it("rejects features unlike the model", async () => {
    const error = await catchEngineError(() =>
      permutationImportanceKind.run([rows, model, { target: "y", features: ["a"] }, params, transformer], recordingContext().context),
    );
    expect(error.code).toBe("FEATURES_MISMATCH");
  });

  it("rejects zero repeats", async () => {
    const error = await catchEngineError(() => importance({ repeats: 0, seed: 3 }));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("repeats");
  });
});
