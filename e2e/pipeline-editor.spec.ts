import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { irisProject } from "../lib/examples/iris-project";
import { encodeProject } from "../lib/pipeline/share";

const PARAMETERS_YAML = `columns:
  target: Species
  features:
    - SepalLengthCm
    - SepalWidthCm
    - PetalLengthCm
    - PetalWidthCm
split_params:
  train_ratio: 0.8
  test_ratio: 0.2
  seed: 42
`;

const functionNodes = (page: Page) => page.locator('[data-testid^="node-"]');

async function openEditor(page: Page) {
  await page.goto("/exercises/iris");
  // The palette fills once the worker reports its node kinds.
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
}

async function waitForRun(page: Page, status = "success") {
  await expect(page.getByTestId("run-summary")).not.toHaveAttribute("data-status", /idle|running/, { timeout: 45_000 });
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", status);
}

/**
 * Replaces the text of a Monaco editor the way a user does: select all, then
 * paste. Typed newlines would pick up Monaco's auto-indent; a paste does not.
 */
async function replaceEditorText(page: Page, editor: Locator, text: string) {
  await expect(editor).toHaveAttribute("data-editor", "monaco", { timeout: 30_000 });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await editor.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

/** Waits until an element stops moving (the canvas animates when it refits). */
async function settledBox(locator: Locator) {
  let previous = await locator.boundingBox();
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const current = await locator.boundingBox();
    if (previous && current && previous.x === current.x && previous.y === current.y) return current;
    previous = current;
  }
  throw new Error("element kept moving");
}

async function selectNode(page: Page, name: string) {
  const node = page.getByTestId(`node-${name}`);
  // The layout may still be moving nodes after the last edit, so a click can miss; click again until it selects.
  await expect(async () => {
    await settledBox(node);
    await node.click();
    await expect(page.getByTestId("inspector-node-name")).toHaveValue(name, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

async function connect(page: Page, node: string, input: number, dataset: string) {
  await selectNode(page, node);
  await page.getByTestId(`inspector-input-${input}`).selectOption(dataset);
}

async function dragLink(page: Page, from: Locator, to: Locator) {
  const start = await settledBox(from);
  const end = await settledBox(to);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

test("student builds data_engineering from an empty canvas", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("start-empty").click();
  await expect(functionNodes(page)).toHaveCount(0);
  await expect(page.getByTestId("dataset-iris_train_raw")).toBeVisible();

  await page.getByRole("tab", { name: "parameters.yml" }).click();
  await replaceEditorText(page, page.getByTestId("code-editor-parameters-yml"), PARAMETERS_YAML);
  await expect(page.getByTestId("yaml-ok-parameters.yml")).toBeVisible();
  await page.getByRole("tab", { name: "Inspetor" }).click();

  for (const kind of ["create_split_column", "split_master_table", "scaler_fit", "encoder_fit", "scaler_transform", "encoder_transform"]) {
    await page.getByTestId(`palette-${kind}`).click();
  }
  await expect(functionNodes(page)).toHaveCount(6);
  await expect(page.getByTestId("node-scaler_fit")).toHaveAttribute("data-state", "not_configured");

  // The view centres on each new node; show everything before linking on the canvas.
  await page.getByRole("button", { name: "Mostrar o pipeline inteiro" }).click();
  // The first link is drawn on the canvas, port to port.
  await dragLink(page, page.getByTestId("dataset-out-iris_train_raw"), page.getByTestId("port-in-create_split_column-0"));
  await selectNode(page, "create_split_column");
  await expect(page.getByTestId("inspector-input-0")).toHaveValue("iris_train_raw");

  await connect(page, "create_split_column", 1, "params:split_params");
  await connect(page, "split_master_table", 0, "create_split_column_df_split");
  await connect(page, "split_master_table", 1, "params:columns");
  await connect(page, "scaler_fit", 0, "split_master_table_train");
  await connect(page, "scaler_fit", 1, "params:columns");
  await connect(page, "encoder_fit", 0, "split_master_table_train");
  await connect(page, "encoder_fit", 1, "params:columns");
  await connect(page, "scaler_transform", 0, "create_split_column_df_split");
  await connect(page, "scaler_transform", 1, "scaler_fit_scaler");
  await connect(page, "scaler_transform", 2, "params:columns");
  await connect(page, "encoder_transform", 0, "scaler_transform_df_out");
  await connect(page, "encoder_transform", 1, "encoder_fit_encoder");
  await connect(page, "encoder_transform", 2, "params:columns");

  // Name the result as the workshop does.
  await page.getByTestId("inspector-output-0").fill("master_table");
  await page.getByTestId("inspector-output-0").press("Enter");
  await expect(page.getByTestId("dataset-master_table")).toBeVisible();
  for (const name of ["create_split_column", "split_master_table", "scaler_fit", "encoder_fit", "scaler_transform", "encoder_transform"]) {
    await expect(page.getByTestId(`node-${name}`)).toHaveAttribute("data-state", "ready");
  }

  await page.getByRole("button", { name: "Executar", exact: true }).click();
  await waitForRun(page);
  await page.getByTestId("dataset-master_table").click();
  await expect(page.getByTestId("dataset-shape")).toHaveText("120 linhas × 8 colunas");
  await expect(page.getByTestId("column-summary")).toContainText("Species_encoded");
});

test("an incompatible link is refused with a message on the port", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("pipeline-select").selectOption("data_engineering");
  // A fitted scaler (transformer) cannot feed encode_target's table input.
  const scalerOutput = page.getByTestId("node-create_feature_scaler").locator(".react-flow__handle-right").first();
  await dragLink(page, scalerOutput, page.getByTestId("port-in-encode_target-0"));
  const message = page.getByTestId("port-error-encode_target-0");
  await expect(message).toBeVisible();
  await expect(message).toContainText("transformer");
  await selectNode(page, "encode_target");
  await expect(page.getByTestId("inspector-input-0")).toHaveValue("iris_scaled");
});

test("undo and redo restore the graph, and a reload keeps the work", async ({ page }) => {
  await openEditor(page);
  await expect(functionNodes(page)).toHaveCount(13);
  await page.getByTestId("palette-confusion_matrix").click();
  await expect(functionNodes(page)).toHaveCount(14);

  await page.getByTestId("pipeline-canvas").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ControlOrMeta+Z");
  await expect(functionNodes(page)).toHaveCount(13);
  await page.keyboard.press("ControlOrMeta+Shift+Z");
  await expect(functionNodes(page)).toHaveCount(14);

  await selectNode(page, "train_model");
  await page.getByTestId("inspector-node-name").fill("fit_logistic_regression");
  await page.getByTestId("inspector-node-name").press("Enter");
  await expect(page.getByTestId("node-fit_logistic_regression")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("notice")).toContainText("restaurado");
  await expect(functionNodes(page)).toHaveCount(14);
  await expect(page.getByTestId("node-fit_logistic_regression")).toBeVisible();

  await page.getByTestId("reset-original").click();
  await expect(functionNodes(page)).toHaveCount(13);
  await expect(page.getByTestId("node-train_model")).toBeVisible();
});

test("a broken import is rejected and the work stays", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("palette-confusion_matrix").click();
  await expect(functionNodes(page)).toHaveCount(14);

  await page.getByTestId("import-json").setInputFiles({ name: "trabalho.json", mimeType: "application/json", buffer: Buffer.from('{"schemaVersion": 1, "project": ') });
  await expect(page.getByTestId("notice")).toContainText("trabalho.json não foi importado");
  await expect(functionNodes(page)).toHaveCount(14);

  const unknownKind = { schemaVersion: 1, exerciseId: "iris", positions: {}, project: { pipelines: { p: [{ name: "a", kind: "random_forest", inputs: ["iris_train_raw"], outputs: ["x"] }] }, catalog: {}, parameters: {} } };
  await page.getByTestId("import-json").setInputFiles({ name: "floresta.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(unknownKind)) });
  await expect(page.getByTestId("notice")).toContainText("random_forest");
  await expect(functionNodes(page)).toHaveCount(14);
});

test("exported work imports back", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("palette-confusion_matrix").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("export-json").click();
  const file = await (await download).path();

  await page.getByTestId("reset-original").click();
  await expect(functionNodes(page)).toHaveCount(13);
  await page.getByTestId("import-json").setInputFiles(file);
  await expect(page.getByTestId("notice")).toContainText("importado");
  await expect(functionNodes(page)).toHaveCount(14);
});

test("corrupt saved work is set aside with a message", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("deploy-lab.work.iris", "{not json");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await openEditor(page);
  await expect(page.getByTestId("notice")).toContainText("não pôde ser lido");
  await expect(functionNodes(page)).toHaveCount(13);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((key) => key.startsWith("deploy-lab.work.iris.corrupt"))).toBe(true);
});

test("run from a node reuses the upstream datasets", async ({ page }) => {
  await openEditor(page);
  await page.getByRole("button", { name: "Executar", exact: true }).click();
  await waitForRun(page);

  await selectNode(page, "train_model");
  await page.getByTestId("run-from-node").click();
  await waitForRun(page);
  await expect(page.getByTestId("run-log")).toContainText("Reusing datasets from the previous run: mt_train");
  await expect(page.getByTestId("node-train_model")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("node-create_split_column")).toHaveAttribute("data-state", "done");
});

test("an edit marks downstream nodes stale", async ({ page }) => {
  await openEditor(page);
  await page.getByRole("button", { name: "Executar", exact: true }).click();
  await waitForRun(page);

  await page.getByRole("tab", { name: "parameters.yml" }).click();
  const editor = page.getByTestId("code-editor-parameters-yml");
  await replaceEditorText(page, editor, PARAMETERS_YAML + "train:\n  learning_rate: 0.05\n  epochs: 300\n  l2: 0.01\n  seed: 42\ntest: {}\nevaluate: {}\n");
  await expect(page.getByTestId("node-train_model")).toHaveAttribute("data-state", "stale");
  await expect(page.getByTestId("node-create_split_column")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("results-stale")).toBeVisible();
});

test("invalid YAML is marked and the canvas keeps the last valid state", async ({ page }) => {
  await openEditor(page);
  await page.getByRole("tab", { name: "catalog.yml" }).click();
  const editor = page.getByTestId("code-editor-catalog-yml");
  await replaceEditorText(page, editor, "iris_train_raw:\n  type: pandas.CSVDataset\n  colour: blue\n");
  await expect(page.getByTestId("code-editor-catalog-yml-markers")).toContainText("colour");
  await expect(page.getByTestId("yaml-errors-catalog.yml")).toBeVisible();
  await expect(page.getByTestId("dataset-master_table")).toBeVisible();
});

test("a dragged node keeps its place and the move can be undone", async ({ page }) => {
  await openEditor(page);
  const node = page.getByTestId("node-train_model");
  const before = await settledBox(node);
  await page.mouse.move(before.x + before.width / 2, before.y + 8);
  await page.mouse.down();
  await page.mouse.move(before.x + before.width / 2 + 60, before.y + 88, { steps: 10 });
  await page.mouse.up();
  const moved = await settledBox(node);
  expect(moved.y - before.y).toBeGreaterThan(40);

  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("deploy-lab.work.iris") ?? "{}"));
  expect(saved.document.positions["node:train_model"]).toBeDefined();

  await page.getByTestId("pipeline-canvas").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ControlOrMeta+Z");
  const undone = await settledBox(node);
  expect(Math.abs(undone.y - before.y)).toBeLessThan(2);

  // Auto-layout drops stored positions, so the node returns to its layout place.
  await page.keyboard.press("ControlOrMeta+Shift+Z");
  expect((await settledBox(node)).y - before.y).toBeGreaterThan(40);
  await page.getByRole("button", { name: "Organizar" }).click();
  expect(Math.abs((await settledBox(node)).y - before.y)).toBeLessThan(2);
  const afterLayout = await page.evaluate(() => JSON.parse(localStorage.getItem("deploy-lab.work.iris") ?? "{}"));
  expect(afterLayout.document.positions).toEqual({});
});

test("the editor works from the keyboard", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("palette-search").fill("confusion");
  await page.getByTestId("palette-confusion_matrix").focus();
  await page.keyboard.press("Enter");
  await expect(functionNodes(page)).toHaveCount(14);

  // Tab reaches the function nodes; Enter selects one for the inspector.
  const flowNode = page.locator('.react-flow__node[data-id="node:confusion_matrix"]');
  await flowNode.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("inspector-node-name")).toHaveValue("confusion_matrix");
  // A native select: type-ahead picks the dataset.
  await page.getByTestId("inspector-input-0").focus();
  await page.keyboard.type("mt_test");
  await expect(page.getByTestId("inspector-input-0")).toHaveValue("mt_test");

  await flowNode.focus();
  await page.keyboard.press("Delete");
  await expect(functionNodes(page)).toHaveCount(13);
});

test("the editor page has no serious accessibility violations", async ({ page }) => {
  await openEditor(page);
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
  expect(violations).toEqual([]);
});

test("a palette item dragged onto the canvas becomes a node", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("palette-train_model").dragTo(page.getByTestId("pipeline-canvas"), { targetPosition: { x: 200, y: 120 } });
  await expect(page.getByTestId("node-train_model_2")).toBeVisible();
  await expect(page.getByTestId("node-train_model_2")).toHaveAttribute("data-state", "not_configured");
});

test("search finds nodes and datasets by name", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("canvas-search").fill("scaler");
  // create_feature_scaler, scaled_master_table, scale_predict_table… and feature_scaler_fitted (drawn twice).
  await expect(page.getByTestId("editor-toolbar")).toContainText(/[1-9]\d* encontrado/);
  await expect(page.getByTestId("node-create_feature_scaler")).toHaveClass(/ring-yellow-300/);
  await expect(page.getByTestId("node-train_model")).not.toHaveClass(/ring-yellow-300/);
});

test("canvas edits rewrite catalog.yml", async ({ page }) => {
  await openEditor(page);
  await page.getByTestId("dataset-master_table").click();
  await page.getByTestId("inspector-dataset-name").fill("iris_master_table");
  await page.getByTestId("inspector-dataset-name").press("Enter");
  await expect(page.getByTestId("dataset-iris_master_table")).toBeVisible();

  await page.getByRole("tab", { name: "catalog.yml" }).click();
  const editor = page.getByTestId("code-editor-catalog-yml");
  await expect(editor).toContainText("iris_master_table:");
  await expect(editor).not.toContainText(/^master_table:/m);
});

test("the canvas exports as SVG and PNG", async ({ page }) => {
  await openEditor(page);
  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "SVG", exact: true }).click();
  const svg = await (await svgDownload).createReadStream();
  const svgText = await new Promise<string>((resolve) => {
    let text = "";
    svg.on("data", (chunk) => (text += chunk));
    svg.on("end", () => resolve(text));
  });
  expect(svgText.startsWith("<svg")).toBe(true);
  expect(svgText).toContain("create_split_column");

  const pngDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "PNG", exact: true }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe("pipeline.png");
  const bytes = await new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    void png.createReadStream().then((stream) => {
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => resolve(Buffer.concat(chunks)));
    });
  });
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(10_000);
});

test("a resumed run leaves skipped stale nodes stale and says so", async ({ page }) => {
  await openEditor(page);
  await page.getByRole("button", { name: "Executar", exact: true }).click();
  await waitForRun(page);

  await page.getByRole("tab", { name: "parameters.yml" }).click();
  await replaceEditorText(page, page.getByTestId("code-editor-parameters-yml"), PARAMETERS_YAML.replace("seed: 42", "seed: 7") + "train:\n  learning_rate: 0.1\n  epochs: 300\n  l2: 0.01\n  seed: 42\ntest: {}\nevaluate: {}\n");
  await expect(page.getByTestId("node-create_split_column")).toHaveAttribute("data-state", "stale");
  await page.getByRole("tab", { name: "Inspetor" }).click();

  await selectNode(page, "create_feature_scaler");
  await page.getByTestId("run-from-node").click();
  await waitForRun(page);
  await expect(page.getByTestId("notice")).toContainText("create_split_column");
  await expect(page.getByTestId("node-create_split_column")).toHaveAttribute("data-state", "stale");
  await expect(page.getByTestId("node-create_feature_scaler")).toHaveAttribute("data-state", "done");
});

test("a deep 100-node pipeline loads and shows its states", async ({ page }) => {
  const base = irisProject();
  const chain = Array.from({ length: 100 }, (_, i) => ({
    name: `split_${i}`,
    kind: "create_split_column",
    inputs: [i === 0 ? "iris_train_raw" : `split_${i - 1}_out`, "params:split_params"],
    outputs: [`split_${i}_out`],
  }));
  const project = { pipelines: { chain }, catalog: { iris_train_raw: base.catalog.iris_train_raw }, parameters: base.parameters };
  await page.goto(`/exercises/iris#pipeline=${encodeProject(project)}`);
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
  await expect(functionNodes(page)).toHaveCount(100);
  await expect(page.getByTestId("node-split_99")).toHaveAttribute("data-state", "ready");
});
