import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { nodeSignatures, staleNodes } from "./staleness";

describe("staleNodes", () => {
  it("finds nothing when nothing changed", () => {
    expect(staleNodes(nodeSignatures(irisProject()), irisProject())).toEqual(new Set());
  });

  it("marks readers of a changed parameter and their downstream", () => {
    const edited = irisProject();
    edited.parameters.train = { learning_rate: 0.05, epochs: 300, l2: 0.01, seed: 42 };
    const stale = staleNodes(nodeSignatures(irisProject()), edited);
    expect(stale.has("train_model")).toBe(true);
    expect(stale.has("predict_test")).toBe(true);
    expect(stale.has("predict_unlabeled")).toBe(true);
    expect(stale.has("create_split_column")).toBe(false);
    expect(stale.has("encode_target")).toBe(false);
  });

  it("marks everything downstream of a rewired node", () => {
    const edited = irisProject();
    edited.pipelines.data_engineering[2].inputs = ["iris_split", "params:columns"];
    const stale = staleNodes(nodeSignatures(irisProject()), edited);
    expect(stale.has("create_feature_scaler")).toBe(true);
    expect(stale.has("scaled_master_table")).toBe(true);
    expect(stale.has("train_model")).toBe(true);
    expect(stale.has("create_target_encoder")).toBe(false);
  });

  it("marks readers of a changed catalog entry", () => {
    const edited = irisProject();
    edited.catalog.master_table = { type: "pandas.CSVDataset", layer: "primary" };
    const stale = staleNodes(nodeSignatures(irisProject()), edited);
    expect(stale.has("split_master_table")).toBe(true);
    expect(stale.has("encode_target")).toBe(false);
  });

  it("ignores nodes added since the run", () => {
    const edited = irisProject();
    edited.pipelines.model_train.push({ name: "extra", kind: "confusion_matrix", inputs: ["mt_test", "test_predictions", "params:columns"], outputs: ["extra_cm"] });
    expect(staleNodes(nodeSignatures(irisProject()), edited).has("extra")).toBe(false);
  });
});

describe("staleNodes after a resumed run", () => {
  it("keeps skipped upstream nodes stale", () => {
    const edited = irisProject();
    edited.parameters.split_params = { train_ratio: 0.8, test_ratio: 0.2, seed: 7 };
    // The resumed run re-ran only the scaler onward, under the edited project.
    const ran = nodeSignatures(irisProject());
    const now = nodeSignatures(edited);
    for (const node of ["create_feature_scaler", "scaled_master_table", "encode_target"]) ran.set(node, now.get(node)!);

    const stale = staleNodes(ran, edited);
    expect(stale.has("create_split_column")).toBe(true);
    expect(stale.has("create_target_encoder")).toBe(true);
    expect(stale.has("create_feature_scaler")).toBe(false);
  });
});

describe("nodeSignatures on deep pipelines", () => {
  it("stays short on a 200-node chain", () => {
    const project = irisProject();
    project.pipelines = {
      chain: Array.from({ length: 200 }, (_, i) => ({
        name: `split_${i}`,
        kind: "create_split_column",
        inputs: [i === 0 ? "iris_train_raw" : `split_${i - 1}_out`, "params:split_params"],
        outputs: [`split_${i}_out`],
      })),
    };
    const signatures = nodeSignatures(project);
    expect(signatures.size).toBe(200);
    for (const signature of signatures.values()) expect(signature).toHaveLength(14);
    expect(new Set(signatures.values()).size).toBe(200);
  });
});
