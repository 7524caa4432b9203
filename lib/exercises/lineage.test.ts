import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { createRegistry } from "../ml/kinds";
import type { Project } from "../pipeline/types";
import { atomsOverlap, readsOnly, rowClasses, traceLineage } from "./lineage";
import type { RowAtom } from "./lineage";

const registry = createRegistry();
const SOURCES = new Map([
  ["iris_train_raw", "labeled" as const],
  ["iris_predict_raw", "inference" as const],
]);

function nodeOf(project: Project, name: string) {
  return Object.values(project.pipelines).flat().find((node) => node.name === name)!;
}

describe("traceLineage on the Iris reference", () => {
  const project = irisProject();
  const lineage = traceLineage(project, registry, SOURCES);

  it.each([
    ["iris_split", [{ source: "iris_train_raw", parts: {} }]],
    ["train_raw", [{ source: "iris_train_raw", parts: { create_split_column: "train" } }]],
    ["test_raw", [{ source: "iris_train_raw", parts: { create_split_column: "test" } }]],
    ["master_table", [{ source: "iris_train_raw", parts: {} }]],
    ["mt_train", [{ source: "iris_train_raw", parts: { create_split_column: "train" } }]],
    ["mt_test", [{ source: "iris_train_raw", parts: { create_split_column: "test" } }]],
    ["iris_predict_scaled", [{ source: "iris_predict_raw", parts: {} }]],
    ["feature_scaler_fitted", []],
    ["test_classification_report", []],
  ])("traces the rows of %s", (dataset, atoms) => {
    expect(lineage.datasets.get(dataset)?.atoms).toEqual(atoms);
  });

  it("keeps the split marks through transforms", () => {
    expect(lineage.datasets.get("master_table")?.marker).toBe("create_split_column");
  });

  it("records the fitted transformers applied to rows", () => {
    expect(lineage.datasets.get("master_table")?.transforms).toEqual(["feature_scaler_fitted"]);
    expect(lineage.datasets.get("iris_predict_scaled")?.transforms).toEqual(["feature_scaler_fitted"]);
  });

  it("records who fitted the model and on which transforms", () => {
    expect(lineage.datasets.get("trained_model")?.fittedBy).toEqual({ node: "train_model", transforms: ["feature_scaler_fitted"] });
  });

  it("finds the fit nodes by their output ports", () => {
    expect(lineage.fitNodes.map((fit) => fit.node.name)).toEqual(["create_feature_scaler", "create_target_encoder", "train_model"]);
  });

  it("records both test parts", () => {
    expect(lineage.testParts.map((part) => part.dataset)).toEqual(["test_raw", "mt_test"]);
  });

  it("is complete without a cycle", () => {
    expect(lineage.complete).toBe(true);
  });

  it.each([
    ["train_model", "train", true],
    ["predict_test", "test", true],
    ["predict_unlabeled", "inference", true],
    ["predict_test", "train", false],
    ["create_split_column", "train", false],
  ] as const)("says whether %s reads only %s rows", (node, rows, expected) => {
    expect(readsOnly(nodeOf(project, node), rows, lineage, registry)).toBe(expected);
  });
});

describe("traceLineage edge cases", () => {
  it("sees that a second split mixes the first split's test rows into training", () => {
    const project = irisProject();
    // model_train marks master_table again with another seed before splitting it.
    project.pipelines.model_train.unshift({ name: "resplit", kind: "create_split_column", inputs: ["master_table", "params:split_params"], outputs: ["master_resplit"] });
    nodeOf(project, "split_master_table").inputs = ["master_resplit", "params:columns"];
    const lineage = traceLineage(project, registry, SOURCES);

    const trainAtom = lineage.datasets.get("mt_train")!.atoms[0];
    expect(trainAtom.parts).toEqual({ resplit: "train" });
    const firstTest = lineage.testParts.find((part) => part.dataset === "test_raw")!;
    expect(atomsOverlap(trainAtom, firstTest.atom)).toBe(true);
  });

  it("lets rows flow through a kind it does not know", () => {
    const project = irisProject();
    project.pipelines.model_train.push({ name: "mystery", kind: "not_registered", inputs: ["mt_train", "params:train"], outputs: ["mystery_out"] });
    const lineage = traceLineage(project, registry, SOURCES);
    expect(lineage.datasets.get("mystery_out")?.atoms).toEqual(lineage.datasets.get("mt_train")?.atoms);
  });

  it("treats a search kind as a fit node", () => {
    const project = irisProject();
    project.pipelines.model_train.push({ name: "tune", kind: "random_search_cv", inputs: ["mt_train", "params:columns", "params:train"], outputs: ["best", "trials"] });
    const lineage = traceLineage(project, registry, SOURCES);
    expect(lineage.fitNodes.map((fit) => fit.node.name)).toContain("tune");
  });

  it("marks the trace incomplete on a cycle", () => {
    const project = irisProject();
    nodeOf(project, "create_split_column").inputs = ["iris_scaled", "params:split_params"];
    expect(traceLineage(project, registry, SOURCES).complete).toBe(false);
  });

  it("counts a raw dataset the spec does not name as labeled", () => {
    const project = irisProject();
    nodeOf(project, "create_split_column").inputs = ["my_upload", "params:split_params"];
    project.catalog.my_upload = { type: "pandas.CSVDataset", layer: "raw" };
    expect(traceLineage(project, registry, SOURCES).sources.get("my_upload")).toBe("labeled");
  });
});

describe("atomsOverlap", () => {
  const atom = (source: string, parts: Record<string, "train" | "test">): RowAtom => ({ source, parts });

  it.each([
    ["the whole table and its test part", atom("t", {}), atom("t", { a: "test" }), true],
    ["two parts of one split", atom("t", { a: "train" }), atom("t", { a: "test" }), false],
    ["parts of two different splits", atom("t", { a: "train" }), atom("t", { b: "test" }), true],
    ["two tables", atom("t", {}), atom("u", {}), false],
    ["a part and a finer part", atom("t", { a: "train" }), atom("t", { a: "train", b: "test" }), true],
  ])("%s", (_case, a, b, expected) => {
    expect(atomsOverlap(a, b)).toBe(expected);
    expect(atomsOverlap(b, a)).toBe(expected);
  });
});

describe("rowClasses", () => {
  it("names inference, test, train and whole rows", () => {
    const classes = rowClasses(
      [
        { source: "iris_predict_raw", parts: {} },
        { source: "iris_train_raw", parts: { s: "test" } },
        { source: "iris_train_raw", parts: { s: "train" } },
        { source: "iris_train_raw", parts: {} },
      ],
      SOURCES,
    );
    expect([...classes].sort()).toEqual(["inference", "test", "train", "whole"]);
  });
});
