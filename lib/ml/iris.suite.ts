/**
 * Integration checks of the Iris reference project, shared by the cpu and
 * wasm test files. tfjs backends are process-wide, so each backend gets its
 * own test file (Vitest runs files in separate processes here).
 */
import * as tf from "@tensorflow/tfjs-core";
import { expect, it } from "vitest";
import type { Table } from "../data/table";
import { irisPredictRaw, irisTrainRaw } from "../examples/iris-data";
import { irisProject } from "../examples/iris-project";
import type { RunOptions } from "../pipeline/runner";
import { runPipeline } from "../pipeline/runner";
import type { Project } from "../pipeline/types";
import { createRegistry } from "./kinds";
import type { ClassificationReport } from "./metrics";

function irisInputs(): RunOptions["inputs"] {
  return { iris_train_raw: irisTrainRaw(), iris_predict_raw: irisPredictRaw() };
}

function withParameters(change: (parameters: Project["parameters"]) => void): Project {
  const project = irisProject();
  change(project.parameters);
  return project;
}

/** Registers the shared checks; call it inside a describe block whose beforeAll set the backend. */
export function registerIrisChecks(backend: string): void {
  it("full run reaches 0.90 test accuracy", async () => {
    const tensorsBefore = tf.memory().numTensors;
    const started = performance.now();

    const result = await runPipeline(irisProject(), createRegistry(), { inputs: irisInputs() });

    const seconds = (performance.now() - started) / 1000;
    expect(result.failure).toBeUndefined();
    expect(result.status).toBe("success");
    const report = result.datasets.test_classification_report as ClassificationReport;
    console.info(`[iris ${backend}] test accuracy ${report.accuracy.toFixed(4)}, run ${seconds.toFixed(2)} s`);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    expect((result.datasets.predicted as Table).rowCount).toBe(30);
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });

  it("predicted rows keep the Id column", async () => {
    const result = await runPipeline(irisProject(), createRegistry(), { inputs: irisInputs() });

    const predicted = result.datasets.predicted as Table;
    expect(predicted.columnNames).toEqual(["Id", "prediction", "prob_0", "prob_1", "prob_2"]);
    expect(predicted.columns.Id).toEqual(irisPredictRaw().columns.Id);
  });

  it("data_engineering pipeline alone", async () => {
    const result = await runPipeline(irisProject(), createRegistry(), { pipeline: "data_engineering", inputs: irisInputs() });

    expect(result.status).toBe("success");
    expect(result.datasets).toHaveProperty("master_table");
    expect(result.datasets).not.toHaveProperty("trained_model");
    expect((result.datasets.master_table as Table).columnNames).toContain("Species_encoded");
  });

  it("split ratios 0.7/0.2 fail", async () => {
    const project = withParameters((p) => (p.split_params = { train_ratio: 0.7, test_ratio: 0.2, seed: 42 }));

    const result = await runPipeline(project, createRegistry(), { inputs: irisInputs() });

    expect(result.status).toBe("failed");
    expect(result.failure?.node).toBe("create_split_column");
    expect(result.failure?.code).toBe("SPLIT_RATIOS_SUM");
    expect(result.failure?.input).toBe("params:split_params");
  });

  it("misspelled feature names node and input", async () => {
    const project = withParameters((p) => {
      p.columns = { target: "Species", features: ["SepalLengthCm", "SepalWidthCm", "PetalLenghtCm", "PetalWidthCm"] };
    });

    const result = await runPipeline(project, createRegistry(), { inputs: irisInputs() });

    expect(result.status).toBe("failed");
    expect(result.failure?.node).toBe("create_feature_scaler");
    expect(result.failure?.code).toBe("COLUMN_NOT_FOUND");
    expect(result.failure?.params.column).toBe("PetalLenghtCm");
    expect(result.failure?.input).toBe("train_raw");
  });

  it("cancelled run stops training", async () => {
    const controller = new AbortController();
    const tensorsBefore = tf.memory().numTensors;
    const onEvent = (event: { type: string; step?: number }) => {
      if (event.type === "node_progress" && event.step === 30) controller.abort();
    };

    const result = await runPipeline(irisProject(), createRegistry(), { inputs: irisInputs(), signal: controller.signal, onEvent });

    expect(result.status).toBe("cancelled");
    expect(result.datasets).not.toHaveProperty("trained_model");
    expect(tf.memory().numTensors).toBe(tensorsBefore);
  });
}
