/**
 * `lab run <example>`: runs an example project in Node and prints the run
 * log and the results, as text or as one JSON object (`--json`).
 */
import { isTable, tableToRows } from "../../lib/data/table";
import { isLocale, translateError } from "../../lib/i18n";
import type { Locale } from "../../lib/i18n";
import { initBackend } from "../../lib/ml/backend";
import { createRegistry } from "../../lib/ml/kinds";
import type { LogLevel } from "../../lib/pipeline/events";
import { runPipeline } from "../../lib/pipeline/runner";
import { findExample } from "./examples";

interface RunFlags {
  pipeline?: string;
  "from-nodes"?: string;
  backend?: string;
  lang?: string;
  json?: boolean;
}

export async function runCommand(args: string[], flags: RunFlags): Promise<number> {
  const name = args[0];
  const example = findExample(name);
  if (!example) return 2;
  if (flags.backend !== "wasm" && flags.backend !== "cpu") {
    process.stderr.write(`[deploy-lab] invalid --backend "${flags.backend}": use wasm or cpu.\n`);
    return 2;
  }
  const locale: Locale = isLocale(flags.lang) ? flags.lang : "pt-BR";

  const backend = await initBackend(flags.backend);
  const log: { time: string; level: LogLevel; message: string }[] = [];
  const print = (level: LogLevel, message: string) => {
    const line = { time: new Date().toISOString().slice(11, 19), level, message };
    log.push(line);
    if (!flags.json) process.stdout.write(`[${line.time}] ${level.padEnd(8)} ${message}\n`);
  };

  const result = await runPipeline(example.project(), createRegistry(), {
    pipeline: flags.pipeline,
    fromNodes: flags["from-nodes"]?.split(",").map((node) => node.trim()).filter(Boolean),
    inputs: example.inputs(),
    formatError: (code, params) => translateError(locale, code, params),
    onEvent: (event) => {
      if (event.type === "log") print(event.level, event.message);
    },
  });

  for (const problem of result.problems) {
    print("ERROR", `${problem.code}: ${translateError(locale, problem.code, problem.params)}`);
  }

  const report = result.datasets.test_classification_report;
  const confusion = result.datasets.test_confusion_matrix;
  const predicted = result.datasets.predicted;
  if (flags.json) {
    const output = {
      example: name,
      status: result.status,
      pipeline: result.pipeline,
      backend,
      durationMs: round(result.durationMs),
      timings: result.timings.map((timing) => ({ node: timing.node, durationMs: round(timing.durationMs) })),
      problems: result.problems,
      failure: result.failure,
      report,
      confusionMatrix: confusion,
      predicted: isTable(predicted) ? tableToRows(predicted) : undefined,
      log,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    if (report) process.stdout.write(`\ntest_classification_report:\n${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\nstatus: ${result.status} · backend: ${backend} · ${round(result.durationMs)} ms\n`);
  }
  return result.status === "success" ? 0 : 1;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
