import { describe, expect, it } from "vitest";
import { tableFromColumns, tableFromRows } from "../data/table";
import type { Table } from "../data/table";
import { createSplitColumnKind, drawSplit, isClose, splitMasterTableKind } from "./split";
import { catchEngineError, recordingContext } from "./testing";

const { context } = recordingContext();
const raw = tableFromColumns({ Id: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });

function runCreateSplit(params: unknown): Table {
  return (createSplitColumnKind.run([raw, params], context) as unknown[])[0] as Table;
}

describe("isClose", () => {
  it.each([
    [0.8 + 0.2, 1, true],
    [0.7 + 0.1 + 0.2, 1, true],
    [1 + 5e-6, 1, true],
    [1 + 5e-5, 1, false],
    [0.9, 1, false],
  ])("isClose(%d, %d) is %s", (a, b, expected) => {
    expect(isClose(a, b)).toBe(expected);
  });
});

describe("create_split_column", () => {
  it("same seed gives same split", () => {
    const first = runCreateSplit({ train_ratio: 0.5, test_ratio: 0.5, seed: 3 });
    const second = runCreateSplit({ train_ratio: 0.5, test_ratio: 0.5, seed: 3 });
    expect(first.columns.split).toEqual(second.columns.split);
  });

  it("keeps columns and appends split", () => {
    const result = runCreateSplit({ train_ratio: 0.5, test_ratio: 0.5, seed: 3 });
    expect(result.columnNames).toEqual(["Id", "x", "split"]);
    expect(result.columns.x).toEqual(raw.columns.x);
    expect(new Set(result.columns.split)).toEqual(new Set(["train", "test"]));
  });

  it.each([
    [1, 0, "train"],
    [0, 1, "test"],
  ])("ratios %d/%d put every row in %s", (train, test, part) => {
    const result = runCreateSplit({ train_ratio: train, test_ratio: test, seed: 1 });
    expect(result.columns.split.every((value) => value === part)).toBe(true);
  });

  it("train share follows the ratio", () => {
    const parts = drawSplit(10_000, 0.8, 42);
    const share = parts.filter((p) => p === "train").length / parts.length;
    // Binomial standard deviation is 0.004 for n = 10,000 and p = 0.8.
    expect(Math.abs(share - 0.8)).toBeLessThan(0.02);
  });

  it("ratios not summing to 1 fail", async () => {
    const error = await catchEngineError(() => runCreateSplit({ train_ratio: 0.7, test_ratio: 0.2, seed: 1 }));
    expect(error.code).toBe("SPLIT_RATIOS_SUM");
    expect(error.params.sum).toBeCloseTo(0.9);
    expect(error.port).toBe("params");
  });

  it.each([
    [{ test_ratio: 0.2, seed: 1 }, "train_ratio", "missing"],
    [{ train_ratio: 1.5, test_ratio: -0.5, seed: 1 }, "train_ratio", "1.5"],
    [{ train_ratio: 0.8, test_ratio: "0.2", seed: 1 }, "test_ratio", '"0.2"'],
    [{ train_ratio: 0.8, test_ratio: 0.2, seed: 1.5 }, "seed", "1.5"],
  ])("invalid parameters %j name the key", async (params, key, value) => {
    const error = await catchEngineError(() => runCreateSplit(params));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe(key);
    expect(error.params.value).toBe(value);
    expect(error.port).toBe("params");
  });
});

describe("split_master_table", () => {
  const marked = tableFromRows([
    { Id: 0, split: "train" },
    { Id: 1, split: "test" },
    { Id: 2, split: "train" },
  ]);

  it("separates train and test rows", () => {
    const [train, test] = splitMasterTableKind.run([marked, {}], context) as Table[];
    expect(train.columns.Id).toEqual([0, 2]);
    expect(test.columns.Id).toEqual([1]);
    expect(train.columnNames).toEqual(["Id", "split"]);
  });

  it("missing split column fails at df", async () => {
    const error = await catchEngineError(() => splitMasterTableKind.run([raw, {}], context));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.params.column).toBe("split");
    expect(error.port).toBe("df");
  });

  it.each([
    ["test", ["train", "train"]],
    ["train", ["test", "test"]],
  ])("empty %s part fails", async (part, marks) => {
    const table = tableFromColumns({ split: marks });
    const error = await catchEngineError(() => splitMasterTableKind.run([table, {}], context));
    expect(error.code).toBe("EMPTY_SPLIT");
    expect(error.params.part).toBe(part);
    expect(error.port).toBe("df");
  });
});
