import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { GENERATED_LESSONS as LESSONS } from "../lib/content/lessons.generated";
import { HEAVY_LIBRARY_SOURCE_MARKERS, HEAVY_LIBRARY_URL_MARKERS, findHeavyScripts } from "./heavy-libraries";

const LOCALES = ["pt-BR", "en"] as const;
const PROGRESS_KEY = "deploy-lab:lesson-progress:v1";
const SCORES_KEY = "deploy-lab:exercise-scores:v1";

async function useLocale(page: Page, locale: string): Promise<void> {
  await page.addInitScript((value) => window.localStorage.setItem("deploy-lab.locale", value), locale);
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  });
}

function visibleQuiz(page: Page, id: string) {
  return page.locator(`form[data-checkpoint="${id}"]`).locator("visible=true");
}

for (const lesson of LESSONS) {
  for (const locale of LOCALES) {
    test(`lesson ${lesson.slug} in ${locale} renders accessibly`, async ({ page }) => {
      const pageErrors: string[] = [];
      const requestedUrls: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("request", (request) => requestedUrls.push(request.url()));
      await useLocale(page, locale);

      await page.goto(`/lessons/${lesson.slug}`);
      await expect(page.getByRole("heading", { level: 1, name: lesson.title[locale] })).toBeVisible();
      await expect(page.locator("form[data-checkpoint]").locator("visible=true")).toHaveCount(lesson.checkpoints.length);
      await expect(page.getByRole("navigation", { name: locale === "en" ? "In this lesson" : "Nesta aula" }).locator("visible=true").first()).toBeVisible();
      if (lesson.translation[locale] === "summary") await expect(page.getByTestId("summary-notice").locator("visible=true")).toBeVisible();

      expect(await seriousViolations(page)).toEqual([]);

      await page.waitForLoadState("networkidle");
      expect(requestedUrls.filter((url) => HEAVY_LIBRARY_URL_MARKERS.some((marker) => url.toLowerCase().includes(marker)))).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
}

test("lesson pages load no heavy library script", async ({ page }) => {
  const scriptUrls = new Set<string>();
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith(".js")) scriptUrls.add(request.url());
  });
  for (const lesson of LESSONS) {
    await page.goto(`/lessons/${lesson.slug}`);
    await page.waitForLoadState("networkidle");
  }

  expect(scriptUrls.size).toBeGreaterThan(0);
  expect(await findHeavyScripts(page, scriptUrls)).toEqual([]);
});

// Reads the production build, not the browser: every chunk a prerendered lesson page references, eagerly or in its RSC payload.
test("build output of lesson pages has no heavy library", () => {
  const root = process.cwd();
  const heavy: string[] = [];
  let chunkCount = 0;

  for (const lesson of LESSONS) {
    const htmlPath = join(root, ".next/server/app/lessons", `${lesson.slug}.html`);
    expect(existsSync(htmlPath), `${htmlPath} is missing: run npm run build first`).toBe(true);
    const html = readFileSync(htmlPath, "utf8");
    const chunks = new Set([...html.matchAll(/static\/chunks\/[\w\-./]+?\.js/g)].map((match) => match[0]));
    expect(chunks.size, `no chunk referenced by ${htmlPath}`).toBeGreaterThan(0);

    for (const chunk of chunks) {
      chunkCount += 1;
      const source = readFileSync(join(root, ".next", chunk), "utf8");
      const found = HEAVY_LIBRARY_SOURCE_MARKERS.filter((marker) => source.includes(marker));
      if (found.length > 0) heavy.push(`${lesson.slug}: ${chunk} contains ${found.join(", ")}`);
    }
  }
  expect(chunkCount).toBeGreaterThan(LESSONS.length);
  expect(heavy).toEqual([]);
});

test("wrong checkpoint answer explains, right one marks progress across reloads", async ({ page }) => {
  await page.goto("/lessons/deployment");
  const progress = page.getByTestId("progress-deployment").locator("visible=true").first();
  await expect(progress).toContainText("0 de 5 checkpoints");

  const quiz = visibleQuiz(page, "deployment-drift");
  await quiz.getByRole("radio", { name: /Vazamento de dados no treino/ }).check();
  await quiz.getByRole("button", { name: "Verificar" }).click();
  await expect(quiz.getByRole("status")).toContainText("Ainda não.");
  await expect(quiz.getByRole("status")).toContainText("Vazamento acontece quando informação do teste entra no treino");
  await expect(progress).toContainText("0 de 5 checkpoints");

  await quiz.getByRole("radio", { name: /Deriva de dados/ }).check();
  await expect(quiz.getByRole("status")).toBeEmpty();
  await quiz.getByRole("button", { name: "Verificar" }).click();
  await expect(quiz.getByRole("status")).toContainText("Correto!");
  await expect(progress).toContainText("1 de 5 checkpoints");

  await page.reload();
  await expect(page.getByTestId("progress-deployment").locator("visible=true").first()).toContainText("1 de 5 checkpoints");
  await expect(visibleQuiz(page, "deployment-drift")).toContainText("Checkpoint concluído");
  await expect(visibleQuiz(page, "deployment-why-fail")).not.toContainText("Checkpoint concluído");

  const stored = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}"), PROGRESS_KEY);
  expect(stored.deployment["deployment-drift"]).toMatchObject({ passed: true, attempts: 2 });

  await page.goto("/lessons");
  await expect(page.getByTestId("progress-deployment")).toContainText("1 de 5 checkpoints");
  await expect(page.getByTestId("progress-kedro")).toContainText("0 de 5 checkpoints");
});

test("multiple-choice checkpoint names wrong picks and missed options", async ({ page }) => {
  await page.goto("/lessons/deployment");
  const quiz = visibleQuiz(page, "deployment-reproducibility");
  const check = quiz.getByRole("button", { name: "Verificar" });
  await expect(check).toBeDisabled();

  await quiz.getByRole("checkbox", { name: /seed do split/ }).check();
  await quiz.getByRole("checkbox", { name: /Aumentar o número de épocas/ }).check();
  await check.click();
  const status = quiz.getByRole("status");
  await expect(status).toContainText("Ainda não.");
  await expect(status).toContainText("Mais épocas mudam o modelo, não a reprodutibilidade.");
  await expect(status).toContainText("Faltou marcar “As versões exatas das bibliotecas ficam em uv.lock, no Git.” — Uma versão diferente do scikit-learn");

  await quiz.getByRole("checkbox", { name: /Aumentar o número de épocas/ }).uncheck();
  await quiz.getByRole("checkbox", { name: /uv\.lock/ }).check();
  await quiz.getByRole("checkbox", { name: /data\/01_raw/ }).check();
  await check.click();
  await expect(status).toContainText("Correto!");
});

test("matching checkpoint explains each wrong row", async ({ page }) => {
  await page.goto("/lessons/twelve-factor");
  const quiz = visibleQuiz(page, "twelve-factor-match");
  const check = quiz.getByRole("button", { name: "Verificar" });
  const rows: [string, string][] = [
    ["III. Configuração", "conf/base e conf/local, escolhidos com --env"],
    ["II. Dependências", "pyproject.toml com versões travadas em uv.lock"],
    ["IV. Serviços de apoio", "Data Catalog: trocar o destino é editar o YAML"],
    ["IX. Descartabilidade", "Datasets persistidos e retomada com --from-nodes"],
    ["VI. Processos", "Nodes como funções puras, sem estado entre execuções"],
    ["XI. Logs", "logging do Python configurado em logging.yml, na saída padrão"],
  ];

  // Swap the first two answers; the check stays disabled until every row has one.
  await quiz.getByLabel(rows[0][0]).selectOption({ label: rows[1][1] });
  await expect(check).toBeDisabled();
  await quiz.getByLabel(rows[1][0]).selectOption({ label: rows[0][1] });
  for (const [left, right] of rows.slice(2)) await quiz.getByLabel(left).selectOption({ label: right });
  await check.click();
  const status = quiz.getByRole("status");
  await expect(status).toContainText("Ainda não.");
  await expect(status).toContainText("“III. Configuração” — A configuração que muda por ambiente");
  await expect(status).toContainText("“II. Dependências” — O fator pede dependências declaradas");
  await expect(status).not.toContainText("“XI. Logs”");

  for (const [left, right] of rows.slice(0, 2)) await quiz.getByLabel(left).selectOption({ label: right });
  await check.click();
  await expect(status).toContainText("Correto!");
});

test("ordering checkpoint works from the keyboard", async ({ page }) => {
  await page.goto("/lessons/deployment");
  const quiz = visibleQuiz(page, "deployment-cycle-order");
  const steps = [
    "Treino do modelo com os dados de treino",
    "Teste no conjunto separado",
    "Backtest em várias partições",
    "Registro da versão aprovada",
    "Inferência nos dados novos",
    "Monitoramento de dados e métricas",
  ];

  await quiz.getByRole("button", { name: "Verificar" }).click();
  await expect(quiz.getByRole("status")).toContainText("Ainda não.");

  // Selection sort with the move buttons: bring each step up to its place, pressing Enter on the focused button.
  for (const [target, step] of steps.entries()) {
    const texts = await quiz.locator("li").allInnerTexts();
    let position = texts.findIndex((text) => text.includes(step));
    if (position === target) continue;
    await quiz.getByRole("button", { name: `Mover “${step}” para cima` }).focus();
    while (position > target) {
      await page.keyboard.press("Enter");
      position -= 1;
      await expect(quiz.locator("li").nth(position)).toContainText(step);
    }
  }

  await quiz.getByRole("button", { name: "Verificar" }).click();
  await expect(quiz.getByRole("status")).toContainText("Correto!");
});

test("search finds a lesson by a word from its body", async ({ page }) => {
  await page.goto("/lessons");
  const search = page.getByRole("searchbox", { name: "Buscar nas aulas" });
  await search.fill("descartabilidade");
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("link").first()).toContainText("Os 12 fatores em projetos de dados");
  await expect(page).toHaveURL(/\?q=descartabilidade$/);

  await search.fill("xyzzyquux");
  await expect(page.getByRole("search").getByRole("status")).toContainText("Nenhuma seção fala de “xyzzyquux”.");

  await page.goto("/lessons?q=Dataproc");
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/lessons\/cloud-gcp#/);
});

test("search answers in English for English readers", async ({ page }) => {
  await useLocale(page, "en");
  await page.goto("/lessons?q=disposability");
  await expect(page.getByTestId("search-results").getByRole("link").first()).toContainText("The 12 factors in data projects");
});

test("cloud table filters by category and search", async ({ page }) => {
  await page.goto("/lessons/cloud-gcp");
  const table = page.getByTestId("cloud-table").locator("visible=true");
  const rows = table.locator("tbody tr");
  const total = await rows.count();
  expect(total).toBeGreaterThan(20);
  await expect(table.getByRole("status")).toContainText(`${total} de ${total} serviços`);

  await table.getByRole("button", { name: "Machine learning" }).click();
  await expect(table.getByRole("button", { name: "Machine learning" })).toHaveAttribute("aria-pressed", "true");
  const mlCount = await rows.count();
  expect(mlCount).toBeLessThan(total);
  await expect(table.locator('tbody tr:not([data-category="ml"])')).toHaveCount(0);
  await expect(table.getByRole("status")).toContainText(`${mlCount} de ${total} serviços`);

  await table.getByRole("searchbox", { name: "Buscar" }).fill("registro");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Vertex AI Model Registry");

  await table.getByRole("button", { name: "Armazenamento" }).click();
  await expect(rows).toHaveCount(0);
  await expect(table).toContainText("Nenhum serviço combina com esse filtro.");

  await table.getByRole("button", { name: "Todas" }).click();
  await table.getByRole("searchbox", { name: "Buscar" }).fill("");
  await expect(rows).toHaveCount(total);
});

test("table of contents, glossary links and lesson navigation", async ({ page }) => {
  await page.goto("/lessons/kedro");
  await page.getByRole("navigation", { name: "Nesta aula" }).locator("visible=true").first().getByRole("link", { name: "Runners" }).click();
  await expect(page).toHaveURL(/#runners$/);
  await expect(page.locator("#runners").locator("visible=true")).toBeInViewport();

  await page.getByRole("navigation", { name: "Navegação entre aulas" }).getByRole("link", { name: /Próxima aula/ }).click();
  await expect(page).toHaveURL(/\/lessons\/docker$/);

  await page.locator('a[data-term="least-privilege"]').locator("visible=true").first().click();
  await expect(page).toHaveURL(/\/glossary#least-privilege$/);
  await expect(page.locator("#least-privilege")).toContainText("Menor privilégio");
  await expect(page.locator("#least-privilege")).toContainText("(Least privilege)");
  expect(await seriousViolations(page)).toEqual([]);
});

test("progress page shows lessons and exercise scores", async ({ page }) => {
  await page.addInitScript(
    ([progressKey, scoresKey]) => {
      window.localStorage.setItem(progressKey, JSON.stringify({ kedro: { "kedro-memory-dataset": { passed: true, attempts: 1, updatedAt: "2025-03-14T10:00:00.000Z" } } }));
      window.localStorage.setItem(scoresKey, JSON.stringify({ iris: { best: 7, max: 10, updatedAt: "2025-03-14T10:00:00.000Z" }, "diabetes-hpo": { best: 3, max: 4, updatedAt: "2025-03-14T11:00:00.000Z" } }));
    },
    [PROGRESS_KEY, SCORES_KEY],
  );
  await page.goto("/progress");

  await expect(page.locator('tr[data-lesson="kedro"]')).toContainText("1 de 5 checkpoints");
  await expect(page.locator('tr[data-lesson="kedro"]')).toContainText("Em andamento");
  await expect(page.locator('tr[data-lesson="docker"]')).toContainText("Não iniciada");
  await expect(page.locator('tr[data-exercise="iris"]')).toContainText("7 de 10 (70%)");
  await expect(page.locator('tr[data-exercise="diabetes"]')).toContainText("Não tentado");
  await expect(page.locator('tr[data-exercise="diabetes-hpo"]')).toContainText("3 de 4 (75%)");
  expect(await seriousViolations(page)).toEqual([]);

  page.once("dialog", (dialog) => dialog.accept());
  await page.locator('tr[data-lesson="kedro"]').getByRole("button", { name: /Apagar respostas/ }).click();
  await expect(page.locator('tr[data-lesson="kedro"]')).toContainText("0 de 5 checkpoints");
});

test("course home lists lessons and has no serious violations in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/lessons");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(LESSONS.length);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(248, 250, 252)");
  expect(await seriousViolations(page)).toEqual([]);
});
