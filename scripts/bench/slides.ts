/**
 * Measures what the slide deck costs, against the production build. It
 * reports the compressed bytes that a reading page, the audience deck and
 * the presenter view download on first load, with the HTML document apart
 * because the presenter renders the lesson three times. It also reports
 * what pressing Run on a live-pipeline slide adds. Needs `npm run build`.
 *
 *   npm run bench:slides
 */
import { readFileSync } from "node:fs";
import { createProcessor } from "@mdx-js/mdx";
import type { Browser, Page, Request } from "@playwright/test";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { splitSlides } from "../../lib/slides/split.mjs";
import { launchChromium, withProductionServer } from "./harness";

const PORT = Number(process.env.BENCH_PORT ?? 3401);
const LESSON = "kedro";
const ROUTES = [`/lessons/${LESSON}`, `/lessons/${LESSON}/slides`, `/lessons/${LESSON}/slides/presenter`];
/** A string found only in TensorFlow.js's code. */
const TFJS_MARKER = "@tensorflow/";

interface Transfer {
  htmlKB: number;
  jsKB: number;
  wasmKB: number;
  tfjs: boolean;
}

/** Adds up the compressed bytes of the document, scripts and WASM that a page fetches while `action` runs. */
async function measureTransfer(page: Page, action: () => Promise<void>): Promise<Transfer> {
  const transfer: Transfer = { htmlKB: 0, jsKB: 0, wasmKB: 0, tfjs: false };
  const pending: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    const path = new URL(request.url()).pathname;
    const kind = request.resourceType() === "document" ? "html" : path.endsWith(".js") ? "js" : path.endsWith(".wasm") ? "wasm" : null;
    if (!kind) return;
    pending.push(
      (async () => {
        const size = await request.sizes();
        const kB = (size.responseBodySize + size.responseHeadersSize) / 1024;
        if (kind === "html") transfer.htmlKB += kB;
        if (kind === "wasm") transfer.wasmKB += kB;
        if (kind !== "js") return;
        transfer.jsKB += kB;
        const body = (await (await request.response())?.text()) ?? "";
        if (body.includes(TFJS_MARKER)) transfer.tfjs = true;
      })(),
    );
  };
  page.on("requestfinished", onFinished);
  await action();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  page.off("requestfinished", onFinished);
  return transfer;
}

function formatRow(label: string, transfer: Transfer): string {
  const cells = [label.padEnd(48), transfer.htmlKB.toFixed(1).padStart(8), transfer.jsKB.toFixed(1).padStart(8), transfer.wasmKB.toFixed(1).padStart(8)];
  return `${cells.join(" ")}  ${transfer.tfjs ? "yes" : "no"}`;
}

/** Returns the 1-based number of the kedro lesson's first slide with a live pipeline. */
function liveSlideNumber(): number {
  const source = readFileSync(`content/lessons/pt-BR/${LESSON}.mdx`, "utf8");
  const tree = createProcessor({ remarkPlugins: [remarkGfm, [remarkFrontmatter, "yaml"]] }).parse(source) as Root;
  const index = splitSlides(tree, { source }).slides.findIndex((slide) => slide.components.includes("LivePipeline"));
  if (index === -1) throw new Error(`content/lessons/pt-BR/${LESSON}.mdx has no <LivePipeline> slide to measure`);
  return index + 1;
}

async function liveRun(browser: Browser, base: string): Promise<{ transfer: Transfer; runMs: number }> {
  const page = await browser.newPage();
  await page.goto(`${base}/lessons/${LESSON}/slides#/${liveSlideNumber()}`, { waitUntil: "networkidle" });
  const live = page.getByTestId("deck-slide").filter({ visible: true }).getByTestId("live-pipeline");

  const transfer = await measureTransfer(page, async () => {
    await live.getByRole("button", { name: "Executar" }).click();
    await live.locator('[data-testid="live-run"][data-status="success"]').waitFor({ timeout: 60_000 });
  });
  const runMs = Number(await live.getByTestId("run-summary").getAttribute("data-duration-ms"));
  await page.close();
  return { transfer, runMs };
}

async function main(): Promise<void> {
  await withProductionServer(PORT, async (base) => {
    const browser = await launchChromium();
    console.log("Compressed kB on the wire; tfjs: whether any script contains TensorFlow.js");
    console.log("what                                               HTML kB    JS kB  WASM kB  tfjs");
    for (const route of ROUTES) {
      const page = await browser.newPage();
      const transfer = await measureTransfer(page, async () => {
        await page.goto(base + route);
      });
      console.log(formatRow(`first load of ${route}`, transfer));
      await page.close();
    }

    const { transfer, runMs } = await liveRun(browser, base);
    console.log(formatRow("Run on the live-pipeline slide", transfer));
    console.log(`\nIris run on the slide (all three pipelines, cold worker): ${runMs.toFixed(0)} ms`);
    await browser.close();
  });
}

main().catch((error: unknown) => {
  console.error(`[deploy-lab] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
