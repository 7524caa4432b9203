/**
 * Measures what a student's browser pays, against the production build:
 * first-load JavaScript per page (compressed bytes on the wire) and the Iris
 * run time in the Web Worker, cold and warm. Needs `npm run build` first.
 *
 *   npm run bench:browser
 */
import type { Browser } from "@playwright/test";
import { launchChromium, withProductionServer } from "./harness";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const ROUTES = ["/", "/lessons/kedro", "/exercises/iris"];
const RUNS = 5;
/** Compute budget of one Iris run: the app promises well under a second. */
const TARGET_RUN_MS = 1000;
/**
 * A string found only in each heavy library's code. Monaco's is an internal
 * service name, because ".monaco-editor" also appears in the app's own code.
 */
const HEAVY_MARKERS: [string, string][] = [
  ["tfjs", "@tensorflow/"],
  ["react-flow", "xyflow"],
  ["monaco", "editorWorkerService"],
];

interface PageWeight {
  scripts: number;
  jsKB: number;
  wasmKB: number;
  heavy: string[];
}

/**
 * Sums the compressed size of every script (page chunks and the Web Worker's)
 * and WASM file a page loads until the network is idle.
 */
async function firstLoad(browser: Browser, base: string, route: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const pending: Promise<void>[] = [];
  const weight: PageWeight = { scripts: 0, jsKB: 0, wasmKB: 0, heavy: [] };
  page.on("requestfinished", (request) => {
    const path = new URL(request.url()).pathname;
    const isJs = path.endsWith(".js");
    if (!isJs && !path.endsWith(".wasm")) return;
    pending.push(
      (async () => {
        const size = await request.sizes();
        const kB = (size.responseBodySize + size.responseHeadersSize) / 1024;
        if (!isJs) {
          weight.wasmKB += kB;
          return;
        }
        weight.scripts += 1;
        weight.jsKB += kB;
        const body = (await (await request.response())?.text()) ?? "";
        for (const [library, marker] of HEAVY_MARKERS) {
          if (body.includes(marker) && !weight.heavy.includes(library)) weight.heavy.push(library);
        }
      })(),
    );
  });
  await page.goto(base + route, { waitUntil: "networkidle" });
  await page.waitForTimeout(1000);
  await Promise.all(pending);
  await page.close();
  return weight;
}

async function irisRunTimes(browser: Browser, base: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${base}/exercises/iris`, { waitUntil: "networkidle" });
  const summary = page.getByTestId("run-summary");
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByRole("button", { name: "Executar", exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="run-summary"]')?.getAttribute("data-status") === "success");
    times.push(Number(await summary.getAttribute("data-duration-ms")));
  }
  await page.close();
  return times;
}

async function main(): Promise<void> {
  await withProductionServer(PORT, async (base) => {
    const browser = await launchChromium();
    console.log("First load (compressed kB on the wire, worker included)");
    console.log("route               scripts    JS kB  WASM kB  heavy libraries in the JS");
    for (const route of ROUTES) {
      const { scripts, jsKB, wasmKB, heavy } = await firstLoad(browser, base, route);
      const row = [route.padEnd(18), String(scripts).padStart(8), jsKB.toFixed(1).padStart(8), wasmKB.toFixed(1).padStart(8)];
      console.log(`${row.join(" ")}  ${heavy.join(", ") || "none"}`);
    }

    const times = await irisRunTimes(browser, base);
    const warm = times.slice(1).sort((a, b) => a - b);
    console.log("\nIris run in the Web Worker (all three pipelines)");
    console.log("cold ms  median warm ms  min ms  max ms  target ms");
    console.log(
      `${times[0].toFixed(1).padStart(7)} ${warm[Math.floor(warm.length / 2)].toFixed(1).padStart(15)} ${warm[0].toFixed(1).padStart(7)} ${warm.at(-1)!.toFixed(1).padStart(7)} ${String(TARGET_RUN_MS).padStart(10)}`,
    );
    await browser.close();
  });
}

main().catch((error: unknown) => {
  console.error(`[deploy-lab] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
