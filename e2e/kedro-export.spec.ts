import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import { unzipSync, strFromU8 } from "fflate";
import { irisProject } from "../lib/examples/iris-project";
import { createRegistry } from "../lib/ml/kinds";
import { exportKedroProject } from "../lib/export/kedro/project";
import { exportedDataNotes, exportedRawData } from "../lib/export/kedro/example-data";
import { zipProject } from "../lib/export/kedro/zip";
import { encodeProject } from "../lib/pipeline/share";

async function openExport(page: import("@playwright/test").Page, path = "/exercises/iris") {
  await page.goto(path);
  // The palette fills once the worker reports its node kinds, which the export validates against.
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
  await page.getByTestId("export-kedro").click();
  await expect(page.getByTestId("kedro-export-dialog")).toBeVisible();
}

test("student previews and downloads the Iris Kedro project", async ({ page }) => {
  await openExport(page);
  const dialog = page.getByTestId("kedro-export-dialog");
  await expect(page.getByTestId("kedro-package-name")).toHaveValue("iris");
  await expect(dialog.getByRole("button", { name: "src/iris/pipelines/model_train/nodes.py" })).toBeVisible();

  await dialog.getByRole("button", { name: "src/iris/pipelines/model_train/nodes.py" }).click();
  const preview = page.getByTestId("code-editor-conteudo-de-src-iris-pipelines-model-train-nodes-py");
  await expect(preview).toHaveAttribute("data-editor", "monaco", { timeout: 30_000 });
  await expect(preview.locator(".view-lines")).toContainText("from sklearn.linear_model import LogisticRegression");

  await page.getByTestId("kedro-package-name").fill("iris_kedro");
  await expect(dialog.getByRole("button", { name: "src/iris_kedro/settings.py" })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByTestId("kedro-download").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("iris_kedro.zip");
  const entries = unzipSync(readFileSync(await file.path()));
  expect(Object.keys(entries)).toContain("iris_kedro/conf/base/catalog.yml");
  expect(strFromU8(entries["iris_kedro/Dockerfile"])).toContain('CMD ["kedro", "run"]');
  await expect(page.getByTestId("notice")).toContainText("iris_kedro.zip");
});

test("browser zip equals the CLI's zip for the reference project", async ({ page }) => {
  await openExport(page);
  const download = page.waitForEvent("download");
  await page.getByTestId("kedro-download").click();
  const browserZip = readFileSync(await (await download).path());

  const result = exportKedroProject(irisProject(), createRegistry(), { packageName: "iris", rawData: exportedRawData("iris"), dataNotes: exportedDataNotes("iris") });
  if (!result.ok) throw new Error("export failed");
  expect(Buffer.from(zipProject("iris", result.files)).equals(browserZip)).toBe(true);
});

test("invalid names block the download with a message", async ({ page }) => {
  const project = irisProject();
  project.pipelines.data_engineering[0].outputs[0] = "iris split";
  project.pipelines.data_engineering[1].inputs[0] = "iris split";
  project.pipelines.data_engineering[4].inputs[0] = "iris split";
  await openExport(page, `/exercises/iris#pipeline=${encodeProject(project)}`);

  const problems = page.getByTestId("kedro-export-problems");
  await expect(problems).toContainText("“iris split”");
  await expect(page.getByTestId("kedro-download")).toBeDisabled();

  await page.getByTestId("kedro-package-name").fill("Iris-Kedro");
  await expect(problems).toContainText("“Iris-Kedro”");

  // Closing the dialog keeps the student's pipeline as it was.
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("kedro-export-dialog")).toBeHidden();
  await expect(page.getByTestId("node-create_split_column")).toBeVisible();
});

test("the export dialog has no serious accessibility violations", async ({ page }) => {
  await openExport(page);
  await expect(page.getByTestId("kedro-export-files")).toBeVisible();
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const dialog = document.querySelector('[data-testid="kedro-export-dialog"]') as Element;
    const result = await axe.run(dialog, { resultTypes: ["violations"] });
    return result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  expect(violations).toEqual([]);
});
