/**
 * Example projects the CLI can run, with the raw datasets they read: Iris
 * ships with the app, and diabetes reads the CSV files given with `--data`
 * and `--predict`.
 */
import { readFileSync } from "node:fs";
import { loadDiabetesCsv } from "../../lib/data/load-diabetes";
import type { Table } from "../../lib/data/table";
import { diabetesProject } from "../../lib/examples/diabetes-project";
import type { DiabetesModel } from "../../lib/examples/diabetes-project";
import { irisPredictRaw, irisTrainRaw } from "../../lib/examples/iris-data";
import { irisProject } from "../../lib/examples/iris-project";
import type { Locale } from "../../lib/i18n";
import { translateError } from "../../lib/i18n";
import type { Project } from "../../lib/pipeline/types";
import { UsageError } from "./usage";

/** Paths from `--data` (labeled rows) and `--predict` (unlabeled rows). */
export interface ExampleFiles {
  data?: string;
  predict?: string;
}

export interface Example {
  /** True when the raw datasets come from `--data` and `--predict` files. */
  readsFiles: boolean;
  project(files: ExampleFiles): Project;
  /** Loads the raw datasets; throws DataFileError for a file it cannot use, and UsageError for a missing option. */
  inputs(files: ExampleFiles, locale: Locale): Record<string, unknown>;
}

/** An input file that is missing or not a valid data set. The message is already translated. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataFileError";
  }
}

/**
 * Reads a diabetes CSV with `loadDiabetesCsv` (parse, recognise, target check).
 * A `labeled` file must have a target column.
 */
export function readDiabetesCsv(path: string, locale: Locale, labeled: boolean): Table {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DataFileError(translateError(locale, "DATA_FILE_UNREADABLE", { path, detail: (error as Error).message }));
  }

  const result = loadDiabetesCsv(bytes, { labeled, name: path });
  if (result.ok) return result.loaded.table;
  if (result.error.code === "DATA_FILE_UNLABELED") throw new DataFileError(translateError(locale, "DATA_FILE_UNLABELED", { path }));
  const detail = translateError(locale, result.error.code, result.error.params);
  throw new DataFileError(translateError(locale, "DATA_FILE_INVALID", { path, detail }));
}

/**
 * Builds the diabetes project for the CLI. Without a `--predict` file the
 * default run leaves model_predict out, because it has no rows to predict.
 */
export function diabetesCliProject(files: ExampleFiles, model: DiabetesModel = "logistic_regression"): Project {
  const project = diabetesProject(model);
  if (files.predict !== undefined) return project;
  const { model_predict: _unused, ...withLabels } = project.pipelines;
  return { ...project, pipelines: { ...project.pipelines, __default__: Object.values(withLabels).flat() } };
}

function diabetesInputs(files: ExampleFiles, locale: Locale): Record<string, unknown> {
  if (files.data === undefined) {
    throw new UsageError("missing --data: the diabetes example needs the labeled CSV file, e.g. --data diabetes_binary_5050split_health_indicators_BRFSS2015.csv.");
  }
  const inputs: Record<string, unknown> = { diabetes_raw: readDiabetesCsv(files.data, locale, true) };
  if (files.predict !== undefined) inputs.diabetes_predict_raw = readDiabetesCsv(files.predict, locale, false);
  return inputs;
}

export const EXAMPLES: Record<string, Example> = {
  iris: {
    readsFiles: false,
    project: irisProject,
    inputs: () => ({ iris_train_raw: irisTrainRaw(), iris_predict_raw: irisPredictRaw() }),
  },
  diabetes: { readsFiles: true, project: (files) => diabetesCliProject(files), inputs: diabetesInputs },
};

/** Returns the example, or writes the known names to stderr and returns undefined. */
export function findExample(name: string | undefined): Example | undefined {
  const example = name ? EXAMPLES[name] : undefined;
  if (!example) process.stderr.write(`[deploy-lab] unknown example "${name ?? ""}". Available: ${Object.keys(EXAMPLES).join(", ")}.\n`);
  return example;
}
