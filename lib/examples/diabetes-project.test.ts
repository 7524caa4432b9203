import { describe, expect, it } from "vitest";
import { DIABETES_FEATURES } from "../data/diabetes";
import { createRegistry } from "../ml/kinds";
import { validateProject } from "../pipeline/validate";
import { diabetesProject } from "./diabetes-project";

describe("diabetesProject", () => {
  it.each(["logistic_regression", "mlp"] as const)("validates with %s", (model) => {
    expect(validateProject(diabetesProject(model), createRegistry())).toEqual([]);
  });

  it("types every feature once, not the target", () => {
    const { columns } = diabetesProject().parameters.column_transformer as { columns: Record<string, string[]> };
    const listed = Object.values(columns).flat();
    expect([...listed].sort()).toEqual([...DIABETES_FEATURES].sort());
    expect(columns.Float).toEqual(["BMI"]);
    expect(columns.Categorical).toEqual(["Sex", "Age", "Education", "Income"]);
  });

  it("mlp swaps only the training node", () => {
    const node = diabetesProject("mlp").pipelines.model_train.find((spec) => spec.name === "train_model");
    expect(node?.kind).toBe("train_mlp");
    expect(node?.inputs).toEqual(["mt_train", "params:columns", "params:train_mlp"]);
  });

  it("model_evaluation backtests on the raw training rows and scores importance on mt_test", () => {
    const nodes = diabetesProject().pipelines.model_evaluation;
    expect(nodes.map((node) => node.kind)).toEqual(["backtest_model", "permutation_importance"]);
    expect(nodes[0].inputs).toEqual(["train_raw", "params:columns", "params:backtest", "params:column_transformer"]);
    expect(nodes[1].inputs).toEqual(["mt_test", "trained_model", "params:columns", "params:importance", "column_transformer_fitted"]);
  });

  it("backtest trains like train", () => {
    const { backtest, train } = diabetesProject().parameters as Record<string, Record<string, unknown>>;
    expect(backtest).toEqual({ ...train, folds: 3, model: "logistic_regression" });
  });

  it("model_tuning searches on the training rows only and persists its outputs", () => {
    const project = diabetesProject();
    const [node] = project.pipelines.model_tuning;
    expect(node.kind).toBe("random_search_cv");
    expect(node.inputs[0]).toBe("mt_train");
    for (const output of node.outputs) expect(project.catalog[output]?.type).toBe("json.JSONDataset");
  });
});
