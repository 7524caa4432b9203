import { describe, expect, it } from "vitest";
import type { Table } from "../data/table";
import { tableFromColumns } from "../data/table";
import type { ColumnTransformer } from "./column-transformer";
import { columnTransformerFitKind, columnTransformerTransformKind } from "./column-transformer";
import { catchEngineError, recordingContext } from "./testing";

const { context } = recordingContext();

const train = tableFromColumns({
  BMI: [20, 30, 40, 30],
  GenHlth: [1, 3, 5, 3],
  HighBP: [0, 1, 1, 0],
  Sex: [1, 0, 1, 1],
  Age: ["old", "young", "mid", "young"],
  Diabetes: [0, 1, 1, 0],
  split: ["train", "train", "train", "train"],
});
const params = {
  target: "Diabetes",
  columns: { Float: ["BMI"], Ordinal: ["GenHlth"], Boolean: ["HighBP"], Categorical: ["Sex", "Age"] },
};

function fit(fitParams: unknown = params, table: Table = train): ColumnTransformer {
  return (columnTransformerFitKind.run([table, fitParams], context) as ColumnTransformer[])[0];
}

function transform(table: Table, transformer: ColumnTransformer): Table {
  return (columnTransformerTransformKind.run([table, transformer], context) as Table[])[0];
}

describe("column_transformer_fit", () => {
  it("names outputs like sklearn", () => {
    expect(fit().featureNamesOut).toEqual(["BMI", "GenHlth", "HighBP", "Sex_0", "Sex_1", "Age_mid", "Age_old", "Age_young"]);
  });

  it("stores moments and categories", () => {
    const [bmi, genHlth, highBp, sex] = fit().steps;
    // BMI: mean 30, population variance (100 + 0 + 100 + 0) / 4 = 50.
    expect(bmi).toEqual({ column: "BMI", type: "Float", mean: 30, scale: Math.sqrt(50) });
    // GenHlth codes 0, 1, 2, 1: mean 1, variance 0.5.
    expect(genHlth).toEqual({ column: "GenHlth", type: "Ordinal", categories: [1, 3, 5], mean: 1, scale: Math.sqrt(0.5) });
    expect(highBp).toEqual({ column: "HighBP", type: "Boolean", categories: [0, 1], mean: 0.5, scale: 0.5 });
    expect(sex).toEqual({ column: "Sex", type: "Categorical", categories: [0, 1] });
  });

  it("dictionary skips the target", () => {
    const dictionary = [
      { column: "Diabetes", type: "Categorical" },
      { column: "BMI", type: "Float" },
      { column: "Sex", type: "Categorical" },
    ];
    const transformer = fit({ target: "Diabetes", dictionary });
    expect(transformer.featureNamesOut).toEqual(["BMI", "Sex_0", "Sex_1"]);
    expect(transformer.passthrough).toEqual(["Diabetes"]);
  });

  it("logs the columns of each type", () => {
    const recording = recordingContext();
    columnTransformerFitKind.run([train, { ...params, columns: { Ordinal: ["BMI", "GenHlth"], Categorical: ["Sex"] } }], recording.context);

    expect(recording.logs).toEqual(["Column types: Ordinal: BMI, GenHlth; Categorical: Sex -> 4 encoded columns"]);
  });

  it("constant column gets scale 1", () => {
    const constant = tableFromColumns({ BMI: [25, 25, 25] });
    expect(fit({ columns: { Float: ["BMI"] } }, constant).steps[0]).toMatchObject({ mean: 25, scale: 1 });
  });

  it.each([
    [{ columns: { Float: ["BMI"], Numeric: ["Age"] } }, "columns.Numeric"],
    [{ columns: { Float: ["BMI"], Ordinal: ["BMI"] } }, "columns"],
    [{ target: "BMI", columns: { Float: ["BMI"] } }, "columns"],
    [{ columns: {} }, "columns"],
    [{}, "columns"],
    [{ dictionary: [{ column: "BMI", type: "Numeric" }] }, "dictionary"],
    [{ columns: { Float: ["BMI"] }, passthrough: "split" }, "passthrough"],
  ])("invalid %j fails", async (bad, key) => {
    const error = await catchEngineError(() => fit(bad));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe(key);
    expect(error.port).toBe("params");
  });

  it("missing cell names row", async () => {
    const gap = tableFromColumns({ Age: ["old", null] });
    const error = await catchEngineError(() => fit({ columns: { Categorical: ["Age"] } }, gap));
    expect(error.code).toBe("MISSING_VALUE");
    expect(error.params).toEqual({ row: 1, column: "Age" });
    expect(error.port).toBe("df_in");
  });

  it("text in Float column fails", async () => {
    const text = tableFromColumns({ BMI: [20, "thirty"] });
    const error = await catchEngineError(() => fit({ columns: { Float: ["BMI"] } }, text));
    expect(error.code).toBe("NON_NUMERIC_VALUE");
    expect(error.params).toEqual({ row: 1, column: "BMI", value: "thirty" });
  });

  it("clashing output names fail", async () => {
    const clash = tableFromColumns({ Sex: [0, 1], Sex_1: [5, 6] });
    const error = await catchEngineError(() => fit({ columns: { Float: ["Sex_1"], Categorical: ["Sex"] } }, clash));
    expect(error.code).toBe("DUPLICATE_COLUMN");
    expect(error.params.column).toBe("Sex_1");
  });
});

describe("column_transformer_transform", () => {
  it("encodes and passes the target through", () => {
    const encoded = transform(train, fit());
    expect(encoded.columnNames).toEqual(["BMI", "GenHlth", "HighBP", "Sex_0", "Sex_1", "Age_mid", "Age_old", "Age_young", "Diabetes"]);
    const root50 = Math.sqrt(50);
    expect(encoded.columns.BMI).toEqual([-10 / root50, 0, 10 / root50, 0]);
    const rootHalf = Math.sqrt(0.5);
    expect(encoded.columns.GenHlth).toEqual([-1 / rootHalf, 0, 1 / rootHalf, 0]);
    expect(encoded.columns.HighBP).toEqual([-1, 1, 1, -1]);
    expect(encoded.columns.Sex_0).toEqual([0, 1, 0, 0]);
    expect(encoded.columns.Age_young).toEqual([0, 1, 0, 1]);
    expect(encoded.columns.Diabetes).toEqual([0, 1, 1, 0]);
  });

  it("keeps listed passthrough columns", () => {
    const encoded = transform(train, fit({ ...params, passthrough: ["split"] }));
    expect(encoded.columnNames.slice(-2)).toEqual(["Diabetes", "split"]);
  });

  it("unseen category gives zeros", () => {
    const unseen = tableFromColumns({ BMI: [30], GenHlth: [3], HighBP: [1], Sex: [2], Age: ["baby"] });
    const encoded = transform(unseen, fit());
    for (const name of ["Sex_0", "Sex_1", "Age_mid", "Age_old", "Age_young"]) expect(encoded.columns[name]).toEqual([0]);
  });

  it("skips an absent target", () => {
    const unlabeled = tableFromColumns({ BMI: [30], GenHlth: [3], HighBP: [1], Sex: [0], Age: ["mid"] });
    expect(transform(unlabeled, fit()).columnNames).not.toContain("Diabetes");
  });

  it("unseen ordinal value fails", async () => {
    const unseen = tableFromColumns({ BMI: [30], GenHlth: [4], HighBP: [1], Sex: [0], Age: ["mid"] });
    const error = await catchEngineError(() => transform(unseen, fit()));
    expect(error.code).toBe("UNSEEN_LABEL");
    expect(error.params).toEqual({ value: "4", row: 0, column: "GenHlth" });
    expect(error.port).toBe("df_in");
  });

  it("missing input column fails", async () => {
    const error = await catchEngineError(() => transform(tableFromColumns({ BMI: [30] }), fit()));
    expect(error.code).toBe("COLUMN_NOT_FOUND");
    expect(error.params.column).toBe("GenHlth");
  });

  it("wrong object type fails", async () => {
    const error = await catchEngineError(() => columnTransformerTransformKind.run([train, { kind: "standard_scaler" }], context));
    expect(error.code).toBe("WRONG_INPUT_TYPE");
    expect(error.port).toBe("transformer");
  });
});
