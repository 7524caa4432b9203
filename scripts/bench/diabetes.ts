/**
 * `npm run bench`: trains the diabetes exercise's logistic regression and
 * 32-unit MLP on the Kaggle 50/50 file (80/20 stratified split, seed 42).
 * It fits each model in Node on each tfjs backend and on the exercise page in
 * headless Chromium, and prints fit time, epochs, macro F1 and ROC AUC beside
 * scikit-learn's reference figures. It is a benchmark, not a test, so a slow
 * figure never fails it.
 *
 *   npm run bench -- [--data FILE] [--url URL | --port N] [--node-backends wasm,cpu] [--skip-browser] [--json FILE]
 */
import { existsSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BackendName } from "../../lib/ml/backend";
import { fitDiabetesModels } from "../cli/bench-diabetes";
import { DataFileError, EXAMPLES } from "../cli/examples";
import { fitOnExercisePage } from "./diabetes-browser";
import { DIABETES_MODELS, SKLEARN_REFERENCE, formatBenchTable, f1GapToReference, referenceRow } from "./diabetes-table";
import type { BenchRow } from "./diabetes-table";
import { launchChromium, withProductionServer } from "./harness";

const DEFAULT_DATA = "../shared/data/diabetes_binary_5050split_health_indicators_BRFSS2015.csv";
const DEFAULT_PORT = 3150;
const BACKENDS: BackendName[] = ["wasm", "cpu"];

const USAGE = `Usage: npm run bench -- [options]

Trains the diabetes logistic regression and MLP in Node and on the exercise
page in headless Chromium, and prints the figures beside scikit-learn's.

Options:
  --data FILE             The labeled Kaggle 50/50 CSV (default: ${DEFAULT_DATA})
  --url URL               Use the server already running at URL instead of
                          starting the production build
  --port N                Port of the production server it starts on
                          127.0.0.1 (default: ${DEFAULT_PORT})
  --node-backends LIST    tfjs backends for the Node rows, comma-separated:
                          wasm, cpu, or none (default: wasm,cpu)
  --skip-browser          Leave out the Chromium rows
  --json FILE             Also write the figures to FILE as JSON
  -h, --help              Show this help
`;

interface Options {
  data: string;
  url?: string;
  port: number;
  nodeBackends: BackendName[];
  browser: boolean;
  json?: string;
}

class UsageError extends Error {}

function readOptions(argv: string[]): Options | "help" {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      data: { type: "string", default: DEFAULT_DATA },
      url: { type: "string" },
      port: { type: "string", default: String(DEFAULT_PORT) },
      "node-backends": { type: "string", default: BACKENDS.join(",") },
      "skip-browser": { type: "boolean", default: false },
      json: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";

  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new UsageError(`invalid --port "${values.port}": use an integer from 1 to 65535.`);
  const requested = values["node-backends"] === "none" ? [] : values["node-backends"].split(",").map((name) => name.trim());
  const unknown = requested.filter((name) => !BACKENDS.includes(name as BackendName));
  if (unknown.length > 0) throw new UsageError(`invalid --node-backends "${values["node-backends"]}": use wasm, cpu, both comma-separated, or none.`);
  if (values.url !== undefined && !URL.canParse(values.url)) throw new UsageError(`invalid --url "${values.url}": give an absolute URL such as http://127.0.0.1:3000.`);

  return {
    data: values.data,
    url: values.url?.replace(/\/+$/, ""),
    port,
    nodeBackends: requested as BackendName[],
    browser: !values["skip-browser"],
    json: values.json,
  };
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function nodeRows(options: Options): Promise<{ rows: BenchRow[]; failed: boolean }> {
  const files = { data: options.data };
  const inputs = EXAMPLES.diabetes.inputs(files, "en");
  const rows: BenchRow[] = [];
  let failed = false;
  for (const backend of options.nodeBackends) {
    progress(`Node ${backend}: data_engineering, then model_train for each model`);
    const outcome = await fitDiabetesModels(backend, files, inputs);
    const source = `Node ${backend}`;
    if (outcome.status === "unavailable") {
      for (const model of DIABETES_MODELS) rows.push({ model, source, note: `n/a (backend not available, fell back to ${outcome.fellBackTo})` });
      continue;
    }
    for (const failure of outcome.failures) progress(`failed: ${failure.message}`);
    failed ||= outcome.failures.length > 0;
    for (const model of DIABETES_MODELS) {
      const fit = outcome.fits.find((candidate) => candidate.model === model);
      rows.push(fit ? { model, source, fitSeconds: fit.fitMs / 1000, epochs: fit.epochs, macroF1: fit.macroF1, auc: fit.rocAuc } : { model, source, note: "failed (see the message above)" });
    }
  }
  return { rows, failed };
}

async function browserRows(options: Options, base: string): Promise<{ rows: BenchRow[]; failed: boolean; chromium: string }> {
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  let failed = false;
  try {
    for (const model of DIABETES_MODELS) {
      progress(`Chromium: ${model} on ${base}/exercises/diabetes`);
      try {
        const figures = await fitOnExercisePage(browser, base, resolve(options.data), model);
        rows.push({ model, source: `Chromium ${figures.backend}`, fitSeconds: figures.fitMs / 1000, epochs: figures.epochs, macroF1: figures.macroF1, auc: figures.auc });
      } catch (error) {
        progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
        failed = true;
        rows.push({ model, source: "Chromium", note: "failed (see the message above)" });
      }
    }
    return { rows, failed, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

function writeJson(file: string, rows: BenchRow[], chromium: string | undefined): void {
  const report = {
    date: new Date().toISOString(),
    machine: { node: process.version, chromium, cores: cpus().length, loadAverage1m: Number(loadavg()[0].toFixed(2)) },
    split: { trainRatio: 0.8, testRatio: 0.2, seed: 42, stratify: "Diabetes" },
    reference: SKLEARN_REFERENCE,
    rows: rows.map((row) => ({ ...row, f1GapToReference: f1GapToReference(row) })),
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

async function main(argv: string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = readOptions(argv);
  } catch (error) {
    // parseArgs rejects unknown options and missing values with a TypeError.
    if (!(error instanceof UsageError || error instanceof TypeError)) throw error;
    process.stderr.write(`[bench] ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(USAGE);
    return 0;
  }

  if (!existsSync(options.data)) {
    process.stderr.write(
      `[bench] data file not found: ${resolve(options.data)}. The default is the workshop's Kaggle 50/50 file in ../shared/data/ beside this repository; pass --data FILE to read it from another path.\n`,
    );
    return 2;
  }
  if (options.browser && options.url === undefined && !existsSync(".next/BUILD_ID")) {
    process.stderr.write("[bench] no production build in .next/: run npm run build first, or pass --url to use a running server, or --skip-browser.\n");
    return 2;
  }

  const rows: BenchRow[] = DIABETES_MODELS.map(referenceRow);
  let failed = false;
  let chromium: string | undefined;
  try {
    const node = await nodeRows(options);
    rows.push(...node.rows);
    failed ||= node.failed;
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    process.stderr.write(`[bench] ${error.message}\n`);
    return 2;
  }

  if (options.browser) {
    const measure = async (base: string) => {
      const browser = await browserRows(options, base);
      rows.push(...browser.rows);
      failed ||= browser.failed;
      chromium = browser.chromium;
    };
    if (options.url !== undefined) await measure(options.url);
    else await withProductionServer(options.port, measure);
  }

  process.stdout.write(
    `\nDiabetes benchmark · Kaggle 50/50 file · 80/20 stratified split, seed 42 · Node ${process.version}` +
      `${chromium ? ` · Chromium ${chromium}` : ""} · ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}\n` +
      "F1 gap: macro F1 minus scikit-learn's. Fit s: wall time of the train_model node.\n\n",
  );
  process.stdout.write(formatBenchTable(rows));
  if (options.json !== undefined) {
    writeJson(options.json, rows, chromium);
    progress(`wrote ${options.json}`);
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
