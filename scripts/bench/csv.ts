/**
 * Measures `parseCsv` and `recognizeDiabetes` on a CSV file in Node: time per
 * run and the heap growth during parsing. The heap is sampled at each
 * progress callback (about every 5% of the text) and after the parse, so the
 * peak is a lower bound of the true peak.
 *
 *   npx tsx --expose-gc scripts/bench/csv.ts [FILE] [--runs N]
 *
 * FILE defaults to the workshop's 50/50 diabetes file in ../shared/data/.
 */
import { readFileSync } from "node:fs";
import { parseCsv } from "../../lib/data/csv";
import { recognizeDiabetes } from "../../lib/data/diabetes";

const DEFAULT_FILE = "../shared/data/diabetes_binary_5050split_health_indicators_BRFSS2015.csv";
const MB = 1_000_000;

interface RunFigures {
  parseMs: number;
  recognizeMs: number;
  peakHeapDelta: number;
  retainedHeapDelta: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc, for example: npx tsx --expose-gc scripts/bench/csv.ts");
  gc();
}

function measureRun(bytes: Uint8Array): RunFigures {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampleHeap = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };

  const start = performance.now();
  const parsed = parseCsv(bytes, { onProgress: sampleHeap });
  const parseMs = performance.now() - start;
  sampleHeap();
  if (!parsed.ok) throw new Error(`parse failed: ${JSON.stringify(parsed.error)}`);

  const recognizeStart = performance.now();
  const recognized = recognizeDiabetes(parsed.table);
  const recognizeMs = performance.now() - recognizeStart;
  if (!recognized.ok) throw new Error(`recognition failed: ${JSON.stringify(recognized.error)}`);

  collectGarbage();
  const retained = process.memoryUsage().heapUsed;
  // Keep the table alive until the retained heap is measured.
  if (parsed.table.rowCount < 0) console.log(parsed.table.rowCount);
  return { parseMs, recognizeMs, peakHeapDelta: peak - baseline, retainedHeapDelta: retained - baseline };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const args = process.argv.slice(2);
  const runsFlag = args.indexOf("--runs");
  const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 5;
  const file = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--runs") ?? DEFAULT_FILE;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${args[runsFlag + 1]}`);

  const bytes = new Uint8Array(readFileSync(file));
  console.log(`${file}: ${(bytes.byteLength / MB).toFixed(2)} MB, Node ${process.version}`);

  const figures: RunFigures[] = [];
  for (let i = 0; i < runs; i++) figures.push(measureRun(bytes));

  const [cold, ...warm] = figures;
  const format = (run: RunFigures) =>
    `parse ${run.parseMs.toFixed(0)} ms, recognize ${run.recognizeMs.toFixed(0)} ms, ` +
    `peak heap +${(run.peakHeapDelta / MB).toFixed(1)} MB, retained +${(run.retainedHeapDelta / MB).toFixed(1)} MB`;
  console.log(`cold: ${format(cold)}`);
  if (warm.length > 0) {
    console.log(
      `warm median of ${warm.length}: parse ${median(warm.map((run) => run.parseMs)).toFixed(0)} ms, ` +
        `recognize ${median(warm.map((run) => run.recognizeMs)).toFixed(0)} ms, ` +
        `peak heap +${(median(warm.map((run) => run.peakHeapDelta)) / MB).toFixed(1)} MB`,
    );
  }
}

main();
