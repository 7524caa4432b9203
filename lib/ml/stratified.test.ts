import { describe, expect, it } from "vitest";
import type { Table } from "../data/table";
import { tableFromColumns } from "../data/table";
import { stratifiedIndices, stratifiedKFold, stratifiedSplitKind } from "./stratified";
import { catchEngineError, recordingContext } from "./testing";

const { context } = recordingContext();

/** 70 rows of "a" and 30 of "b", interleaved. */
const labels = Array.from({ length: 100 }, (_, i) => (i % 10 < 7 ? "a" : "b"));

function countOf(rows: readonly number[], label: string): number {
  return rows.filter((row) => labels[row] === label).length;
}

describe("stratifiedIndices", () => {
  it("keeps class shares in test", () => {
    const { train, test } = stratifiedIndices(labels, 0.2, 42);
    expect(test).toHaveLength(20);
    expect(countOf(test, "a")).toBe(14);
    expect(countOf(test, "b")).toBe(6);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
  });

  it("rounds the test size up", () => {
    // ceil(0.25 · 10) = 3 test rows; exact shares are 1.75 "a" and 0.75 "b", remainders go to "a" first.
    const small = ["a", "a", "a", "a", "a", "a", "a", "b", "b", "b"];
    const { test } = stratifiedIndices(small, 0.25, 1);
    expect(test).toHaveLength(3);
    expect(test.filter((row) => small[row] === "a")).toHaveLength(2);
  });

  it("same seed gives same rows", () => {
    expect(stratifiedIndices(labels, 0.2, 42)).toEqual(stratifiedIndices(labels, 0.2, 42));
    expect(stratifiedIndices(labels, 0.2, 43).test).not.toEqual(stratifiedIndices(labels, 0.2, 42).test);
  });

  it("indices are ascending", () => {
    const { train, test } = stratifiedIndices(labels, 0.3, 7);
    expect(train).toEqual([...train].sort((a, b) => a - b));
    expect(test).toEqual([...test].sort((a, b) => a - b));
  });

  it("fraction outside 0..1 fails", () => {
    expect(() => stratifiedIndices(labels, 1.5, 1)).toThrow(RangeError);
  });
});

describe("stratifiedKFold", () => {
  it("folds partition the rows", () => {
    const folds = stratifiedKFold(labels, 5, 3);
    expect(folds).toHaveLength(5);
    const tested = folds.flatMap((fold) => fold.test).sort((a, b) => a - b);
    expect(tested).toEqual(labels.map((_, i) => i));
    for (const fold of folds) {
      expect(fold.train.length + fold.test.length).toBe(100);
      expect(fold.train.filter((row) => fold.test.includes(row))).toEqual([]);
    }
  });

  it("each fold keeps class shares", () => {
    for (const fold of stratifiedKFold(labels, 5, 3)) {
      expect(countOf(fold.test, "a")).toBe(14);
      expect(countOf(fold.test, "b")).toBe(6);
    }
  });

  it("uneven classes stay balanced", () => {
    // 7 "a" and 4 "b" in 3 folds: sizes 4, 4, 3 and per-class counts within one row.
    const uneven = ["a", "b", "a", "a", "b", "a", "a", "b", "a", "a", "b"];
    const folds = stratifiedKFold(uneven, 3, 9);
    expect(folds.map((fold) => fold.test.length).sort()).toEqual([3, 4, 4]);
    for (const fold of folds) {
      const a = fold.test.filter((row) => uneven[row] === "a").length;
      expect(a === 2 || a === 3).toBe(true);
    }
  });

  it("same seed gives same folds", () => {
    expect(stratifiedKFold(labels, 4, 1)).toEqual(stratifiedKFold(labels, 4, 1));
    expect(stratifiedKFold(labels, 4, 2)).not.toEqual(stratifiedKFold(labels, 4, 1));
  });

  it.each([1, 2.5, 101])("k = %s fails", (k) => {
    expect(() => stratifiedKFold(labels, k, 1)).toThrow(RangeError);
  });
});

describe("stratified_split", () => {
  const table = tableFromColumns({ Id: labels.map((_, i) => i), y: labels });
  const params = { train_ratio: 0.8, test_ratio: 0.2, seed: 42, stratify: "y" };

  it("marks stratified test rows", () => {
    const [split] = stratifiedSplitKind.run([table, params], context) as Table[];
    expect(split.columnNames).toEqual(["Id", "y", "split"]);
    const testRows = split.columns.split.flatMap((part, row) => (part === "test" ? [row] : []));
    expect(testRows).toEqual(stratifiedIndices(labels, 0.2, 42).test);
    expect(countOf(testRows, "b")).toBe(6);
  });

  it("without stratify samples exactly", () => {
    const { stratify: _, ...plain } = params;
    const [split] = stratifiedSplitKind.run([table, plain], context) as Table[];
    expect(split.columns.split.filter((part) => part === "test")).toHaveLength(20);
  });

  it("ratios must sum to 1", async () => {
    const error = await catchEngineError(() => stratifiedSplitKind.run([table, { ...params, train_ratio: 0.7 }], context));
    expect(error.code).toBe("SPLIT_RATIOS_SUM");
    expect(error.port).toBe("params");
  });

  it("missing stratify column fails", async () => {
    const error = await catchEngineError(() => stratifiedSplitKind.run([table, { ...params, stratify: "target" }], context));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.port).toBe("df_raw");
  });

  it("empty stratify cell fails", async () => {
    const gap = tableFromColumns({ y: ["a", null, "b"] });
    const error = await catchEngineError(() => stratifiedSplitKind.run([gap, params], context));
    expect(error.code).toBe("MISSING_VALUE");
    expect(error.params).toEqual({ row: 1, column: "y" });
  });
});
