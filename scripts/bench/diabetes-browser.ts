/**
 * The browser part of `npm run bench`: trains a diabetes model on the
 * exercise page, as a student does, and reads the figures from the page.
 */
import type { Browser, Page } from "@playwright/test";
import { diabetesProject } from "../../lib/examples/diabetes-project";
import type { DiabetesModel } from "../../lib/examples/diabetes-project";
import { SHARE_PARAM, encodeProject } from "../../lib/pipeline/share";
import { parsePageFigures } from "./diabetes-table";
import type { PageFigures } from "./diabetes-table";

/**
 * Limits for loading the page and the CSV, and for one pipeline run. Both
 * are far above the seconds these steps took here, because a loaded 2-core
 * machine can be several times slower.
 */
const LOAD_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 300_000;

/**
 * Returns the page URL. The logistic regression is the exercise's own
 * project. The MLP project comes in a `#pipeline=` share link, which is how
 * the page opens a pipeline someone else built. Its `train_model` node is of
 * kind `train_mlp`.
 */
function exerciseUrl(base: string, model: DiabetesModel): string {
  const url = `${base}/exercises/diabetes`;
  return model === "logistic_regression" ? url : `${url}#${SHARE_PARAM}=${encodeProject(diabetesProject(model))}`;
}

/** Selects `pipeline`, clicks Executar and waits until the run succeeded and `lastNode` has a time. */
async function runPipelineOnPage(page: Page, pipeline: string, lastNode: string): Promise<void> {
  await page.getByTestId("pipeline-select").selectOption(pipeline);
  await page.getByRole("button", { name: "Executar", exact: true }).click();
  // A new run clears the node times, so a time on `lastNode` belongs to this run.
  const finished = page.getByTestId("run-summary").and(page.locator(':is([data-status="success"], [data-status="failed"], [data-status="invalid"])'));
  await finished.waitFor({ timeout: RUN_TIMEOUT_MS });
  const status = await page.getByTestId("run-summary").getAttribute("data-status");
  if (status !== "success") {
    const failure = (await page.getByTestId("failure").textContent().catch(() => null)) ?? (await page.getByTestId("problems").textContent().catch(() => null));
    throw new Error(`${pipeline} run on the page ended ${status}: ${failure?.trim() ?? "no failure shown"}`);
  }
  await page.locator(`[data-testid="node-${lastNode}"][data-duration-ms]`).waitFor({ timeout: RUN_TIMEOUT_MS });
}

/**
 * Opens the diabetes exercise in a fresh browser context (no saved work),
 * loads `dataFile` through the training-file input, runs `data_engineering`
 * and then `model_train` in the page's Web Worker, and returns the figures
 * of the `model_train` run.
 */
export async function fitOnExercisePage(browser: Browser, base: string, dataFile: string, model: DiabetesModel): Promise<PageFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(exerciseUrl(base, model));
    // The button is enabled once the worker has loaded tfjs and the page is hydrated.
    await page.getByRole("button", { name: "Executar", exact: true }).and(page.locator(":enabled")).waitFor({ timeout: LOAD_TIMEOUT_MS });
    const kind = model === "mlp" ? "train_mlp()" : "train_model()";
    await page.getByTestId("node-train_model").filter({ hasText: kind }).waitFor({ timeout: LOAD_TIMEOUT_MS });

    await page.getByTestId("data-file-diabetes_raw").setInputFiles(dataFile);
    const slot = page.getByTestId("data-slot-diabetes_raw");
    await slot.and(page.locator(':is([data-status="loaded"], [data-status="failed"])')).waitFor({ timeout: LOAD_TIMEOUT_MS });
    if ((await slot.getAttribute("data-status")) !== "loaded") {
      throw new Error(`the page rejected ${dataFile}: ${(await page.getByTestId("data-error-diabetes_raw").textContent())?.trim()}`);
    }

    await runPipelineOnPage(page, "data_engineering", "encode_target");
    await runPipelineOnPage(page, "model_train", "train_model");

    const trainNode = page.getByTestId("node-train_model");
    const summary = page.getByTestId("run-summary");
    return parsePageFigures({
      fitMs: await trainNode.getAttribute("data-duration-ms"),
      epochs: await trainNode.getAttribute("data-progress-step"),
      macroF1: await page.locator('[data-testid="classification-report"] tr[data-label="macro avg"] td[data-metric="f1-score"]').getAttribute("data-value"),
      auc: await page.getByTestId("test-roc-auc").getAttribute("data-value"),
      runMs: await summary.getAttribute("data-duration-ms"),
      backend: await summary.getAttribute("data-backend"),
    });
  } finally {
    await context.close();
  }
}
