import { describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import type { Cell, Table } from "../data/table";
import type { LabelEncoder } from "./encoder";
import { encoderFitKind, encoderTransformKind } from "./encoder";
import { compareCodePoints, sortedUniqueLabels } from "./labels";
import { catchEngineError, recordingContext } from "./testing";

const { context } = recordingContext();

function fit(labels: Cell[]): LabelEncoder {
  const table = tableFromColumns({ Species: labels });
  return (encoderFitKind.run([table, { target: "Species" }], context) as unknown[])[0] as LabelEncoder;
}

describe("sortedUniqueLabels", () => {
  it.each([
    [["b", "a", "c", "a"], ["a", "b", "c"]],
    [[10, 2, 33, 2], [2, 10, 33]],
    [["a", "B", "Z", "b"], ["B", "Z", "a", "b"]],
    [["\u{1F600}", "\uFFFD"], ["\uFFFD", "\u{1F600}"]],
  ])("sorts %j", (values, expected) => {
    expect(sortedUniqueLabels(values)).toEqual(expected);
  });

  it("compares by code point", () => {
    expect(compareCodePoints("ab", "a")).toBeGreaterThan(0);
    expect(compareCodePoints("a", "a")).toBe(0);
  });
});

describe("encoder_fit", () => {
  it("classes are sorted distinct labels", () => {
    const encoder = fit(["Iris-virginica", "Iris-setosa", "Iris-versicolor", "Iris-setosa"]);
    expect(encoder).toEqual({
      kind: "label_encoder",
      column: "Species",
      classes: ["Iris-setosa", "Iris-versicolor", "Iris-virginica"],
    });
  });

  it("missing label fails with row", async () => {
    const error = await catchEngineError(() => fit(["a", null]));
    expect(error.code).toBe("MISSING_VALUE");
    expect(error.params).toEqual({ row: 1, column: "Species" });
    expect(error.port).toBe("df_in");
  });

  it("missing target column fails at df_in", async () => {
    const table = tableFromColumns({ x: [1] });
    const error = await catchEngineError(() => encoderFitKind.run([table, { target: "Species" }], context));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.port).toBe("df_in");
  });
});

describe("encoder_transform", () => {
  const encoder = fit(["b", "c", "a"]);

  it("adds the encoded column", () => {
    const table = tableFromColumns({ Id: [7, 8, 9], Species: ["c", "a", "b"] });
    const [encoded] = encoderTransformKind.run([table, encoder, { target: "Species" }], context) as Table[];
    expect(encoded.columnNames).toEqual(["Id", "Species", "Species_encoded"]);
    expect(encoded.columns.Species_encoded).toEqual([2, 0, 1]);
  });

  it("unseen label fails with value and row", async () => {
    const table = tableFromColumns({ Species: ["a", "d"] });
    const error = await catchEngineError(() => encoderTransformKind.run([table, encoder, { target: "Species" }], context));
    expect(error.code).toBe("UNSEEN_LABEL");
    expect(error.params).toEqual({ value: "d", row: 1, column: "Species" });
    expect(error.port).toBe("df_in");
  });

  it("wrong object type fails at encoder", async () => {
    const table = tableFromColumns({ Species: ["a"] });
    const error = await catchEngineError(() => encoderTransformKind.run([table, { kind: "standard_scaler" }, { target: "Species" }], context));
    expect(error.code).toBe("WRONG_INPUT_TYPE");
    expect(error.port).toBe("encoder");
  });
});
