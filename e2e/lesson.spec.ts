import { expect, test } from "@playwright/test";
import { HEAVY_LIBRARY_URL_MARKERS, findHeavyScripts } from "./heavy-libraries";

test("kedro lesson quiz, language switch and light bundle", async ({ page }) => {
  const requestedUrls: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => requestedUrls.push(request.url()));
  // Uncaught errors include React hydration mismatches, e.g. a <p> nested in a <p> by MDX.
  page.on("pageerror", (error) => pageErrors.push(error.message));

  await page.goto("/lessons/kedro");
  await expect(page.getByRole("heading", { level: 1, name: "Kedro: nós, pipelines e o Data Catalog" })).toBeVisible();

  // The first pt-BR quiz is about a dataset missing from catalog.yml.
  const quiz = page.getByRole("group", { name: /iris_scaled, que não aparece no catalog\.yml/ });
  await expect(quiz).toBeVisible();
  const form = page.locator("form").filter({ has: quiz });
  const checkButton = form.getByRole("button", { name: "Verificar" });
  const feedback = form.getByRole("status");

  await expect(checkButton).toBeDisabled();

  await quiz.getByRole("radio", { name: /O Kedro grava um CSV/ }).check();
  await checkButton.click();
  await expect(feedback).toContainText("Ainda não.");
  await expect(feedback).toContainText("O Kedro não escolhe formato nem pasta por você.");

  // Picking another option clears the old verdict until it is checked again.
  await quiz.getByRole("radio", { name: /Vira um MemoryDataset/ }).check();
  await expect(feedback).toBeEmpty();

  // Keyboard path: Tab leaves the radio group for the button, and Enter submits.
  await page.keyboard.press("Tab");
  await expect(checkButton).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(feedback).toContainText("Correto!");
  await expect(feedback).not.toContainText("Ainda não.");

  await page.getByTestId("language-switch").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Kedro: nodes, pipelines and the Data Catalog" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Kedro: nós, pipelines e o Data Catalog" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Open the Iris exercise" })).toHaveAttribute("href", "/exercises/iris");

  await page.waitForLoadState("networkidle");
  const heavyRequests = requestedUrls.filter((url) => HEAVY_LIBRARY_URL_MARKERS.some((marker) => url.toLowerCase().includes(marker)));
  expect(heavyRequests).toEqual([]);

  const scriptUrls = requestedUrls.filter((url) => new URL(url).pathname.endsWith(".js"));
  expect(scriptUrls.length).toBeGreaterThan(0);
  expect(await findHeavyScripts(page, scriptUrls)).toEqual([]);

  expect(pageErrors).toEqual([]);
});

test("unknown lesson slug returns 404", async ({ page }) => {
  const response = await page.goto("/lessons/does-not-exist");
  expect(response?.status()).toBe(404);
});
