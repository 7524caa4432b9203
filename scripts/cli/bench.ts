/**
 * `lab bench <example>`: times whole pipeline runs in Node on each tfjs
 * backend and prints them next to the target, with tensor counts to show
 * that runs leak nothing.
 */
import * as tf from "@tensorflow/tfjs-core";
import { initBackend } from "../../lib/ml/backend";
import type { BackendName } from "../../lib/ml/backend";
import { createRegistry } from "../../lib/ml/kinds";
import { runPipeline } from "../../lib/pipeline/runner";
import { benchDiabetes } from "./bench-diabetes";
import { findExample } from "./examples";

/** Compute budget of one Iris run: the app promises well under a second. */
const TARGET_MS = 1000;

export interface BenchFlags {
  runs?: string;
  backend?: string;
  lang?: string;
  data?: string;
}

export async function benchCommand(args: string[], flags: BenchFlags): Promise<number> {
  if (args[0] === "diabetes") return benchDiabetes(flags);
  const example = findExample(args[0]);
  if (!example) return 2;
  const runs = Number(flags.runs ?? 10);
  if (!Number.isInteger(runs) || runs < 2) {
    process.stderr.write(`[deploy-lab] invalid --runs "${flags.runs}": use an integer of 2 or more (the first run is reported apart as the cold run).\n`);
    return 2;
  }
  const backends: BackendName[] = flags.backend === "cpu" || flags.backend === "wasm" ? [flags.backend] : ["wasm", "cpu"];

  process.stdout.write(`example ${args[0]} · ${runs} runs per backend · Node ${process.version}\n\n`);
  process.stdout.write("backend  cold ms  median ms  min ms  max ms  train_model ms  target ms  tensors before/after\n");
  const registry = createRegistry();
  let failed = false;
  for (const requested of backends) {
    const backend = await initBackend(requested);
    if (backend !== requested) {
      process.stdout.write(`${requested.padEnd(8)} not available (fell back to ${backend})\n`);
      continue;
    }
    const tensorsBefore = tf.memory().numTensors;
    const totals: number[] = [];
    const training: number[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await runPipeline(example.project({}), registry, { inputs: example.inputs({}, "en") });
      if (result.status !== "success") {
        process.stderr.write(`[deploy-lab] run ${i + 1} on ${backend} ended ${result.status}: ${JSON.stringify(result.failure ?? result.problems)}\n`);
        failed = true;
        break;
      }
      totals.push(result.durationMs);
      training.push(result.timings.find((timing) => timing.node === "train_model")?.durationMs ?? 0);
    }
    if (totals.length < 2) continue;
    const warm = totals.slice(1).sort((a, b) => a - b);
    const row = [
      backend.padEnd(8),
      fixed(totals[0]).padStart(7),
      fixed(median(warm)).padStart(10),
      fixed(warm[0]).padStart(7),
      fixed(warm.at(-1)!).padStart(7),
      fixed(median(training.slice(1))).padStart(15),
      String(TARGET_MS).padStart(10),
      `${tensorsBefore}/${tf.memory().numTensors}`.padStart(22),
    ];
    process.stdout.write(`${row.join(" ")}\n`);
  }
  return failed ? 1 : 0;
}

function median(sorted: number[]): number {
  const values = [...sorted].sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  return values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

function fixed(ms: number): string {
  return ms.toFixed(1);
}
