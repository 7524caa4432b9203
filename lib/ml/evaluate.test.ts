import { describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import type { BinaryReport, RocCurve } from "./evaluate";
import { confusionMatrixKind, evaluateBinaryKind, evaluatePredictionsKind } from "./evaluate";
import type { ClassificationReport, ConfusionMatrix } from "./metrics";
import { catchEngineError, recordingContext } from "./testing";

const { context } = recordingContext();
const columns = { target: "Species" };
const truth = tableFromColumns({ Species: ["a", "a", "b"], Species_encoded: [0, 0, 1] });
const predictions = tableFromColumns({ prediction: [0, 1, 1], prob_0: [0.9, 0.4, 0.2], prob_1: [0.1, 0.6, 0.8] });

describe("evaluate_predictions", () => {
  it("reports on encoded labels", () => {
    const [report] = evaluatePredictionsKind.run([truth, predictions, columns, {}], context) as ClassificationReport[];
    expect(report.accuracy).toBeCloseTo(2 / 3, 12);
    expect(report["0"]).toEqual({ precision: 1, recall: 0.5, "f1-score": 2 / 3, support: 2 });
    expect(report["1"]).toEqual({ precision: 0.5, recall: 1, "f1-score": 2 / 3, support: 1 });
  });

  it("row count mismatch fails", async () => {
    const short = tableFromColumns({ prediction: [0, 1] });
    const error = await catchEngineError(() => evaluatePredictionsKind.run([truth, short, columns, {}], context));
    expect(error.code).toBe("ROW_COUNT_MISMATCH");
    expect(error.params).toEqual({ expected: 3, actual: 2 });
    expect(error.port).toBe("predictions");
  });

  it("missing encoded column fails at df_true", async () => {
    const raw = tableFromColumns({ Species: ["a", "a", "b"] });
    const error = await catchEngineError(() => evaluatePredictionsKind.run([raw, predictions, columns, {}], context));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.params.column).toBe("Species_encoded");
    expect(error.port).toBe("df_true");
  });

  it("non-integer prediction fails with row", async () => {
    const bad = tableFromColumns({ prediction: [0, 0.5, 1] });
    const error = await catchEngineError(() => evaluatePredictionsKind.run([truth, bad, columns, {}], context));
    expect(error.code).toBe("INVALID_CLASS_INDEX");
    expect(error.params).toEqual({ row: 1, column: "prediction", value: "0.5" });
    expect(error.port).toBe("predictions");
  });
});

describe("confusion_matrix kind", () => {
  it("counts true against predicted", () => {
    const [result] = confusionMatrixKind.run([truth, predictions, columns], context) as ConfusionMatrix[];
    expect(result).toEqual({ kind: "confusion_matrix", labels: [0, 1], matrix: [[1, 1], [0, 1]] });
  });
});

describe("evaluate_binary", () => {
  it("adds roc_auc to the report", () => {
    const [report, curve] = evaluateBinaryKind.run([truth, predictions, columns, {}], context) as [BinaryReport, RocCurve];
    expect(report.accuracy).toBeCloseTo(2 / 3, 12);
    expect(report["macro avg"]["f1-score"]).toBeCloseTo(2 / 3, 12);
    // prob_1 of the positive row (0.8) beats both negatives (0.1, 0.6).
    expect(report.roc_auc).toBe(1);
    expect(curve.kind).toBe("roc_curve");
    expect(curve.auc).toBe(1);
    expect(curve.points.map((point) => point.threshold)).toEqual([1.8, 0.8, 0.6, 0.1]);
  });

  it("more than two classes fails", async () => {
    const three = tableFromColumns({ Species_encoded: [0, 1, 2] });
    const error = await catchEngineError(() => evaluateBinaryKind.run([three, predictions, columns, {}], context));
    expect(error.code).toBe("NOT_BINARY");
    expect(error.params).toEqual({ column: "Species_encoded", classes: "0, 1, 2" });
    expect(error.port).toBe("df_true");
  });

  it("single class fails", async () => {
    const singleClass = tableFromColumns({ Species_encoded: [1, 1, 1] });
    const error = await catchEngineError(() => evaluateBinaryKind.run([singleClass, predictions, columns, {}], context));
    expect(error.code).toBe("TOO_FEW_CLASSES");
    expect(error.port).toBe("df_true");
  });

  it("missing prob_1 fails at predictions", async () => {
    const noProbabilities = tableFromColumns({ prediction: [0, 1, 1] });
    const error = await catchEngineError(() => evaluateBinaryKind.run([truth, noProbabilities, columns, {}], context));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.params.column).toBe("prob_1");
    expect(error.port).toBe("predictions");
  });
});
