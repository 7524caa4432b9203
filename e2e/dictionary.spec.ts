import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { DIABETES_DICTIONARY, dictionaryToYaml } from "../lib/data/diabetes-dictionary";
import { syntheticDiabetesCsv } from "./synthetic-diabetes";

const DICTIONARY_YAML = dictionaryToYaml(DIABETES_DICTIONARY);
const BMI_ORDINAL = DICTIONARY_YAML.replace("BMI:\n  type: Float", "BMI:\n  type: Ordinal");
const BMI_TYPO = DICTIONARY_YAML.replace("BMI:\n  type: Float", "BMI:\n  type: Floot");
/** Line of `type:` under `BMI:` in the YAML the app writes. */
const BMI_TYPE_LINE = DICTIONARY_YAML.split("\n").indexOf("BMI:") + 2;

async function openDiabetes(page: Page) {
  await page.goto("/exercises/diabetes");
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
}

async function openDictionary(page: Page): Promise<Locator> {
  await page.getByTestId("data-dictionary").locator("summary").click();
  const editor = page.getByTestId("code-editor-data-dictionary-yml");
  await expect(editor).toHaveAttribute("data-editor", "monaco", { timeout: 30_000 });
  return editor;
}

/** Select all and paste, as in the pipeline editor spec: typed newlines would pick up Monaco's auto-indent. */
async function replaceEditorText(page: Page, editor: Locator, text: string) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await editor.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

async function savedTransformerColumns(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("deploy-lab.work.diabetes") ?? "{}").document?.project.parameters.column_transformer.columns);
}

test("a dictionary edit regroups columns and reaches the run", async ({ page }) => {
  await openDiabetes(page);
  await page.getByTestId("data-file-diabetes_raw").setInputFiles({ name: "pequeno.csv", mimeType: "text/csv", buffer: syntheticDiabetesCsv(300) });
  await expect(page.getByTestId("data-slot-diabetes_raw")).toHaveAttribute("data-status", "loaded");

  const editor = await openDictionary(page);
  await expect(page.getByTestId("data-dictionary")).toContainText("pequeno.csv");
  await replaceEditorText(page, editor, BMI_ORDINAL);
  await expect(page.getByTestId("dictionary-ok")).toBeVisible();

  await page.getByRole("tab", { name: "parameters.yml" }).click();
  const parameters = page.getByTestId("code-editor-parameters-yml");
  await expect(parameters).toHaveAttribute("data-editor", "monaco", { timeout: 30_000 });
  // Monaco draws spaces as U+00A0, so patterns on its text use \s.
  await expect(parameters.locator(".view-lines")).toContainText(/Ordinal:\s*-\sBMI\s*-\sGenHlth/);
  await expect(parameters.locator(".view-lines")).not.toContainText("Float:");
  expect((await savedTransformerColumns(page)).Ordinal).toEqual(["BMI", "GenHlth", "MentHlth", "PhysHlth"]);

  await page.getByTestId("pipeline-select").selectOption("data_engineering");
  await page.getByRole("button", { name: "Executar", exact: true }).click();
  await expect(page.getByTestId("run-summary")).toHaveAttribute("data-status", "success", { timeout: 60_000 });
  await expect(page.getByTestId("run-log")).toContainText("Column types: Ordinal: BMI, GenHlth, MentHlth, PhysHlth;");

  // Undo takes the parameters back, and the dictionary follows them.
  await page.getByRole("button", { name: "Desfazer" }).click();
  // The paste left Monaco scrolled to the end, so read the text the page saved.
  const savedText = () => page.evaluate(() => JSON.parse(localStorage.getItem("deploy-lab.dictionary.diabetes") ?? "{}").text as string);
  await expect.poll(savedText).toContain("BMI:\n  type: Float\n");
  expect((await savedTransformerColumns(page)).Float).toEqual(["BMI"]);
  await expect(page.getByTestId("dictionary-ok")).toBeVisible();
});

test("a bad dictionary names the line and is kept as a draft", async ({ page }) => {
  await openDiabetes(page);
  const editor = await openDictionary(page);
  await replaceEditorText(page, editor, BMI_TYPO);

  const markers = page.getByTestId("code-editor-data-dictionary-yml-markers");
  await expect(markers).toContainText(`Linha ${BMI_TYPE_LINE}, coluna 9`);
  await expect(markers).toContainText("DICTIONARY_UNKNOWN_TYPE");
  await expect(markers).toContainText("Floot");
  await expect(page.getByTestId("dictionary-errors")).toBeVisible();
  // The last valid dictionary still drives the parameters.
  expect((await savedTransformerColumns(page)).Float).toEqual(["BMI"]);

  await page.reload();
  await expect(page.getByTestId("palette-scaler_fit")).toBeVisible();
  await expect(page.getByTestId("dictionary-draft-badge")).toBeVisible();
  const reopened = await openDictionary(page);
  await expect(reopened.locator(".view-lines")).toContainText("Floot");
  await expect(page.getByTestId("code-editor-data-dictionary-yml-markers")).toContainText(`Linha ${BMI_TYPE_LINE}`);

  await page.getByRole("button", { name: "Descartar o rascunho e voltar ao último dicionário válido" }).click();
  await expect(page.getByTestId("dictionary-ok")).toBeVisible();
  await expect(page.getByTestId("dictionary-draft-badge")).toHaveCount(0);
});

test("fast typing in the dictionary keeps every keystroke", async ({ page }) => {
  await openDiabetes(page);
  const editor = await openDictionary(page);
  // Select the word Float under BMI and type over it faster than React re-renders.
  await editor.locator(".view-line", { hasText: /^\s*BMI:$/ }).waitFor();
  const typeLine = editor.locator(".view-line").filter({ hasText: /type:\s*Float/ }).first();
  await typeLine.locator("span", { hasText: "Float" }).last().dblclick();
  await page.keyboard.type("Ordinal", { delay: 5 });

  const savedText = () => page.evaluate(() => JSON.parse(localStorage.getItem("deploy-lab.dictionary.diabetes") ?? "{}").text as string);
  await expect.poll(savedText).toContain("BMI:\n  type: Ordinal\n");
  const text = await savedText();
  expect(text).not.toContain("type: Float");
  expect(text.split("\n")).toHaveLength(DICTIONARY_YAML.split("\n").length);
  await expect(page.getByTestId("dictionary-ok")).toBeVisible();
  expect((await savedTransformerColumns(page)).Ordinal).toContain("BMI");
});
