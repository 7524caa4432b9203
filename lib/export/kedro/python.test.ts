/**
 * Runs the exported Python without Kedro, which is not installable here:
 * the generated pytest tests of the node functions, and the Iris and
 * diabetes nodes in pipeline order on the workshop's files (for diabetes,
 * every pipeline, including model_tuning and model_evaluation). Needs Python
 * with pandas, scikit-learn, pytest and PyYAML (Debian's python3-pandas,
 * python3-sklearn, python3-pytest, python3-yaml); skipped without them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { diabetesProject } from "../../examples/diabetes-project";
import { irisProject } from "../../examples/iris-project";
import type { BacktestReport } from "../../ml/backtest";
import type { HpoReport } from "../../ml/hpo";
import { createRegistry } from "../../ml/kinds";
import { selectPipeline, topologicalSort } from "../../pipeline/graph";
import type { DatasetName, Project } from "../../pipeline/types";
import { exportedRawData } from "./example-data";
import { exportKedroProject } from "./project";
import { findDataPython, unzipToTemp } from "./testing/python";
import { zipProject } from "./zip";

const python = findDataPython();
const RUNNER = fileURLToPath(new URL("testing/run_exported_nodes.py", import.meta.url));
const WORKSHOP_DATA = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const temporaryFolders: string[] = [];
afterAll(() => temporaryFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

if (!python) console.warn("Skipping the exported-Python tests: no python3 with pandas, scikit-learn, pytest and PyYAML (apt-get install python3-pandas python3-sklearn python3-pytest).");

/** Exports `project` and unzips it; returns the project folder. */
function exportToFolder(project: Project, packageName: string): string {
  const result = exportKedroProject(project, createRegistry(), { packageName, rawData: exportedRawData(packageName) });
  if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.problems)}`);
  const root = unzipToTemp(zipProject(packageName, result.files), `export-${packageName}`);
  temporaryFolders.push(root);
  return join(root, packageName);
}

/** Runs the project's nodes in Kedro's order with run_exported_nodes.py and returns the printed datasets. */
function runNodes(folder: string, packageName: string, project: Project, inputs: Record<DatasetName, string>, print: DatasetName[]) {
  const sorted = topologicalSort(selectPipeline(project) ?? []);
  if (!sorted.ok) throw new Error("the project has a cycle");
  const pipelineOf = (name: string) => Object.keys(project.pipelines).find((pipeline) => project.pipelines[pipeline].some((node) => node.name === name));
  const nodes = sorted.order.map((node) => ({ pipeline: pipelineOf(node.name), name: node.name, func: node.kind, inputs: node.inputs, outputs: node.outputs }));
  const plan = join(folder, "plan.json");
  writeFileSync(plan, JSON.stringify({ package: packageName, nodes, inputs, print }));

  const result = spawnSync(python as string, [RUNNER, folder, plan], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`run_exported_nodes.py failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, Record<string, unknown>>;
}

describe.skipIf(!python)("exported Python", () => {
  it.each(["iris", "diabetes"])("passes its own tests (%s)", (name) => {
    const project = name === "iris" ? irisProject() : diabetesProject();
    const folder = exportToFolder(project, name);
    const result = spawnSync(python as string, ["-m", "pytest", "-q", "-p", "no:cacheprovider"], { cwd: folder, encoding: "utf8" });
    // Without Kedro the pipeline and configuration tests skip; the node tests must all pass.
    expect(result.stdout).toMatch(/\d+ passed/);
    expect(result.stdout).not.toMatch(/failed|error/);
    expect(result.status).toBe(0);
  });

  it("passes the train_mlp tests", () => {
    // Neither default project trains the MLP, so only the diabetes variant with train_mlp runs its tests.
    const folder = exportToFolder(diabetesProject("mlp"), "diabetes");
    const result = spawnSync(python as string, ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "train_mlp", "tests/pipelines/model_train"], {
      cwd: folder,
      encoding: "utf8",
    });
    expect(result.stdout).toMatch(/\b2 passed/);
    expect(result.status).toBe(0);
  });

  it("trains Iris to accuracy >= 0.90", () => {
    const folder = exportToFolder(irisProject(), "iris");
    const raw = join(folder, "data/01_raw");
    const output = runNodes(folder, "iris", irisProject(), { iris_train_raw: join(raw, "iris_train.csv"), iris_predict_raw: join(raw, "iris_predict.csv") }, [
      "test_classification_report",
      "predicted",
    ]);

    const report = output.test_classification_report as { accuracy: number };
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    const predicted = output.predicted as { Id: number[]; prediction: number[] };
    expect(predicted.Id).toHaveLength(30);
    expect(new Set(predicted.prediction)).toEqual(new Set([0, 1, 2]));
  });

  const diabetesFile = join(WORKSHOP_DATA, "diabetes_binary_5050split_health_indicators_BRFSS2015.csv");
  it.skipIf(!existsSync(diabetesFile))("trains, tunes and backtests diabetes", () => {
    const folder = exportToFolder(diabetesProject(), "diabetes");
    // The exported catalog reads the target as Diabetes, the workshop dictionary's name for Kaggle's Diabetes_binary.
    const renamed = join(folder, "data/01_raw/diabetes.csv");
    writeFileSync(renamed, readFileSync(diabetesFile, "utf8").replace(/^Diabetes_binary,/, "Diabetes,"));

    const output = runNodes(folder, "diabetes", diabetesProject(), { diabetes_raw: renamed, diabetes_predict_raw: join(WORKSHOP_DATA, "diabetes_predict.csv") }, [
      "test_classification_report",
      "backtest_report",
      "hpo_trials",
      "best_params",
    ]);

    const report = output.test_classification_report as { "macro avg": { "f1-score": number }; roc_auc: number };
    expect(report["macro avg"]["f1-score"]).toBeGreaterThanOrEqual(0.74);
    expect(report.roc_auc).toBeGreaterThanOrEqual(0.8);

    const backtest = output.backtest_report as unknown as BacktestReport;
    expect(backtest.folds.map((fold) => fold.fold)).toEqual([1, 2, 3]);
    // The folds cover train_raw: 70,692 rows minus ceil(0.2 * 70,692) test rows.
    expect(backtest.folds.reduce((rows, fold) => rows + fold.rows, 0)).toBe(56_553);
    expect(backtest.mean.f1_macro).toBeGreaterThanOrEqual(0.74);

    // The params:hpo block searches 6 trials over 3 folds of a 12,000-row sample.
    const trials = output.hpo_trials as unknown as HpoReport;
    expect(Object.keys(trials)).toEqual(["kind", "model", "metric", "folds", "rows", "trials", "best_trial", "best_params"]);
    expect(trials.rows).toBe(12_000);
    expect(trials.trials).toHaveLength(6);
    for (const trial of trials.trials) {
      expect(Object.keys(trial)).toEqual(["trial", "params", "f1_macro", "f1_std", "fold_scores", "seconds"]);
      expect(trial.fold_scores).toHaveLength(3);
    }
    expect(trials.trials[trials.best_trial - 1].f1_macro).toBeGreaterThanOrEqual(0.74);
    // best_params has the keys the browser's random_search_cv writes, so it can feed train_model's params.
    expect(output.best_params).toEqual(trials.best_params);
    expect(Object.keys(output.best_params).sort()).toEqual(["batch_size", "epochs", "l2", "learning_rate", "seed"]);
  }, 120_000);
});
