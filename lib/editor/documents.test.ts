import { describe, expect, it } from "vitest";
import { emptyDocument, irisDocument } from "./documents";

describe("editor documents", () => {
  it("starts Iris from the reference project", () => {
    const document = irisDocument();
    expect(document.exerciseId).toBe("iris");
    expect(Object.keys(document.project.pipelines)).toEqual(["data_engineering", "model_train", "model_predict"]);
  });

  it("empties pipelines and parameters but keeps raw datasets", () => {
    const empty = emptyDocument(irisDocument());
    expect(empty.project.pipelines).toEqual({ data_engineering: [], model_train: [], model_predict: [] });
    expect(Object.keys(empty.project.catalog)).toEqual(["iris_train_raw", "iris_predict_raw"]);
    expect(empty.project.parameters).toEqual({});
  });
});
