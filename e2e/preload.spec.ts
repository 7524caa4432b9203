import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { DATA_DIR, HAS_TRAINING_FILE, MISSING_PREDICT_PATH, PRELOAD_BASE_URL, TRAINING_FILE } from "./servers";
import { syntheticDiabetesCsv } from "./synthetic-diabetes";

// These tests run against the second server, started with the preload variables set.
test.use({ baseURL: PRELOAD_BASE_URL });

async function openDiabetes(page: Page) {
  await page.goto("/exercises/diabetes");
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
}

test("preloads the configured training file", async ({ page }) => {
  test.skip(!HAS_TRAINING_FILE, `workshop data not found in ${DATA_DIR}`);
  await openDiabetes(page);

  const slot = page.getByTestId("data-slot-diabetes_raw");
  await expect(slot).toHaveAttribute("data-status", "loaded", { timeout: 60_000 });
  await expect(page.getByTestId("data-summary-diabetes_raw")).toContainText("70.692 linhas (Kaggle, Diabetes_binary)");
  await expect(page.getByTestId("data-source-diabetes_raw")).toContainText("DEPLOY_LAB_DIABETES_CSV");
  await expect(page.getByTestId("data-source-diabetes_raw")).toContainText(TRAINING_FILE);

  // The student's own file replaces the preloaded one.
  await page.getByTestId("data-file-diabetes_raw").setInputFiles({ name: "meu-arquivo.csv", mimeType: "text/csv", buffer: syntheticDiabetesCsv(40) });
  await expect(page.getByTestId("data-summary-diabetes_raw")).toContainText("meu-arquivo.csv: 40 linhas");
  await expect(page.getByTestId("data-source-diabetes_raw")).toHaveCount(0);
});

test("a missing path names the variable and keeps the picker", async ({ page }) => {
  await openDiabetes(page);

  const error = page.getByTestId("data-error-diabetes_predict_raw");
  await expect(error).toContainText("PRELOAD_PATH_NOT_FOUND");
  await expect(error).toContainText("DEPLOY_LAB_DIABETES_PREDICT_CSV");
  await expect(error).toContainText(resolve(MISSING_PREDICT_PATH));

  // The worker fetches the file, and Playwright reports its requests on the page.
  const retried = page.waitForRequest((request) => request.url().endsWith("/api/data/preload/diabetes_predict_raw"));
  await page.getByTestId("data-retry-diabetes_predict_raw").click();
  await retried;
  await expect(error).toContainText("PRELOAD_PATH_NOT_FOUND");

  await page.getByTestId("data-file-diabetes_predict_raw").setInputFiles({ name: "inferencia.csv", mimeType: "text/csv", buffer: syntheticDiabetesCsv(25, { labeled: false }) });
  await expect(page.getByTestId("data-summary-diabetes_predict_raw")).toContainText("inferencia.csv: 25 linhas (sem rótulo, para inferência)");
  await expect(error).toHaveCount(0);
});

test("a slow download shows its progress", async ({ page }) => {
  await page.route("**/api/data/preload/diabetes_predict_raw", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await openDiabetes(page);

  const slot = page.getByTestId("data-slot-diabetes_predict_raw");
  await expect(slot).toHaveAttribute("data-status", "downloading");
  await expect(slot).toContainText(`Baixando diabetes_predict.csv de ${MISSING_PREDICT_PATH}`);
  await expect(slot.getByTestId("data-download-progress")).toBeVisible();
  await expect(page.getByTestId("data-file-diabetes_predict_raw")).toBeEnabled();
  await expect(slot).toHaveAttribute("data-status", "failed");
});

test("a dropped connection offers to try again", async ({ page }) => {
  const routeUrl = "**/api/data/preload/diabetes_predict_raw";
  await page.route(routeUrl, (route) => route.abort("internetdisconnected"));
  await openDiabetes(page);

  const error = page.getByTestId("data-error-diabetes_predict_raw");
  await expect(error).toContainText("PRELOAD_NETWORK");
  await expect(error).toContainText(MISSING_PREDICT_PATH);
  await expect(error).toContainText("Tentar de novo");

  await page.unroute(routeUrl);
  await page.getByTestId("data-retry-diabetes_predict_raw").click();
  await expect(error).toContainText("PRELOAD_PATH_NOT_FOUND");
});
