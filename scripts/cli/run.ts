/**
 * `lab run <example>`: runs an example project in Node and prints the run
 * log and the results, as text or as one JSON object (`--json`).
 */
import { writeFileSync } from "node:fs";
import { tableToCsv } from "../../lib/data/csv-export";
import { isTable, tableToRows } from "../../lib/data/table";
import { isLocale, translateError } from "../../lib/i18n";
import { initBackend } from "../../lib/ml/backend";
import { createRegistry } from "../../lib/ml/kinds";
import type { LogLevel } from "../../lib/pipeline/events";
import { runPipeline } from "../../lib/pipeline/runner";
import { DataFileError, findExample } from "./examples";
import { loadStoredDatasets, saveCatalogDatasets } from "./store";
import { UsageError } from "./usage";

export interface RunFlags {
  pipeline?: string;
  "from-nodes"?: string;
  backend?: string;
  lang?: string;
  json?: boolean;
  "data-dir"?: string;
  data?: string;
  predict?: string;
  out?: string;
}

type ReportRow = { precision: number; recall: number; "f1-score": number; support: number };

export async function runCommand(args: string[], flags: RunFlags): Promise<number> {
  if (args.length > 1) throw new UsageError(`unexpected argument "${args[1]}": run takes one example name.`);
  const name = args[0];
  const example = findExample(name);
  if (!example) return 2;
  const backendName = flags.backend ?? "wasm";
  if (backendName !== "wasm" && backendName !== "cpu") throw new UsageError(`invalid --backend "${backendName}": use wasm or cpu.`);
  const locale = flags.lang ?? "pt-BR";
  if (!isLocale(locale)) throw new UsageError(`invalid --lang "${locale}": use pt-BR or en.`);
  const dataDir = flags["data-dir"] ?? `.lab-data/${name}`;
  const files = { data: flags.data, predict: flags.predict };
  if (!example.readsFiles && (files.data !== undefined || files.predict !== undefined)) {
    throw new UsageError(`--data and --predict are only for examples that read CSV files (diabetes), not ${name}.`);
  }
  let inputs: Record<string, unknown>;
  try {
    inputs = example.inputs(files, locale);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    process.stderr.write(`[deploy-lab] ${error.message}\n`);
    return 2;
  }

  const backend = await initBackend(backendName);
  const log: { time: string; level: LogLevel; message: string }[] = [];
  const print = (level: LogLevel, message: string) => {
    const line = { time: new Date().toISOString().slice(11, 19), level, message };
    log.push(line);
    if (!flags.json) process.stdout.write(`[${line.time}] ${level.padEnd(8)} ${message}\n`);
  };

  const project = example.project(files);
  const stored = loadStoredDatasets(dataDir, project.catalog);
  const result = await runPipeline(project, createRegistry(), {
    pipeline: flags.pipeline,
    fromNodes: flags["from-nodes"]?.split(",").map((node) => node.trim()).filter(Boolean),
    inputs: { ...stored, ...inputs },
    formatError: (code, params) => translateError(locale, code, params),
    onEvent: (event) => {
      if (event.type === "log") print(event.level, event.message);
    },
  });
  const produced = new Set(result.timings.flatMap((timing) => Object.values(project.pipelines).flat().find((node) => node.name === timing.node)?.outputs ?? []));
  const saved = saveCatalogDatasets(dataDir, project.catalog, Object.fromEntries(Object.entries(result.datasets).filter(([dataset]) => produced.has(dataset))));
  if (saved.length > 0) print("INFO", `Kept ${saved.length} catalog datasets in ${dataDir} for later runs.`);

  const report = result.datasets.test_classification_report as Record<string, ReportRow | number> | undefined;
  const encoder = result.datasets.target_encoder_fitted ?? stored.target_encoder_fitted;
  const classes = (encoder as { classes?: unknown[] } | undefined)?.classes?.map(String);
  const predicted = result.datasets.predicted;
  const outWritten = flags.out === undefined || writePredictions(flags.out, predicted, print);
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
      classNames: classes,
      confusionMatrix: result.datasets.test_confusion_matrix,
      predicted: isTable(predicted) ? tableToRows(predicted) : undefined,
      log,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    if (report) process.stdout.write(`\ntest_classification_report\n${formatReport(report, classes ?? [])}`);
    process.stdout.write(`\nstatus: ${result.status} · backend: ${backend} · ${round(result.durationMs)} ms\n`);
  }
  return result.status === "success" && outWritten ? 0 : 1;
}

/** Writes `predicted` to `path` as spreadsheet-safe CSV; returns false when the run produced no predictions. */
function writePredictions(path: string, predicted: unknown, print: (level: LogLevel, message: string) => void): boolean {
  if (!isTable(predicted)) {
    process.stderr.write(`[deploy-lab] --out ${path}: this run produced no predicted dataset, so nothing was written. Run model_predict (for diabetes, pass --predict).\n`);
    return false;
  }
  writeFileSync(path, tableToCsv(predicted));
  print("INFO", `Wrote ${predicted.rowCount} predictions to ${path}.`);
  return true;
}

/** Lays the report out like scikit-learn's text `classification_report`. */
export function formatReport(report: Record<string, ReportRow | number>, classes: string[]): string {
  const rows = Object.entries(report).filter((entry): entry is [string, ReportRow] => typeof entry[1] === "object");
  const label = (key: string) => classes[Number(key)] ?? key;
  const width = Math.max(12, ...rows.map(([key]) => label(key).length));
  const cell = (value: number) => value.toFixed(2).padStart(10);
  let text = `${"".padStart(width)} ${"precision".padStart(10)} ${"recall".padStart(10)} ${"f1-score".padStart(10)} ${"support".padStart(10)}\n`;
  const line = (name: string, row: ReportRow) =>
    `${name.padStart(width)} ${cell(row.precision)} ${cell(row.recall)} ${cell(row["f1-score"])} ${String(row.support).padStart(10)}\n`;
  for (const [key, row] of rows.filter(([key]) => !key.endsWith(" avg"))) text += line(label(key), row);
  if (typeof report.accuracy === "number") text += `\n${"accuracy".padStart(width)} ${"".padStart(21)} ${cell(report.accuracy)}\n`;
  for (const [key, row] of rows.filter(([key]) => key.endsWith(" avg"))) text += line(key, row);
  // evaluate_binary adds the ROC AUC of class 1. scikit-learn's text report has no AUC row, so it gets a line of its own.
  if (typeof report.roc_auc === "number") text += `\n${"roc_auc".padStart(width)} ${"".padStart(21)} ${cell(report.roc_auc)}\n`;
  return text;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
