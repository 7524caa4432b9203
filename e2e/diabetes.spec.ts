import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";

const DATA_DIR = resolve("../shared/data");
const TRAINING_FILE = resolve(DATA_DIR, "diabetes_binary_5050split_health_indicators_BRFSS2015.csv");
const INFERENCE_FILE = resolve(DATA_DIR, "diabetes_predict.csv");

const FEATURES = [
  "HighBP", "HighChol", "CholCheck", "BMI", "Smoker", "Stroke", "HeartDiseaseorAttack", "PhysActivity", "Fruits", "Veggies",
  "HvyAlcoholConsump", "AnyHealthcare", "NoDocbcCost", "GenHlth", "MentHlth", "PhysHlth", "DiffWalk", "Sex", "Age", "Education", "Income",
];
const HEADER = ["Diabetes_binary", ...FEATURES].join(",");
const GOOD_ROW = ["1", "1", "1", "1", "30", "0", "0", "0", "1", "1", "1", "0", "1", "0", "3", "0", "0", "0", "1", "9", "5", "6"].join(",");

async function openDiabetes(page: Page) {
  await page.goto("/exercises/diabetes");
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
}

async function loadFile(page: Page, dataset: string, name: string, buffer: Buffer) {
  await page.getByTestId(`data-file-${dataset}`).setInputFiles({ name, mimeType: "text/csv", buffer });
}

test("student loads the Kaggle file, trains and downloads predictions", async ({ page }) => {
  test.skip(!existsSync(TRAINING_FILE), `workshop data not found in ${DATA_DIR}`);
  test.setTimeout(180_000);
  await openDiabetes(page);
  await page.getByTestId("data-dictionary").locator("summary").click();
  await expect(page.getByTestId("data-dictionary")).toContainText("Categorical");

  await page.getByTestId("data-file-diabetes_raw").setInputFiles(TRAINING_FILE);
  await expect(page.getByTestId("data-slot-diabetes_raw")).toHaveAttribute("data-status", "loaded", { timeout: 30_000 });
  await expect(page.getByTestId("data-summary-diabetes_raw")).toContainText("70.692 linhas (Kaggle, Diabetes_binary)");
  await page.getByTestId("data-file-diabetes_predict_raw").setInputFiles(INFERENCE_FILE);
  await expect(page.getByTestId("data-summary-diabetes_predict_raw")).toContainText("38.052 linhas (sem rótulo, para inferência)", { timeout: 30_000 });

  await page.getByRole("button", { name: "Executar", exact: true }).click();
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success", { timeout: 150_000 });
  const accuracy = Number(await page.getByTestId("test-accuracy").getAttribute("data-value"));
  expect(accuracy).toBeGreaterThan(0.72);
  expect(Number(await page.getByTestId("test-roc-auc").getAttribute("data-value"))).toBeGreaterThanOrEqual(0.82);
  await expect(page.getByTestId("predictions-table").locator("tbody tr")).toHaveCount(30);
  await expect(page.getByTestId("roc-chart")).toBeVisible();
  // Three folds plus the mean, and one bar per raw column.
  await expect(page.getByTestId("backtest-table").locator("tbody tr")).toHaveCount(4);
  await expect(page.getByTestId("importance-chart").locator("li")).toHaveCount(21);
  expect(Number(await page.getByTestId("loss-chart-train_model").getAttribute("data-points"))).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId("predictions-truncated")).toContainText("38.052");

  const download = page.waitForEvent("download");
  await page.getByTestId("download-predictions").click();
  const csv = readFileSync(await (await download).path(), "utf8");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain("prediction");
  expect(lines).toHaveLength(38_052 + 1);
});

const BAD_FILES: { name: string; content: Buffer; dataset: string; code: string; detail?: string }[] = [
  { name: "vazio.csv", content: Buffer.from(""), dataset: "diabetes_raw", code: "CSV_EMPTY_FILE" },
  { name: "so-cabecalho.csv", content: Buffer.from(`${HEADER}\n`), dataset: "diabetes_raw", code: "CSV_HEADER_ONLY" },
  { name: "sem-bmi.csv", content: Buffer.from(`${HEADER.replace(",BMI", "")}\n${GOOD_ROW.replace(",30,", ",")}\n`), dataset: "diabetes_raw", code: "CSV_MISSING_COLUMN", detail: "BMI" },
  { name: "texto.csv", content: Buffer.from(`${HEADER}\n${GOOD_ROW}\n${GOOD_ROW.replace(",30,", ",trinta,")}\n`), dataset: "diabetes_raw", code: "CSV_NON_NUMERIC", detail: "trinta" },
  { name: "faltando.csv", content: Buffer.from(`${HEADER}\n${GOOD_ROW}\n${GOOD_ROW.replace(",30,", ",,")}\n`), dataset: "diabetes_raw", code: "CSV_MISSING_VALUES", detail: "BMI" },
  { name: "binario.csv", content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]), dataset: "diabetes_raw", code: "CSV_NOT_TEXT" },
  { name: "sem-rotulo.csv", content: Buffer.from(`${FEATURES.join(",")}\n${GOOD_ROW.slice(2)}\n`), dataset: "diabetes_raw", code: "DATA_FILE_UNLABELED" },
];

for (const bad of BAD_FILES) {
  test(`rejects ${bad.name} with ${bad.code}`, async ({ page }) => {
    await openDiabetes(page);
    await loadFile(page, bad.dataset, bad.name, bad.content);
    const error = page.getByTestId(`data-error-${bad.dataset}`);
    await expect(error).toContainText(bad.code);
    await expect(error).toContainText(bad.name);
    if (bad.detail) await expect(error).toContainText(bad.detail);
  });
}

test("student tunes the hyperparameters, trains with the best ones and swaps in the MLP", async ({ page }) => {
  test.skip(!existsSync(TRAINING_FILE), `workshop data not found in ${DATA_DIR}`);
  test.setTimeout(240_000);
  await openDiabetes(page);
  await page.getByTestId("data-file-diabetes_raw").setInputFiles(TRAINING_FILE);
  await expect(page.getByTestId("data-slot-diabetes_raw")).toHaveAttribute("data-status", "loaded", { timeout: 30_000 });
  await page.getByTestId("data-file-diabetes_predict_raw").setInputFiles(INFERENCE_FILE);
  await expect(page.getByTestId("data-slot-diabetes_predict_raw")).toHaveAttribute("data-status", "loaded", { timeout: 30_000 });

  const run = async () => {
    await page.getByRole("button", { name: "Executar", exact: true }).click();
    await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success", { timeout: 150_000 });
  };
  await page.getByRole("button", { name: "Executar", exact: true }).click();
  // Training, the search and the backtest report progress while they run.
  await expect(page.getByTestId("run-progress")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success", { timeout: 150_000 });

  const table = page.getByTestId("hpo-table");
  await expect(table.locator("tbody tr")).toHaveCount(6);
  // Sorted by mean macro F1, best first; the best row is marked.
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-best", "true");
  const scores = await table.locator("tbody tr td:nth-last-child(3)").allTextContents();
  const numbers = scores.map((text) => Number(text.replace(",", ".")));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await page.getByTestId("hpo-sort-trial").click();
  await expect(table.locator("tbody tr th").first()).toHaveText(/^1/);
  const trialOrder = (await table.locator("tbody tr th").allTextContents()).map((text) => Number.parseInt(text, 10));
  expect(trialOrder).toEqual([1, 2, 3, 4, 5, 6]);
  await expect(page.getByTestId("hpo-best-params")).toContainText("learning_rate:");

  // Train with the search's winner: best_params feeds train_model's params port.
  await page.getByTestId("node-train_model").click();
  await page.getByTestId("inspector-input-2").selectOption("best_params");
  await expect(page.getByTestId("inspector-error")).toHaveCount(0);
  // Then swap the logistic regression for the MLP, keeping the links.
  await page.getByTestId("inspector-kind").selectOption("train_mlp");
  await expect(page.getByTestId("inspector-python")).toContainText("func=train_mlp");
  await run();
  await expect(page.getByTestId("run-log")).toContainText("Trained MLP (32 hidden units)");
  expect(Number(await page.getByTestId("test-roc-auc").getAttribute("data-value"))).toBeGreaterThanOrEqual(0.8);
});

test("rejects a file over the size limit before reading it, naming the limit", async ({ page }) => {
  // A sparse file: 100 MB + 1 byte on paper, no disk space in practice.
  const folder = mkdtempSync(join(tmpdir(), "deploy-lab-"));
  const path = join(folder, "enorme.csv");
  writeFileSync(path, `${HEADER}\n`);
  truncateSync(path, 100_000_001);
  try {
    await openDiabetes(page);
    await page.getByTestId("data-file-diabetes_raw").setInputFiles(path);
    const error = page.getByTestId("data-error-diabetes_raw");
    await expect(error).toContainText("CSV_TOO_LARGE");
    await expect(error).toContainText("enorme.csv");
    await expect(error).toContainText("100 MB");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
