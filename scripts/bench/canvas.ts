/**
 * Measures canvas frame times while a node is dragged, with about 200 nodes
 * on the page, against the production build in Debian's Chromium.
 * Needs `npm run build` first.
 *
 *   npm run bench:canvas
 */
import type { Browser } from "@playwright/test";
import { encodeProject } from "../../lib/pipeline/share";
import type { NodeSpec, Project } from "../../lib/pipeline/types";
import { irisProject } from "../../lib/examples/iris-project";
import { launchChromium, withProductionServer } from "./harness";

const PORT = Number(process.env.BENCH_PORT ?? 3401);
/** Each chain link draws three canvas nodes: the function, its output dataset and its parameters. */
const CHAIN_LENGTH = 67;
const DRAG_STEPS = 120;
/** One frame at 60 Hz. */
const TARGET_FRAME_MS = 1000 / 60;

function chainProject(): Project {
  const base = irisProject();
  const nodes: NodeSpec[] = [];
  for (let i = 0; i < CHAIN_LENGTH; i++) {
    nodes.push({ name: `split_${i}`, kind: "create_split_column", inputs: [i === 0 ? "iris_train_raw" : `split_${i - 1}_out`, "params:split_params"], outputs: [`split_${i}_out`] });
  }
  return { pipelines: { chain: nodes }, catalog: { iris_train_raw: base.catalog.iris_train_raw }, parameters: base.parameters };
}

/** 1× is this machine; 4× approximates a slow student laptop (Chrome DevTools' CPU throttling). */
const CPU_SLOWDOWNS = [1, 4];

async function measureDrag(browser: Browser, base: string, slowdown: number) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  await page.goto(`${base}/exercises/iris#pipeline=${encodeProject(chainProject())}`);
  await page.getByTestId("palette-scaler_fit").waitFor();
  const canvasNodes = await page.locator(".react-flow__node").count();

  const node = page.getByTestId("node-split_33");
  const box = await node.boundingBox();
  if (!box) throw new Error("node split_33 is not visible");

  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    const times = [];
    window.frameTimes = times;
    const tick = (time) => {
      times.push(time);
      if (times.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  for (let step = 1; step <= DRAG_STEPS; step++) {
    await page.mouse.move(box.x + box.width / 2 + step * 2, box.y + 8 + Math.sin(step / 10) * 60);
  }
  await page.mouse.up();
  const times = (await page.evaluate("window.frameTimes.slice()")) as number[];
  const after = await node.boundingBox();
  await page.close();

  const intervals = times.slice(1).map((time, i) => time - times[i]).sort((a, b) => a - b);
  return { canvasNodes, intervals, moved: after ? Math.hypot(after.x - box.x, after.y - box.y) : 0 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  await withProductionServer(PORT, async (base) => {
    const browser = await launchChromium();
    console.log(`${CHAIN_LENGTH} function nodes, ${DRAG_STEPS} drag steps at 1366×768; target ${TARGET_FRAME_MS.toFixed(1)} ms per frame`);
    console.log("CPU slowdown  canvas nodes  frames  median ms  p95 ms  max ms  frames over 33 ms  node moved px");
    for (const slowdown of CPU_SLOWDOWNS) {
      const row = await measureDrag(browser, base, slowdown);
      console.log(
        `${`${slowdown}×`.padStart(12)} ${String(row.canvasNodes).padStart(13)} ${String(row.intervals.length).padStart(7)} ${percentile(row.intervals, 50).toFixed(1).padStart(10)} ${percentile(row.intervals, 95).toFixed(1).padStart(7)} ${row.intervals.at(-1)!.toFixed(1).padStart(7)} ${String(row.intervals.filter((ms) => ms > 33).length).padStart(18)} ${row.moved.toFixed(0).padStart(14)}`,
      );
    }
    await browser.close();
  });
}

main().catch((error: unknown) => {
  console.error(`[deploy-lab] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
