import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { irisProject } from "../lib/examples/iris-project";
import { encodeProject } from "../lib/pipeline/share";
import type { Project } from "../lib/pipeline/types";

function exerciseUrl(project: Project): string {
  return `/exercises/iris#pipeline=${encodeProject(project)}`;
}

/** Opens the exercise and waits until it is live: a choice made before hydration is lost. */
async function openExercise(page: Page, url = "/exercises/iris") {
  await page.goto(url);
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
}

async function runAndWait(page: Page) {
  await page.getByRole("button", { name: "Executar", exact: true }).click();
  await expect(page.getByTestId("run-summary")).not.toHaveAttribute("data-status", /idle|running/, { timeout: 45_000 });
}

test("student goes from the lesson to a trained Iris model", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Ver as aulas e o seu progresso" }).click();
  await page.getByRole("link", { name: /Kedro: nós, pipelines e o Data Catalog/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kedro");

  await page.getByRole("link", { name: /Abrir o exercício Iris/ }).last().click();
  await expect(page).toHaveURL(/\/exercises\/iris/);
  const functionNodes = page.locator('[data-testid^="node-"]');
  await expect(functionNodes).toHaveCount(13);
  for (const lane of ["data_engineering", "model_train", "model_predict"]) await expect(page.getByTestId(`lane-${lane}`)).toBeVisible();

  await runAndWait(page);
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success");
  for (const state of await functionNodes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-state")))) {
    expect(state).toBe("done");
  }

  const accuracy = Number(await page.getByTestId("test-accuracy").getAttribute("data-value"));
  expect(accuracy).toBeGreaterThanOrEqual(0.9);
  // pt-BR writes decimals with a comma.
  await expect(page.getByTestId("test-accuracy")).toHaveText(/^0,\d{4}$/);
  await expect(page.getByRole("status").filter({ hasText: "Acurácia de teste" })).toBeVisible();
  await expect(page.getByTestId("classification-report")).toContainText("Iris-setosa");
  await expect(page.getByTestId("confusion-matrix")).toBeVisible();
  await expect(page.getByTestId("predictions-table").locator("tbody tr")).toHaveCount(30);
  // One loss point per epoch of train_model (300 in parameters.yml).
  expect(Number(await page.getByTestId("loss-chart-train_model").getAttribute("data-points"))).toBe(300);

  const log = page.getByTestId("run-log");
  await expect(log).toContainText("Running node: train_model: train_model([mt_train;params:columns;params:train]) -> [trained_model]");
  await expect(log).toContainText("Pipeline execution completed successfully.");
});

test("model_train alone first names the pipeline to run", async ({ page }) => {
  await openExercise(page);
  await page.getByTestId("pipeline-select").selectOption("model_train");
  await runAndWait(page);
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("failure")).toContainText("produzido pelo pipeline data_engineering");
});

test("a double click on Run does not cancel the run", async ({ page }) => {
  await openExercise(page);
  await page.getByRole("button", { name: "Executar", exact: true }).dblclick();
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success", { timeout: 45_000 });
});

test("runs one named pipeline after the data engineering one", async ({ page }) => {
  await openExercise(page);
  await page.getByTestId("pipeline-select").selectOption("data_engineering");
  await expect(page.locator('[data-testid^="node-"]')).toHaveCount(6);
  await runAndWait(page);
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success");

  await page.getByTestId("pipeline-select").selectOption("model_train");
  await runAndWait(page);
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success");
  await expect(page.getByTestId("lane-model_train")).toHaveCount(0);
  await expect(page.getByTestId("node-train_model")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("test-accuracy")).toBeVisible();
});

test("a cycle is shown as a coded problem on its nodes", async ({ page }) => {
  const project = irisProject();
  // Feed the scaler's output back into the split: create_split_column → … → scaled_master_table → create_split_column.
  project.pipelines.data_engineering[0].inputs = ["iris_scaled", "params:split_params"];
  await openExercise(page, exerciseUrl(project));

  await expect(page.getByTestId("problem-create_split_column")).toContainText("CYCLE");
  await expect(page.getByTestId("problem-scaled_master_table")).toContainText("CYCLE");
  await expect(page.getByTestId("node-create_split_column")).toHaveAttribute("data-state", "invalid");
  await expect(page.getByTestId("problems")).toContainText("O pipeline tem um ciclo");

  await runAndWait(page);
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "invalid");
});

test("a missing input is shown on the node that reads it", async ({ page }) => {
  const project = irisProject();
  project.pipelines.model_train[1].inputs = ["mt_trian", "params:columns", "params:train"];
  await openExercise(page, exerciseUrl(project));

  const problem = page.getByTestId("problem-train_model");
  await expect(problem).toContainText("DANGLING_INPUT");
  await expect(problem).toContainText("mt_trian");
  await expect(page.getByTestId("node-train_model")).toHaveAttribute("data-state", "invalid");
});

test("a failing node stops the run and shows the cause on it", async ({ page }) => {
  const project = irisProject();
  project.parameters.split_params = { train_ratio: 0.7, test_ratio: 0.2, seed: 42 };
  await openExercise(page, exerciseUrl(project));
  await expect(page.getByTestId("notice")).toContainText("Pipeline carregado do link");

  await runAndWait(page);
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("node-create_split_column")).toHaveAttribute("data-state", "failed");
  await expect(page.getByTestId("problem-create_split_column")).toContainText("SPLIT_RATIOS_SUM");
  await expect(page.getByTestId("node-train_model")).toHaveAttribute("data-state", "waiting");
  await expect(page.getByTestId("failure")).toContainText("create_split_column");
});

test("a broken link falls back to the original exercise with a message", async ({ page }) => {
  await page.goto("/exercises/iris#pipeline=bm90IGpzb24");
  await expect(page.getByTestId("notice")).toContainText("O link não contém um pipeline válido");
  await expect(page.locator('[data-testid^="node-"]')).toHaveCount(13);
});

test("the exercise speaks English on request", async ({ page }) => {
  await openExercise(page);
  await page.getByTestId("language-switch").selectOption("en");
  await expect(page.getByRole("button", { name: "Run" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exercise: Iris pipelines");
});

test("cancel stops a long training and the page stays usable", async ({ page }) => {
  const project = irisProject();
  project.parameters.train = { learning_rate: 0.1, epochs: 500_000, l2: 0.01, seed: 42 };
  await openExercise(page, exerciseUrl(project));

  await page.getByRole("button", { name: "Executar", exact: true }).click();
  const trainNode = page.getByTestId("node-train_model");
  await expect(trainNode).toHaveAttribute("data-state", "running");
  await expect(trainNode.locator("progress")).toBeVisible();

  // The page must respond while the worker trains.
  await page.getByTestId("pipeline-select").focus();
  await page.getByRole("button", { name: "Cancelar" }).click();
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "cancelled", { timeout: 5_000 });
  await expect(page.getByRole("status").filter({ hasText: "Execução cancelada." })).toBeVisible();
  await expect(trainNode).toHaveAttribute("data-state", "cancelled");
  await expect(page.getByRole("button", { name: "Executar", exact: true })).toBeEnabled();
});

test("a stored English choice shows English from the first visible paint", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("deploy-lab.locale", "en"));
  await page.goto("/exercises/iris");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Exercise: Iris pipelines");
  await expect(page.locator("body")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/locale-pending/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
