import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createProcessor } from "@mdx-js/mdx";
import { expect, test } from "@playwright/test";
import type { BrowserContext, Locator, Page } from "@playwright/test";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { plainText, splitSlides } from "../lib/slides/split.mjs";
import { seriousAxeViolations } from "./accessibility";

const LESSON = "kedro";
const DECK_URL = `/lessons/${LESSON}/slides`;
const PRESENTER_URL = `/lessons/${LESSON}/slides/presenter`;

// Libraries of the exercise runner; a deck loads them only when a live run starts.
const HEAVY_LIBRARY_SOURCE_MARKERS = ["@tensorflow/", "xyflow", "monaco-editor"];

interface ExpectedSlide {
  title: string;
  notes: string[];
  components: string[];
}

/** The slides the deck must show, read from the lesson source with the same splitter the build uses. */
function expectedSlides(locale: "pt-BR" | "en"): ExpectedSlide[] {
  const path = fileURLToPath(new URL(`../content/lessons/${locale}/${LESSON}.mdx`, import.meta.url));
  const source = readFileSync(path, "utf8");
  const tree = createProcessor({ remarkPlugins: [remarkGfm, [remarkFrontmatter, "yaml"]] }).parse(source) as Root;
  return splitSlides(tree, { source }).slides.map((slide) => ({
    title: slide.title,
    notes: slide.notes.map((note) => plainText(note).replace(/\s+/g, " ").trim()),
    components: slide.components,
  }));
}

const SLIDES = expectedSlides("pt-BR");
const SLIDES_EN = expectedSlides("en");

/** 1-based number of the first slide that uses a component. */
function slideWith(component: string): number {
  const index = SLIDES.findIndex((slide) => slide.components.includes(component));
  expect(index, `no slide uses <${component}>`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** 1-based number of the first slide with a heading after `after`. */
function titledSlideAfter(after: number): number {
  const index = SLIDES.findIndex((slide, i) => i >= after && slide.title !== "");
  return index + 1;
}

function shownSlide(page: Page, testId = "deck-slide"): Locator {
  return page.getByTestId(testId).filter({ visible: true });
}

/** Opens a deck page and waits for hydration, which reads the slide number from the URL. */
async function openDeck(page: Page, url: string, slide: number, slides: ExpectedSlide[] = SLIDES) {
  await page.goto(url);
  // The counter is prerendered, so wait for hydration before pressing keys.
  await expect(page.getByTestId(url.includes("presenter") ? "presenter" : "deck")).toHaveAttribute("data-ready", "true");
  await expect(page).toHaveURL(new RegExp(`#/${slide}$`));
  await expect(page.getByTestId(url.includes("presenter") ? "presenter-counter" : "deck-counter")).toHaveText(`${slide} / ${slides.length}`);
}

async function expectSlide(page: Page, slide: number) {
  await expect(page).toHaveURL(new RegExp(`#/${slide}$`));
  await expect(page.getByTestId("deck-counter")).toHaveText(`${slide} / ${SLIDES.length}`);
  const title = SLIDES[slide - 1].title;
  if (title) await expect(shownSlide(page).getByRole("heading", { name: title, exact: true })).toBeVisible();
}

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Returns the first page's size in points, read from its MediaBox. */
function pdfPageSize(pdf: Buffer): [number, number] {
  const match = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
  expect(match, "the PDF has no MediaBox").not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

test("deck opens a deep link and follows the keys", async ({ page }) => {
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));

  const target = titledSlideAfter(3);
  await openDeck(page, `${DECK_URL}#/${target}`, target);
  await expectSlide(page, target);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(target));

  await page.keyboard.press("ArrowRight");
  await expectSlide(page, target + 1);
  await page.keyboard.press("ArrowLeft");
  await expectSlide(page, target);
  await page.keyboard.press("Space");
  await expectSlide(page, target + 1);
  await page.keyboard.press("Shift+Space");
  await expectSlide(page, target);
  await page.keyboard.press("PageDown");
  await expectSlide(page, target + 1);
  await page.keyboard.press("PageUp");
  await expectSlide(page, target);

  await page.keyboard.press("End");
  await expectSlide(page, SLIDES.length);
  await page.keyboard.press("ArrowRight");
  await expectSlide(page, SLIDES.length);

  // The lesson opens without a heading, so the first slide shows the lesson's title.
  await page.keyboard.press("Home");
  await expectSlide(page, 1);
  await expect(shownSlide(page).getByRole("heading", { level: 1, name: "Kedro: nós, pipelines e o Data Catalog" })).toBeVisible();

  // Editing the hash by hand moves the deck too.
  await page.evaluate(() => {
    window.location.hash = "#/2";
  });
  await expectSlide(page, 2);

  // A link to an element id keeps the slide number in the URL.
  await page.evaluate(() => {
    window.location.hash = "#results";
  });
  await expectSlide(page, 2);

  await page.getByRole("button", { name: "Próximo slide" }).click();
  await expectSlide(page, 3);

  expect(pageErrors).toEqual([]);
});

test("deck clamps a slide number past the end", async ({ page }) => {
  await page.goto(`${DECK_URL}#/999`);
  await expectSlide(page, SLIDES.length);
});

test("audience windows follow the presenter", async ({ context }) => {
  const presenter = await context.newPage();
  await openDeck(presenter, `${PRESENTER_URL}#/1`, 1);

  const audience = await context.newPage();
  await audience.goto(DECK_URL);
  await expectSlide(audience, 1);

  await presenter.bringToFront();
  await presenter.keyboard.press("ArrowRight");
  await presenter.keyboard.press("ArrowRight");
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`3 / ${SLIDES.length}`);
  await expectSlide(audience, 3);

  // The presenter sees the next slide and this slide's notes, which the audience never sees.
  const nextTitle = SLIDES[3].title;
  if (nextTitle) await expect(shownSlide(presenter, "next-slide").getByRole("heading", { name: nextTitle, exact: true })).toBeVisible();
  const notes = SLIDES[2].notes[0];
  await expect(presenter.getByTestId("presenter-notes-content").filter({ visible: true })).toContainText(notes);
  await expect(audience.getByText(notes)).toBeHidden();

  // A window opened later catches up with the presenter.
  const late = await context.newPage();
  await late.goto(DECK_URL);
  await expectSlide(late, 3);

  // Moving in an audience window moves everyone, presenter included.
  await audience.bringToFront();
  await audience.keyboard.press("ArrowRight");
  await expectSlide(audience, 4);
  await expect(presenter.getByTestId("presenter-counter")).toHaveText(`4 / ${SLIDES.length}`);
  await expectSlide(late, 4);

  await presenter.bringToFront();
  await presenter.getByLabel("Ir para").selectOption(String(SLIDES.length - 1));
  await expectSlide(audience, SLIDES.length);
  await expect(presenter.getByTestId("end-of-deck")).toBeVisible();
});

test("p opens the presenter at the current slide", async ({ page, context }) => {
  await openDeck(page, `${DECK_URL}#/2`, 2);
  const [popup] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("p")]);
  await expect(popup).toHaveURL(new RegExp(`/slides/presenter#/2$`));
  await expect(popup.getByTestId("presenter-counter")).toHaveText(`2 / ${SLIDES.length}`);
});

test("overview jumps to a slide", async ({ page }) => {
  await openDeck(page, `${DECK_URL}#/1`, 1);

  await page.keyboard.press("o");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-mode", "overview");
  const tiles = page.locator(".deck-tile-button").filter({ visible: true });
  await expect(tiles).toHaveCount(SLIDES.length);

  const target = titledSlideAfter(5);
  await tiles.nth(target - 1).click();
  await expect(page.getByTestId("deck")).toHaveAttribute("data-mode", "slides");
  await expectSlide(page, target);

  // Keyboard path: the selected tile has focus, arrows move it, Enter opens it.
  await page.keyboard.press("o");
  await expect(tiles.nth(target - 1)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tiles.nth(target)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-mode", "slides");
  await expectSlide(page, target + 1);

  await page.keyboard.press("o");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-mode", "slides");
});

for (const [locale, slides] of [
  ["pt-BR", SLIDES],
  ["en", SLIDES_EN],
] as const) {
  test(`every ${locale} slide fits its frame`, async ({ page }) => {
    await page.addInitScript((chosen) => window.localStorage.setItem("deploy-lab.locale", chosen), locale);
    await page.goto(`${DECK_URL}#/1`);
    const boxes = page.locator(`[data-testid="deck-stage"] > [lang="${locale}"] .deck-fit`);
    await expect(boxes).toHaveCount(slides.length);
    await expect(boxes.last()).toHaveAttribute("data-overflow", "false");

    const fits = await boxes.evaluateAll((elements) => elements.map((element) => ({ fit: element.getAttribute("data-fit"), overflow: element.getAttribute("data-overflow") })));
    for (const [index, { fit, overflow }] of fits.entries()) {
      expect(overflow, `${locale} slide ${index + 1} overflows at zoom ${fit}`).toBe("false");
    }
  });
}

test("English deck shows the English lesson", async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("deploy-lab.locale", "en"));
  await openDeck(page, `${DECK_URL}#/2`, 2, SLIDES_EN);
  await expect(shownSlide(page).getByRole("heading", { name: SLIDES_EN[1].title, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Next slide" })).toBeVisible();
});

test("quiz works on a slide without moving it", async ({ page }) => {
  const slide = slideWith("Quiz");
  await openDeck(page, `${DECK_URL}#/${slide}`, slide);

  const quiz = shownSlide(page).getByRole("group", { name: /iris_scaled/ });
  await quiz.getByRole("radio", { name: /O Kedro grava um CSV/ }).check();
  // Arrows belong to the focused radio group, not to the deck.
  await page.keyboard.press("ArrowRight");
  await expectSlide(page, slide);
  await shownSlide(page).getByRole("radio", { name: /Vira um MemoryDataset/ }).check();
  await shownSlide(page).getByRole("button", { name: "Verificar" }).click();
  await expect(shownSlide(page).getByRole("status")).toContainText("Correto!");

  // A presentation clicker sends PageDown, which still works.
  await shownSlide(page).getByRole("radio", { name: /Vira um MemoryDataset/ }).focus();
  await page.keyboard.press("PageDown");
  await expectSlide(page, slide + 1);
});

async function openLiveSlide(context: BrowserContext) {
  const slide = slideWith("LivePipeline");
  const presenter = await context.newPage();
  await openDeck(presenter, `${PRESENTER_URL}#/${slide}`, slide);
  const audience = await context.newPage();
  const requested: string[] = [];
  audience.on("request", (request) => requested.push(request.url()));
  await audience.goto(DECK_URL);
  await expectSlide(audience, slide);
  return { presenter, audience, requested };
}

test("live pipeline started by the presenter runs in the audience window", async ({ context }) => {
  const { presenter, audience, requested } = await openLiveSlide(context);

  // Until someone presses Run, the deck has downloaded none of the exercise libraries.
  await audience.waitForLoadState("networkidle");
  const scripts = requested.filter((url) => new URL(url).pathname.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const source = await (await audience.request.get(url)).text();
    expect(HEAVY_LIBRARY_SOURCE_MARKERS.filter((marker) => source.includes(marker)), url).toEqual([]);
  }

  await presenter.bringToFront();
  const presenterLive = shownSlide(presenter, "current-slide").getByTestId("live-pipeline");
  await presenterLive.getByRole("button", { name: "Executar" }).click();
  await expect(presenterLive.getByTestId("live-run")).toHaveAttribute("data-status", "success", { timeout: 45_000 });

  const audienceRun = shownSlide(audience).getByTestId("live-run");
  await expect(audienceRun).toHaveAttribute("data-status", "success", { timeout: 45_000 });
  await expect(audienceRun.locator("li[data-state]")).toHaveCount(13);
  await expect(audienceRun.locator('li[data-state="done"]')).toHaveCount(13);
  await expect(audienceRun.getByRole("status")).toContainText(/Acurácia de teste: 0,9\d/);
  await expect(audienceRun.getByTestId("loss-chart-train_model")).toBeVisible();
});

test("live pipeline runs one pipeline and reports a failure", async ({ page }) => {
  const slide = slideWith("LivePipeline");
  await openDeck(page, `${DECK_URL}#/${slide}`, slide);
  const live = shownSlide(page).getByTestId("live-pipeline");

  // model_train alone needs the master_table that data_engineering saves, as in Kedro.
  await live.getByLabel("Pipeline").selectOption("model_train");
  await live.getByRole("button", { name: "Executar" }).click();
  await expect(live.getByTestId("live-run")).toHaveAttribute("data-status", /failed|invalid/, { timeout: 45_000 });

  await live.getByLabel("Pipeline").selectOption("data_engineering");
  await live.getByRole("button", { name: "Executar" }).click();
  await expect(live.getByTestId("live-run")).toHaveAttribute("data-status", "success", { timeout: 45_000 });
  await expect(live.locator('li[data-state="done"]')).toHaveCount(6);

  await live.getByLabel("Pipeline").selectOption("model_train");
  await live.getByRole("button", { name: "Executar" }).click();
  await expect(live.getByTestId("live-run")).toHaveAttribute("data-status", "success", { timeout: 45_000 });
  await expect(live.getByRole("status")).toContainText("Acurácia de teste");
});

test("print gives one page per slide", async ({ page }) => {
  await openDeck(page, `${DECK_URL}#/3`, 3);
  await page.emulateMedia({ media: "print" });

  const slidesOnly = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(slidesOnly)).toBe(SLIDES.length);
  // 1280×720 CSS pixels are 960×540 points.
  expect(pdfPageSize(slidesOnly)).toEqual([960, 540]);
  await expect(page.locator(".deck-print-notes .deck-notes").first()).toBeHidden();

  // The toolbar does not print, so the option is set on screen first.
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("checkbox", { name: "Imprimir com notas" }).check();
  await page.emulateMedia({ media: "print" });
  const withNotes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(withNotes)).toBe(SLIDES.length);
  const [width, height] = pdfPageSize(withNotes);
  // A4 portrait is 595.28×841.89 points.
  expect(Math.round(width)).toBe(595);
  expect(Math.round(height)).toBe(842);
  await expect(page.getByText(SLIDES[0].notes[0])).toBeVisible();
});

test("presenter timer and pace", async ({ page }) => {
  await page.clock.install();
  await openDeck(page, `${PRESENTER_URL}#/1`, 1);
  await expect(page.getByTestId("elapsed")).toHaveText("0:00");
  await expect(page.getByTestId("pace")).toHaveAttribute("data-status", "on_time");

  // Five minutes on the first of many slides of a 12-minute lesson is behind the plan.
  await page.clock.fastForward("05:00");
  await expect(page.getByTestId("elapsed")).toHaveText("5:00");
  await expect(page.getByTestId("pace")).toHaveAttribute("data-status", "behind");
  await expect(page.getByTestId("planned-slide")).not.toHaveText("Pelo plano: slide 1");

  // The last slide five minutes in is ahead of it.
  await page.keyboard.press("End");
  await expect(page.getByTestId("pace")).toHaveAttribute("data-status", "ahead");

  await page.getByRole("button", { name: "Pausar" }).click();
  await page.clock.fastForward("02:00");
  await expect(page.getByTestId("elapsed")).toHaveText("5:00");
  await page.getByRole("button", { name: "Continuar" }).click();
  await page.clock.fastForward("00:30");
  await expect(page.getByTestId("elapsed")).toHaveText("5:30");

  // The stopwatch survives a reload of the presenter window.
  await page.getByRole("button", { name: "Pausar" }).click();
  await page.reload();
  await expect(page.getByTestId("elapsed")).toHaveText("5:30");
  await expect(page.getByRole("button", { name: "Continuar" })).toBeVisible();
});

test("reading page shows no slide breaks or notes", async ({ page }) => {
  await page.goto(`/lessons/${LESSON}`);
  const article = page.locator("article");
  await expect(article.getByRole("heading", { level: 1, name: "Kedro: nós, pipelines e o Data Catalog" })).toBeVisible();
  await expect(article.locator("hr")).toHaveCount(0);
  for (const slide of SLIDES) {
    for (const note of slide.notes) await expect(page.getByText(note)).toHaveCount(0);
  }
  await expect(article.getByTestId("live-pipeline").filter({ visible: true })).toHaveCount(1);

  await page.getByRole("link", { name: "Apresentar como slides" }).click();
  await expectSlide(page, 1);
});

test("unknown lesson has no deck", async ({ page }) => {
  expect((await page.goto("/lessons/does-not-exist/slides"))?.status()).toBe(404);
  expect((await page.goto("/lessons/does-not-exist/slides/presenter"))?.status()).toBe(404);
});

test("deck and presenter have no serious accessibility violations", async ({ page }) => {
  await openDeck(page, `${DECK_URL}#/${slideWith("Quiz")}`, slideWith("Quiz"));
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The toolbar appears over the slide when the mouse moves, and must stay readable there.
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  await expect(page.getByTestId("deck")).toHaveAttribute("data-pointer-active", "true");
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.keyboard.press("o");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-mode", "overview");
  expect(await seriousAxeViolations(page)).toEqual([]);

  await openDeck(page, `${PRESENTER_URL}#/2`, 2);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("swipes move the deck on a touch screen", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 450 } });
  const page = await context.newPage();
  await openDeck(page, `${DECK_URL}#/2`, 2);

  const swipe = async (fromX: number, toX: number) => {
    await page.getByTestId("deck-stage").dispatchEvent("pointerdown", { pointerType: "touch", clientX: fromX, clientY: 200, isPrimary: true });
    await page.getByTestId("deck-stage").dispatchEvent("pointerup", { pointerType: "touch", clientX: toX, clientY: 210, isPrimary: true });
  };
  await swipe(600, 200);
  await expectSlide(page, 3);
  await swipe(200, 600);
  await expectSlide(page, 2);
  // A short drag is a tap, not a swipe.
  await swipe(400, 380);
  await expectSlide(page, 2);
  await context.close();
});
