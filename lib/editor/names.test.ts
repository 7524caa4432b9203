import { describe, expect, it } from "vitest";
import { datasetNames, isValidName, isValidParameterInput, nodeNames, uniqueName } from "./names";
import { testDocument } from "./testing";

describe("isValidName", () => {
  it.each([
    ["train_model", true],
    ["model_input.train", true],
    ["ajuste_padronização", true],
    ["x2", true],
    ["", false],
    ["a b", false],
    ["a-b", false],
    [".a", false],
    ["a.", false],
    ["a..b", false],
    ["params:x", false],
    ["a".repeat(200), true],
    ["a".repeat(201), false],
  ])("%j is %s", (name, expected) => {
    expect(isValidName(name)).toBe(expected);
  });
});

describe("isValidParameterInput", () => {
  it.each([
    ["parameters", true],
    ["params:columns", true],
    ["params:split_params.seed", true],
    ["params:", false],
    ["params:a b", false],
    ["columns", false],
  ])("%j is %s", (name, expected) => {
    expect(isValidParameterInput(name)).toBe(expected);
  });
});

describe("uniqueName", () => {
  it("keeps a free name", () => {
    expect(uniqueName("a", new Set(["b"]))).toBe("a");
  });

  it("skips taken suffixes", () => {
    expect(uniqueName("a", new Set(["a", "a_2", "a_3"]))).toBe("a_4");
  });
});

describe("project names", () => {
  it("lists nodes of every pipeline", () => {
    expect([...nodeNames(testDocument().project)].sort()).toEqual(["apply_scaler", "fit_scaler", "train_model"]);
  });

  it("lists datasets without parameters or empty inputs", () => {
    const { project } = testDocument();
    project.pipelines.model[0].inputs = [""];
    expect([...datasetNames(project)].sort()).toEqual(["blob", "model", "raw", "report", "scaled", "scaler"]);
  });
});
