import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { parseCsv } from "../lib/data/csv";
import { buildProject } from "../lib/exercises/recipe";
import { findExerciseSpec } from "../lib/exercises/specs";
import { encodeProject } from "../lib/pipeline/share";
import type { Project } from "../lib/pipeline/types";

const DATA_DIR = resolve("../shared/data");
const TRAINING_FILE = resolve(DATA_DIR, "diabetes_binary_5050split_health_indicators_BRFSS2015.csv");
const INFERENCE_FILE = resolve(DATA_DIR, "diabetes_predict.csv");

function solutionOf(exerciseId: string): Project {
  return buildProject(findExerciseSpec(exerciseId)!.solution);
}

/** Opens an exercise and waits until the worker is ready, which also means the page is hydrated. */
async function openExercise(page: Page, exerciseId: string, project?: Project) {
  await page.goto(`/exercises/${exerciseId}${project ? `#pipeline=${encodeProject(project)}` : ""}`);
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
}

async function check(page: Page) {
  await page.getByTestId("check-button").click();
  await expect(page.getByTestId("check-status")).toHaveAttribute("data-status", /done|failed|cancelled/, { timeout: 60_000 });
}

/** Runs `lab grade` on one file and returns its gradebook row. */
function gradeWithCli(file: string, work: string, ...options: string[]): Record<string, unknown> {
  const out = join(work, "grades.csv");
  const graded = spawnSync(process.execPath, ["--import", "tsx", "scripts/lab.ts", "grade", file, "--out", out, ...options], { encoding: "utf8", timeout: 120_000 });
  expect(graded.stderr).toBe("");
  expect(graded.status).toBe(0);
  const csv = parseCsv(readFileSync(out, "utf8"));
  if (!csv.ok) throw new Error(csv.error.code);
  return Object.fromEntries(csv.table.columnNames.map((name) => [name, csv.table.columns[name][0]]));
}

async function connect(page: Page, node: string, input: number, dataset: string) {
  await page.getByTestId(`node-${node}`).click();
  await expect(page.getByTestId("inspector-node-name")).toHaveValue(node);
  await page.getByTestId(`inspector-input-${input}`).selectOption(dataset);
}

test("leakage found, fixed, submitted and graded", async ({ page }) => {
  await openExercise(page, "iris-data-engineering", solutionOf("iris-data-engineering"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iris 1: engenharia de dados");
  await expect(page.getByTestId("check-status")).toContainText("Ainda não verificado");

  // Fit the scaler on the whole marked table instead of the train part.
  await connect(page, "create_feature_scaler", 0, "iris_split");
  await check(page);
  await expect(page.getByTestId("check-score")).toHaveAttribute("data-score", "9");
  const leakage = page.getByTestId("check-item-no_leakage");
  await expect(leakage).toHaveAttribute("data-status", "incorrect");
  await expect(leakage).toContainText("LEAKAGE_TEST");
  await expect(leakage).toContainText("Vazamento de dados: o nó create_feature_scaler (scaler_fit) é ajustado em iris_split");
  const onCanvas = page.getByTestId("problem-create_feature_scaler");
  await expect(onCanvas).toContainText("LEAKAGE_TEST");
  await expect(onCanvas).toContainText("linhas de teste");
  await expect(page.getByTestId("check-item-master_table")).toHaveAttribute("data-status", "correct");

  // An edit makes the result stale and takes the reason off the canvas until the next check.
  await connect(page, "create_feature_scaler", 0, "train_raw");
  await expect(page.getByTestId("check-status")).toContainText("Verifique de novo");
  await expect(onCanvas).toHaveCount(0);
  await check(page);
  await expect(page.getByTestId("check-score")).toHaveAttribute("data-score", "12");
  await expect(page.getByTestId("check-score")).toHaveText("12 de 12 pontos");
  for (const status of await page.locator('[data-testid^="check-item-"]').evaluateAll((items) => items.map((item) => item.getAttribute("data-status")))) {
    expect(status).toBe("correct");
  }
  await expect(page.getByTestId("check-figure-master_table")).toHaveText("linhas: 120 (mínimo 120)");
  await expect(onCanvas).toHaveCount(0);

  // The best score is kept for the progress page.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("deploy-lab:exercise-scores:v1") ?? "{}"));
  expect(stored["iris-data-engineering"]).toMatchObject({ best: 12, max: 12 });

  await page.getByTestId("student-name").fill("Aluna de Teste");
  const downloading = page.waitForEvent("download");
  await page.getByTestId("submit-button").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("iris-data-engineering-aluna-de-teste.json");
  await expect(page.getByTestId("submit-notice")).toContainText("com a nota 12 de 12");

  const work = mkdtempSync(join(tmpdir(), "e2e-grade-"));
  try {
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    const submission = JSON.parse(readFileSync(file, "utf8"));
    expect(submission.student).toBe("Aluna de Teste");
    expect(submission.stamp.backend).toBe("wasm");
    expect(submission.stamp.browser).toContain("Chrome");
    expect(submission.stamp.seeds).toEqual({ "split_params.seed": 42 });
    expect(submission.stamp.data.iris_train_raw.rows).toBe(120);

    const row = gradeWithCli(file, work);
    expect(row).toMatchObject({ status: "graded", student: "Aluna de Teste", score: 12, score_in_file: 12, score_matches: "yes", data_matches: "yes" });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("a run check states the figure reached and the threshold", async ({ page }) => {
  await openExercise(page, "iris-training", solutionOf("iris-training"));
  await check(page);
  await expect(page.getByTestId("check-item-test_accuracy")).toHaveAttribute("data-status", "correct");
  await expect(page.getByTestId("check-figure-test_accuracy")).toHaveText(/^acurácia de teste: 0,9\d* \(mínimo 0,9\)$/);
});

test("hints open one at a time before the solution", async ({ page }) => {
  await openExercise(page, "iris-inference");
  await expect(page.getByTestId("check-item-nodes")).toHaveAttribute("data-status", "not_attempted");
  await expect(page.getByTestId("show-solution")).toBeDisabled();

  await page.getByTestId("next-hint").click();
  await expect(page.getByTestId("hint-1")).toContainText("scaler_transform(iris_predict_raw, feature_scaler_fitted");
  await expect(page.getByTestId("hint-2")).toHaveCount(0);
  await page.getByTestId("next-hint").click();
  await page.getByTestId("next-hint").click();
  await expect(page.getByTestId("next-hint")).toHaveCount(0);
  // Every hint is open, but the student has not tried yet.
  await expect(page.getByTestId("show-solution")).toBeDisabled();

  await check(page);
  await expect(page.getByTestId("check-score")).toHaveAttribute("data-score", "0");
  await page.getByTestId("show-solution").click();
  await expect(page.getByTestId("solution")).toContainText("func=predict_model");

  await page.getByTestId("load-solution").click();
  await expect(page.getByTestId("node-predict_unlabeled")).toBeVisible();
  await check(page);
  await expect(page.getByTestId("check-score")).toHaveAttribute("data-score", "12");

  // Loading the solution is one undoable step.
  await page.getByRole("button", { name: "Desfazer" }).click();
  await expect(page.getByTestId("node-predict_unlabeled")).toHaveCount(0);

  // The hints stay open after a reload.
  await page.reload();
  await expect(page.getByTestId("hint-3")).toBeVisible();
});

test("the refit in inference is shown on the node that fits", async ({ page }) => {
  const project = solutionOf("iris-inference");
  project.pipelines.model_predict = [
    { name: "refit_scaler", kind: "scaler_fit", inputs: ["iris_predict_raw", "params:columns"], outputs: ["predict_scaler"] },
    { name: "scale_predict_table", kind: "scaler_transform", inputs: ["iris_predict_raw", "predict_scaler", "params:columns"], outputs: ["iris_predict_scaled"] },
    { name: "predict_unlabeled", kind: "predict_model", inputs: ["iris_predict_scaled", "trained_model", "params:columns", "params:test"], outputs: ["predicted"] },
  ];
  await openExercise(page, "iris-inference", project);
  await check(page);
  await expect(page.getByTestId("check-item-no_refit")).toHaveAttribute("data-status", "incorrect");
  await expect(page.getByTestId("problem-refit_scaler")).toContainText("REFIT_IN_INFERENCE");
  await expect(page.getByTestId("problem-predict_unlabeled")).toContainText("INFERENCE_TRANSFORM_MISSING");
});

test("submitting without a name asks for it", async ({ page }) => {
  await openExercise(page, "iris-training");
  await page.getByTestId("student-name").fill("   ");
  await page.getByTestId("submit-button").click();
  await expect(page.getByTestId("submit-notice")).toHaveText("Escreva seu nome antes de entregar: o instrutor identifica a entrega por ele.");
});

test("a diabetes check without the data file says which file to load", async ({ page }) => {
  await openExercise(page, "diabetes-backtest", solutionOf("diabetes-backtest"));
  await check(page);
  await expect(page.getByTestId("check-status")).toContainText("carregue o arquivo de diabetes_raw");
  await expect(page.getByTestId("check-item-backtest_f1_macro")).toHaveAttribute("data-status", "not_attempted");
  await expect(page.getByTestId("check-item-persisted")).toHaveAttribute("data-status", "correct");
});

test("the checklist speaks English on request", async ({ page }) => {
  await openExercise(page, "iris-data-engineering");
  await page.getByTestId("language-switch").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iris 1: data engineering");
  await expect(page.getByTestId("check-button")).toHaveText("Check");
  await expect(page.getByTestId("check-item-no_leakage")).toContainText("The scaler and encoder see the train rows only");
});

test("the checked exercise has no serious accessibility violations", async ({ page }) => {
  await openExercise(page, "iris-data-engineering", solutionOf("iris-data-engineering"));
  await page.getByTestId("next-hint").click();
  await check(page);
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document.querySelector('[data-testid="check-panel"]')!, { resultTypes: ["violations"] });
    return result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  expect(violations).toEqual([]);
});

test("diabetes inference checked on the real files grades the same in the CLI", async ({ page }) => {
  test.skip(!existsSync(TRAINING_FILE) || !existsSync(INFERENCE_FILE), `workshop data not found in ${DATA_DIR}`);
  test.setTimeout(240_000);
  await openExercise(page, "diabetes-inference", solutionOf("diabetes-inference"));
  await page.getByTestId("data-file-diabetes_raw").setInputFiles(TRAINING_FILE);
  await expect(page.getByTestId("data-slot-diabetes_raw")).toHaveAttribute("data-status", "loaded", { timeout: 30_000 });
  await page.getByTestId("data-file-diabetes_predict_raw").setInputFiles(INFERENCE_FILE);
  await expect(page.getByTestId("data-slot-diabetes_predict_raw")).toHaveAttribute("data-status", "loaded", { timeout: 30_000 });

  await page.getByTestId("check-button").click();
  await expect(page.getByTestId("check-status")).toHaveAttribute("data-status", "done", { timeout: 150_000 });
  await expect(page.getByTestId("check-score")).toHaveAttribute("data-score", "12");
  await expect(page.getByTestId("check-figure-predictions")).toHaveText("linhas: 38.052 (mínimo 1)");

  await page.getByTestId("student-name").fill("Aluno Diabetes");
  const downloading = page.waitForEvent("download");
  await page.getByTestId("submit-button").click();
  const download = await downloading;
  const work = mkdtempSync(join(tmpdir(), "e2e-grade-"));
  try {
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    const row = gradeWithCli(file, work, "--data", TRAINING_FILE, "--data", INFERENCE_FILE);
    // The same files in the browser and in Node give the same fingerprint, so the re-run used the student's data.
    expect(row).toMatchObject({ status: "graded", score: 12, score_in_file: 12, score_matches: "yes", data_matches: "yes" });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("the exercise index and the progress page name checked exercises", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "principal" }).getByRole("link", { name: "Exercícios" }).click();
  await expect(page).toHaveURL(/\/exercises$/);
  await expect(page.getByTestId("exercise-index").locator("li")).toHaveCount(8);
  await page.getByRole("link", { name: "Iris 2: treino" }).click();
  await expect(page).toHaveURL(/\/exercises\/iris-training$/);

  await page.evaluate(() => localStorage.setItem("deploy-lab:exercise-scores:v1", JSON.stringify({ "iris-training": { best: 9, max: 12, updatedAt: "2026-12-04T12:00:00.000Z" } })));
  await page.goto("/progress");
  const row = page.getByRole("row", { name: /Iris 2: treino/ });
  await expect(row).toContainText("9");
  await expect(page.getByRole("cell", { name: "iris-training", exact: true })).toHaveCount(0);
});
