import { describe, expect, it } from "vitest";
import { summarizeTable, summarizeValue } from "./summary";
import { tableFromColumns, tableFromRows } from "./table";

const flowers = tableFromColumns({
  SepalLengthCm: [5.1, 4.9, null, 6.3, 5.8],
  Species: ["setosa", "virginica", "setosa", null, "versicolor"],
  Note: [null, null, null, null, null],
  Code: [1, "b", 3, null, NaN],
});

describe("summarizeTable", () => {
  const summary = summarizeTable(flowers, { previewRows: 2 });

  it("reports the shape", () => {
    expect(summary.rowCount).toBe(5);
    expect(summary.columnCount).toBe(4);
  });

  it("previews the first rows", () => {
    expect(summary.preview).toEqual([
      { SepalLengthCm: 5.1, Species: "setosa", Note: null, Code: 1 },
      { SepalLengthCm: 4.9, Species: "virginica", Note: null, Code: "b" },
    ]);
  });

  it("describes a number column", () => {
    // (5.1 + 4.9 + 6.3 + 5.8) / 4 = 22.1 / 4 = 5.525
    const column = summary.columns[0];
    expect(column).toMatchObject({ name: "SepalLengthCm", type: "number", missing: 1, min: 4.9, max: 6.3 });
    expect(column.mean).toBeCloseTo(5.525, 10);
    expect(column.top).toBeUndefined();
  });

  it("counts the top string values", () => {
    expect(summary.columns[1]).toEqual({
      name: "Species",
      type: "string",
      missing: 1,
      top: [
        { value: "setosa", count: 2 },
        { value: "virginica", count: 1 },
        { value: "versicolor", count: 1 },
      ],
    });
  });

  it("marks an all-missing column empty", () => {
    expect(summary.columns[2]).toEqual({ name: "Note", type: "empty", missing: 5 });
  });

  it("marks numbers and strings mixed, with NaN missing", () => {
    expect(summary.columns[3]).toEqual({ name: "Code", type: "mixed", missing: 2 });
  });

  it("keeps only 3 top values", () => {
    const table = tableFromRows(["a", "b", "b", "c", "c", "c", "d"].map((letter) => ({ letter })));
    expect(summarizeTable(table).columns[0].top).toEqual([
      { value: "c", count: 3 },
      { value: "b", count: 2 },
      { value: "a", count: 1 },
    ]);
  });

  it("previews 10 rows by default", () => {
    const table = tableFromColumns({ x: Array.from({ length: 25 }, (_, i) => i) });
    const result = summarizeTable(table);
    expect(result.preview).toHaveLength(10);
    expect(result.preview[9]).toEqual({ x: 9 });
    expect(result.columns[0]).toMatchObject({ min: 0, mean: 12, max: 24 });
  });

  it("summarises a table without rows", () => {
    const result = summarizeTable(tableFromColumns({ x: [] }));
    expect(result).toEqual({ rowCount: 0, columnCount: 1, preview: [], columns: [{ name: "x", type: "empty", missing: 0 }] });
  });
});

describe("summarizeValue", () => {
  it("describes a fitted scaler", () => {
    const scaler = { kind: "standard_scaler", features: ["a", "b"], mean: [1, 2], scale: [1, 1] };
    // {"kind":"standard_scaler", 26 + "features":["a","b"], 21 + "mean":[1,2], 13 + "scale":[1,1]} 14 = 74 ASCII characters.
    expect(summarizeValue(scaler)).toEqual({ kind: "standard_scaler", fields: { features: "a, b" }, sizeBytes: 74 });
  });

  it("describes a label encoder", () => {
    const encoder = { kind: "label_encoder", column: "Species", classes: ["setosa", "versicolor", "virginica"] };
    expect(summarizeValue(encoder).fields).toEqual({ column: "Species", classes: "setosa, versicolor, virginica" });
  });

  it("describes a trained model", () => {
    const model = { kind: "logistic_regression", features: ["a"], classes: 3, weights: [[0, 0, 0]], bias: [0, 0, 0], lossHistory: [1.1, 0.7, 0.4] };
    expect(summarizeValue(model)).toMatchObject({ kind: "logistic_regression", fields: { features: "a", classes: 3, epochs: 3, finalLoss: 0.4 } });
  });

  it("totals a confusion matrix", () => {
    const matrix = { kind: "confusion_matrix", labels: [0, 1], matrix: [[5, 1], [2, 4]] };
    expect(summarizeValue(matrix).fields).toEqual({ labels: "0, 1", total: 12 });
  });

  it("describes a classification report", () => {
    const scores = { precision: 1, recall: 1, "f1-score": 0.9, support: 10 };
    const report = { "0": scores, "1": scores, accuracy: 0.95, "macro avg": scores, "weighted avg": scores };
    expect(summarizeValue(report)).toMatchObject({ kind: "classification_report", fields: { accuracy: 0.95, "macro f1-score": 0.9, classes: 2 } });
  });

  it("lists the first fields of an unknown object", () => {
    const value = { kind: "custom", a: 1, b: [1, 2], c: { d: 1 }, e: null, f: "x", g: 2 };
    expect(summarizeValue(value).fields).toEqual({ kind: "custom", a: 1, b: "1, 2", c: "{…}", e: null });
    expect(summarizeValue(value).kind).toBe("custom");
  });

  it("cuts long lists", () => {
    const scaler = { kind: "standard_scaler", features: Array.from({ length: 10 }, (_, i) => `f${i}`) };
    expect(summarizeValue(scaler).fields.features).toBe("f0, f1, f2, f3, f4, f5, f6, f7, … (10)");
  });

  it("gives a table its shape", () => {
    expect(summarizeValue(flowers).fields).toEqual({ rows: 5, columns: 4 });
  });

  it("describes primitives and arrays", () => {
    expect(summarizeValue(3)).toEqual({ kind: "number", fields: { value: 3 }, sizeBytes: 1 });
    expect(summarizeValue([1, 2])).toEqual({ kind: "array", fields: { length: 2 }, sizeBytes: 5 });
    expect(summarizeValue(null)).toEqual({ kind: "null", fields: { value: null }, sizeBytes: 4 });
  });

  it("counts UTF-8 bytes", () => {
    // "ção" is 5 bytes in UTF-8, plus 2 quotes.
    expect(summarizeValue("ção").sizeBytes).toBe(7);
  });
});
