/**
 * Structural and run checks on hand-made projects and run evidence, without
 * running TensorFlow.js. The corpus test covers whole submissions with runs.
 */
import { describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import { createRegistry } from "../ml/kinds";
import type { Project } from "../pipeline/types";
import { scoreExercise, structuralContext } from "./check";
import { buildProject } from "./recipe";
import type { Finding } from "./result";
import { checkRun, readPath } from "./run-checks";
import type { RunEvidence } from "./run-checks";
import { checkLeakage, checkNodes, checkParameters, checkPersisted, checkRefit, checkUnusedParameters } from "./structural";
import { findExerciseSpec } from "./specs";
import type { Check, ExerciseSpec } from "./spec";

const registry = createRegistry();

function spec(id: string): ExerciseSpec {
  return findExerciseSpec(id)!;
}

function solution(id: string): Project {
  return buildProject(spec(id).solution);
}

function node(project: Project, name: string) {
  return Object.values(project.pipelines).flat().find((candidate) => candidate.name === name)!;
}

function codesAndNodes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.code}@${finding.node ?? "-"}`);
}

function rubricCheck<T extends Check["type"]>(exercise: ExerciseSpec, type: T): Extract<Check, { type: T }> {
  return exercise.rubric.find((item) => item.check.type === type)!.check as Extract<Check, { type: T }>;
}

describe("checkLeakage", () => {
  it("passes the reference data engineering", () => {
    expect(checkLeakage(structuralContext(spec("iris-data-engineering"), solution("iris-data-engineering"), registry)).findings).toEqual([]);
  });

  it("flags a scaler fitted before a second split", () => {
    const project = solution("iris-training");
    project.pipelines.model_train.unshift({ name: "resplit", kind: "create_split_column", inputs: ["master_table", "params:split_params"], outputs: ["master_resplit"] });
    node(project, "split_master_table").inputs = ["master_resplit", "params:columns"];
    const findings = checkLeakage(structuralContext(spec("iris-training"), project, registry)).findings;
    // The scaler saw the first split's train rows, which the second split partly puts in test; the model saw rows the first split set aside.
    expect(codesAndNodes(findings)).toEqual(["LEAKAGE_TEST@create_feature_scaler", "LEAKAGE_TEST@create_target_encoder", "LEAKAGE_TEST@train_model"]);
  });

  it("flags a model trained on the whole master table", () => {
    const project = solution("iris-training");
    node(project, "train_model").inputs = ["master_table", "params:columns", "params:train"];
    const findings = checkLeakage(structuralContext(spec("iris-training"), project, registry)).findings;
    expect(codesAndNodes(findings)).toEqual(["LEAKAGE_TEST@train_model"]);
    expect(findings[0].params).toMatchObject({ dataset: "master_table", split: "split_raw_table", test: "test_raw" });
  });

  it("flags a fit on inference rows outside the inference pipeline", () => {
    const project = solution("iris-data-engineering");
    node(project, "create_feature_scaler").inputs = ["iris_predict_raw", "params:columns"];
    const findings = checkLeakage(structuralContext(spec("iris-data-engineering"), project, registry)).findings;
    expect(codesAndNodes(findings)).toEqual(["LEAKAGE_INFERENCE@create_feature_scaler"]);
  });

  it("does not count a backtest over the whole table as a fit", () => {
    expect(checkLeakage(structuralContext(spec("diabetes-backtest"), solution("diabetes-backtest"), registry)).findings).toEqual([]);
  });
});

describe("checkRefit", () => {
  it("is not attempted while model_predict is empty", () => {
    const outcome = checkRefit(structuralContext(spec("iris-inference"), buildProject(spec("iris-inference").starter), registry));
    expect(outcome.attempted).toBe(false);
  });

  it("flags predictions on rows the fitted scaler never transformed", () => {
    const project = solution("iris-inference");
    project.pipelines.model_predict = [{ name: "predict_unlabeled", kind: "predict_model", inputs: ["iris_predict_raw", "trained_model", "params:columns", "params:test"], outputs: ["predicted"] }];
    const findings = checkRefit(structuralContext(spec("iris-inference"), project, registry)).findings;
    expect(codesAndNodes(findings)).toEqual(["INFERENCE_TRANSFORM_MISSING@predict_unlabeled"]);
    expect(findings[0].params).toMatchObject({ transformer: "feature_scaler_fitted", trainer: "train_model" });
  });

  it("flags a model retrained inside model_predict", () => {
    const project = solution("iris-inference");
    project.pipelines.model_predict.unshift({ name: "retrain", kind: "train_model", inputs: ["mt_train", "params:columns", "params:train"], outputs: ["predict_model_fitted"] });
    node(project, "predict_unlabeled").inputs[1] = "predict_model_fitted";
    const findings = checkRefit(structuralContext(spec("iris-inference"), project, registry)).findings;
    expect(codesAndNodes(findings)).toEqual(["REFIT_IN_INFERENCE@retrain"]);
  });
});

describe("checkNodes", () => {
  it("names the node that predicts the wrong rows", () => {
    const project = solution("iris-training");
    node(project, "predict_test").inputs[0] = "mt_train";
    const outcome = checkNodes(structuralContext(spec("iris-training"), project, registry), rubricCheck(spec("iris-training"), "nodes").require);
    // The evaluation then compares test labels with predictions of train rows, so it is flagged too.
    expect(codesAndNodes(outcome.findings)).toEqual(["NODE_WRONG_ROWS@predict_test", "NODE_WRONG_ROWS@evaluate_test"]);
    expect(outcome.findings[0].params.actual).toBe("train");
    expect(outcome.findings[1].params.actual).toBe("test, train");
  });

  it("accepts either model kind", () => {
    const project = solution("iris-training");
    node(project, "train_model").kind = "train_mlp";
    project.parameters.train = { hidden_units: 8, learning_rate: 0.01, epochs: 50, seed: 42 };
    expect(checkNodes(structuralContext(spec("iris-training"), project, registry), rubricCheck(spec("iris-training"), "nodes").require).findings).toEqual([]);
  });
});

describe("checkPersisted", () => {
  it.each(["MemoryDataset", "kedro.io.MemoryDataset"])("counts an explicit %s as memory only", (type) => {
    const project = solution("iris-training");
    project.catalog.trained_model = { type };
    const findings = checkPersisted(structuralContext(spec("iris-training"), project, registry), rubricCheck(spec("iris-training"), "persisted").require).findings;
    expect(codesAndNodes(findings)).toEqual(["OUTPUT_NOT_PERSISTED@train_model"]);
  });
});

describe("checkParameters", () => {
  const rules = rubricCheck(spec("iris-training"), "parameters").rules;

  it("flags a feature list left to the function", () => {
    const project = solution("iris-training");
    project.parameters.columns = { target: "Species", features: "all" };
    const findings = checkParameters(structuralContext(spec("iris-training"), project, registry), rules).findings;
    expect(codesAndNodes(findings)).toEqual(["PARAMETER_NOT_LIST@train_model"]);
    expect(findings[0].params).toMatchObject({ key: "features", value: '"all"', input: "params:columns" });
  });

  it("reads nested parameter paths", () => {
    const project = solution("iris-training");
    project.parameters.model = { train: { learning_rate: 0.1, epochs: 300, l2: 0.01 } };
    delete project.parameters.train;
    node(project, "train_model").inputs[2] = "params:model.train";
    const findings = checkParameters(structuralContext(spec("iris-training"), project, registry), rules).findings;
    expect(codesAndNodes(findings)).toEqual(["HARDCODED_DEFAULT@train_model"]);
    expect(findings[0].params).toMatchObject({ key: "seed", input: "params:model.train" });
  });
});

describe("checkUnusedParameters", () => {
  it("names a block no node reads", () => {
    const project = solution("iris-training");
    project.parameters.old_split = { train_ratio: 0.7 };
    expect(checkUnusedParameters(structuralContext(spec("iris-training"), project, registry)).findings).toEqual([{ code: "UNUSED_PARAMETER", params: { key: "old_split" } }]);
  });

  it("counts every block used when a node reads the whole parameters", () => {
    const project = solution("iris-training");
    project.parameters.old_split = { train_ratio: 0.7 };
    node(project, "evaluate_test").inputs[3] = "parameters";
    expect(checkUnusedParameters(structuralContext(spec("iris-training"), project, registry)).findings).toEqual([]);
  });
});

describe("checkRun", () => {
  const exercise = spec("iris-training");
  const context = structuralContext(exercise, solution("iris-training"), registry);
  const metric = rubricCheck(exercise, "metric");
  const success = (datasets: Record<string, unknown>): RunEvidence => ({ status: "success", datasets, problems: [] });

  it("states the figure and the threshold", () => {
    const outcome = checkRun(context, metric, success({ test_classification_report: { accuracy: 0.85 } }));
    expect(outcome.figure).toEqual({ name: "test_accuracy", value: 0.85, min: 0.9 });
    expect(codesAndNodes(outcome.findings)).toEqual(["METRIC_BELOW@evaluate_test"]);
    expect(outcome.findings[0].params).toMatchObject({ value: 0.85, min: 0.9 });
  });

  it("passes a figure at the threshold", () => {
    expect(checkRun(context, metric, success({ test_classification_report: { accuracy: 0.9 } })).findings).toEqual([]);
  });

  it("reports a report without the metric", () => {
    const outcome = checkRun(context, metric, success({ test_classification_report: { precision: 1 } }));
    expect(codesAndNodes(outcome.findings)).toEqual(["METRIC_NOT_FOUND@evaluate_test"]);
  });

  it("reports an output the run did not produce", () => {
    expect(codesAndNodes(checkRun(context, metric, success({})).findings)).toEqual(["OUTPUT_NOT_PRODUCED@evaluate_test"]);
  });

  it("puts a failed run on the failed node with its cause", () => {
    const failure = { node: "train_model", code: "TRAINING_DIVERGED", params: { epoch: 3, learning_rate: 10 }, message: "" };
    const outcome = checkRun(context, metric, { status: "failed", datasets: {}, problems: [], failure });
    expect(outcome.findings).toEqual([{ code: "RUN_FAILED", node: "train_model", params: { node: "train_model" }, cause: { code: "TRAINING_DIVERGED", params: failure.params } }]);
  });

  it("is not attempted when data is missing, and says which", () => {
    const outcome = checkRun(context, metric, { status: "data_missing", datasets: {}, problems: [], missing: ["iris_train_raw"] });
    expect(outcome.attempted).toBe(false);
    expect(codesAndNodes(outcome.findings)).toEqual(["DATA_MISSING@-"]);
  });

  it("is not attempted after a cancel", () => {
    expect(checkRun(context, metric, { status: "cancelled", datasets: {}, problems: [] }).attempted).toBe(false);
  });

  it("checks the columns and rows of a table", () => {
    const inference = spec("iris-inference");
    const table = rubricCheck(inference, "table");
    const predicted = tableFromColumns({ prediction: [0, 1] });
    const outcome = checkRun(structuralContext(inference, solution("iris-inference"), registry), table, success({ predicted }));
    expect(codesAndNodes(outcome.findings)).toEqual(["COLUMNS_MISSING@predict_unlabeled", "TOO_FEW_ROWS@predict_unlabeled"]);
    expect(outcome.findings[0].params.columns).toBe("Id");
  });
});

describe("readPath", () => {
  it.each([
    [{ a: { b: 2 } }, ["a", "b"], 2],
    [{ folds: [1, 2, 3] }, ["folds", "length"], 3],
    [{ a: 1 }, ["b"], undefined],
    [{ a: null }, ["a", "b"], undefined],
    [{ a: { toString: 1 } }, ["a", "constructor"], undefined],
  ])("reads %j at %j", (value, path, expected) => {
    expect(readPath(value, path)).toBe(expected);
  });
});

describe("scoreExercise", () => {
  it("sums the points of correct items", () => {
    const exercise = spec("iris-training");
    const project = solution("iris-training");
    delete project.catalog.trained_model;
    const result = scoreExercise(exercise, structuralContext(exercise, project, registry), { status: "success", datasets: { test_classification_report: { accuracy: 0.95 } }, problems: [] });
    expect(result.items.find((item) => item.id === "persisted")).toMatchObject({ status: "incorrect", points: 0, max: 1 });
    expect(result.score).toBe(11);
    expect(result.max).toBe(12);
    expect(result.metrics).toEqual({ test_accuracy: 0.95 });
  });
});

describe("an unwired node", () => {
  it("earns no credit for leakage or parameters", () => {
    const exercise = spec("iris-training");
    const project = buildProject(exercise.starter);
    const [pipeline] = exercise.scope;
    project.pipelines[pipeline] = [...(project.pipelines[pipeline] ?? []), { name: "train_model", kind: "train_model", inputs: ["", "", ""], outputs: ["train_model_model"] }];
    const context = structuralContext(exercise, project, registry);

    expect(checkLeakage(context).attempted).toBe(false);
    expect(checkParameters(context, rubricCheck(exercise, "parameters").rules).attempted).toBe(false);
    const result = scoreExercise(exercise, context, { status: "invalid", datasets: {}, problems: context.problems });
    const statusOf = (type: Check["type"]) => result.items.find((item) => item.id === exercise.rubric.find((rubric) => rubric.check.type === type)?.id)?.status;
    expect(statusOf("no_leakage")).toBe("not_attempted");
    expect(statusOf("parameters")).toBe("not_attempted");
  });
});
