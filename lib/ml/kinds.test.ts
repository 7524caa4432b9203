import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { createRegistry } from "./kinds";

const EXPECTED_PORTS: Record<string, { group: string; inputs: string[]; outputs: number }> = {
  create_split_column: { group: "data", inputs: ["df_raw", "params"], outputs: 1 },
  stratified_split: { group: "data", inputs: ["df_raw", "params"], outputs: 1 },
  split_master_table: { group: "data", inputs: ["df", "columns"], outputs: 2 },
  scaler_fit: { group: "preprocessing", inputs: ["df_in", "params"], outputs: 1 },
  scaler_transform: { group: "preprocessing", inputs: ["df_in", "scaler", "columns"], outputs: 1 },
  encoder_fit: { group: "preprocessing", inputs: ["df_in", "params"], outputs: 1 },
  encoder_transform: { group: "preprocessing", inputs: ["df_in", "encoder", "params"], outputs: 1 },
  column_transformer_fit: { group: "preprocessing", inputs: ["df_in", "params"], outputs: 1 },
  column_transformer_transform: { group: "preprocessing", inputs: ["df_in", "transformer"], outputs: 1 },
  train_model: { group: "models", inputs: ["df", "columns", "params"], outputs: 1 },
  train_mlp: { group: "models", inputs: ["df", "columns", "params"], outputs: 1 },
  random_search_cv: { group: "models", inputs: ["df", "columns", "params"], outputs: 2 },
  predict_model: { group: "models", inputs: ["df_in", "model", "columns", "params"], outputs: 1 },
  evaluate_predictions: { group: "evaluation", inputs: ["df_true", "predictions", "columns", "params"], outputs: 1 },
  evaluate_binary: { group: "evaluation", inputs: ["df_true", "predictions", "columns", "params"], outputs: 2 },
  confusion_matrix: { group: "evaluation", inputs: ["df_true", "predictions", "columns"], outputs: 1 },
  backtest_model: { group: "evaluation", inputs: ["df", "columns", "params", "transformer_params"], outputs: 1 },
  permutation_importance: { group: "evaluation", inputs: ["df", "model", "columns", "params", "transformer"], outputs: 1 },
};

describe("createRegistry", () => {
  const registry = createRegistry();

  it("registers exactly the workshop kinds", () => {
    expect(registry.list().map((kind) => kind.id).sort()).toEqual(Object.keys(EXPECTED_PORTS).sort());
  });

  it.each(Object.entries(EXPECTED_PORTS))("%s has Python argument names", (id, expected) => {
    const kind = registry.get(id);
    expect(kind?.group).toBe(expected.group);
    expect(kind?.inputs.map((port) => port.name)).toEqual(expected.inputs);
    expect(kind?.outputs).toHaveLength(expected.outputs);
    expect(kind?.doc.split("\n")[0]).toMatch(/^[A-Z].+\.$/);
  });

  it("parameter ports are typed parameters", () => {
    for (const kind of registry.list()) {
      for (const port of kind.inputs) {
        const isParameterName = ["params", "columns"].includes(port.name) || port.name.endsWith("_params");
        expect(port.type === "parameters", `${kind.id}.${port.name}`).toBe(isParameterName);
      }
    }
  });

  it("iris nodes match the port counts", () => {
    const project = irisProject();
    for (const node of Object.values(project.pipelines).flat()) {
      const kind = registry.get(node.kind);
      expect(kind?.inputs.length, node.name).toBe(node.inputs.length);
      expect(kind?.outputs.length, node.name).toBe(node.outputs.length);
    }
  });

  it("registries are independent", () => {
    expect(createRegistry()).not.toBe(registry);
  });
});
