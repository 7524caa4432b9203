import * as tf from "@tensorflow/tfjs-core";
import { beforeAll, describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import type { Table } from "../data/table";
import { initBackend } from "./backend";
import type { StandardScaler } from "./scaler";
import { scalerFitKind, scalerTransformKind } from "./scaler";
import { catchEngineError, recordingContext } from "./testing";

const { context } = recordingContext();
// a: mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25. b: constant.
const table = tableFromColumns({ Id: [0, 1, 2, 3], a: [1, 2, 3, 4], label: ["x", "y", "x", "y"], b: [10, 10, 10, 10] });
const columns = { features: ["a", "b"] };

function fit(): StandardScaler {
  return (scalerFitKind.run([table, columns], context) as unknown[])[0] as StandardScaler;
}

describe("scaler_fit", () => {
  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("computes mean and population std", () => {
    const scaler = fit();
    expect(scaler.kind).toBe("standard_scaler");
    expect(scaler.features).toEqual(["a", "b"]);
    expect(scaler.mean[0]).toBeCloseTo(2.5, 6);
    expect(scaler.mean[1]).toBeCloseTo(10, 5);
    expect(scaler.scale[0]).toBeCloseTo(Math.sqrt(1.25), 6);
  });

  it("constant column gets scale 1", () => {
    expect(fit().scale[1]).toBe(1);
  });

  it("leaves no tensors behind", () => {
    const before = tf.memory().numTensors;
    fit();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("result is plain JSON", () => {
    const scaler = fit();
    expect(JSON.parse(JSON.stringify(scaler))).toEqual(scaler);
  });

  it("missing feature fails at df_in", async () => {
    const error = await catchEngineError(() => scalerFitKind.run([table, { features: ["a", "c"] }], context));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.params.column).toBe("c");
    expect(error.port).toBe("df_in");
  });

  it("text feature fails with row and value", async () => {
    const error = await catchEngineError(() => scalerFitKind.run([table, { features: ["label"] }], context));
    expect(error.code).toBe("NON_NUMERIC_VALUE");
    expect(error.params).toEqual({ row: 0, column: "label", value: "x" });
    expect(error.port).toBe("df_in");
  });

  it.each([[{}], [{ features: [] }], [{ features: "a" }], [{ features: ["a", "a"] }]])("invalid features %j fail", async (params) => {
    const error = await catchEngineError(() => scalerFitKind.run([table, params], context));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("features");
    expect(error.port).toBe("params");
  });
});

describe("scaler_transform", () => {
  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("scales features and keeps other columns", () => {
    const [scaled] = scalerTransformKind.run([table, fit(), columns], context) as Table[];
    const std = Math.sqrt(1.25);
    expect(scaled.columnNames).toEqual(["Id", "a", "label", "b"]);
    [-1.5, -0.5, 0.5, 1.5].forEach((deviation, i) => {
      expect(scaled.columns.a[i]).toBeCloseTo(deviation / std, 5);
    });
    expect(scaled.columns.b.every((v) => Math.abs(v as number) < 1e-5)).toBe(true);
    expect(scaled.columns.label).toEqual(table.columns.label);
  });

  it("wrong object type fails at scaler", async () => {
    const error = await catchEngineError(() => scalerTransformKind.run([table, { kind: "label_encoder" }, columns], context));
    expect(error.code).toBe("WRONG_INPUT_TYPE");
    expect(error.params).toEqual({ expected: "standard_scaler", actual: "label_encoder" });
    expect(error.port).toBe("scaler");
  });

  it("table given as scaler fails", async () => {
    const error = await catchEngineError(() => scalerTransformKind.run([table, table, columns], context));
    expect(error.params.actual).toBe("table");
  });

  it("other features than fitted fail", async () => {
    const error = await catchEngineError(() => scalerTransformKind.run([table, fit(), { features: ["b", "a"] }], context));
    expect(error.code).toBe("FEATURES_MISMATCH");
    expect(error.port).toBe("columns");
  });
});
