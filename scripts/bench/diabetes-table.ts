/**
 * Pure parts of the diabetes benchmark (`npm run bench`): scikit-learn's
 * reference figures, the printed table and the figures read from the
 * exercise page's data attributes. No I/O, so unit tests cover them.
 */
import type { DiabetesModel } from "../../lib/examples/diabetes-project";

export interface ReferenceFigures {
  macroF1: number;
  auc: number;
  fitSeconds: number;
}

/**
 * The workshop's scikit-learn 1.2.1 figures on the same Kaggle 50/50 file:
 * LogisticRegression and MLPClassifier(hidden_layer_sizes=(32,)), 80/20
 * split with random_state 42 (scikit-learn's own split, not the app's), 46
 * columns after encoding, timed on 2 cores. They were not rerun here.
 */
export const SKLEARN_REFERENCE: Record<DiabetesModel, ReferenceFigures> = {
  logistic_regression: { macroF1: 0.7495, auc: 0.826, fitSeconds: 1.56 },
  mlp: { macroF1: 0.752, auc: 0.831, fitSeconds: 3.3 },
};

export const SKLEARN_SOURCE = "scikit-learn 1.2.1";

export const DIABETES_MODELS: DiabetesModel[] = ["logistic_regression", "mlp"];

export const MODEL_TITLES: Record<DiabetesModel, string> = {
  logistic_regression: "Logistic regression",
  mlp: "MLP (32 hidden units)",
};

/**
 * One row of the table. A row without figures carries a `note` saying why
 * (for example a backend that is not available, or a failed run).
 */
export interface BenchRow {
  model: DiabetesModel;
  /** Origin of the figures, such as "Node wasm", "Chromium wasm" or "scikit-learn 1.2.1". */
  source: string;
  fitSeconds?: number;
  /** Epochs the model trained; undefined for the reference, which does not report them. */
  epochs?: number;
  macroF1?: number;
  auc?: number;
  note?: string;
}

export function referenceRow(model: DiabetesModel): BenchRow {
  const reference = SKLEARN_REFERENCE[model];
  return { model, source: SKLEARN_SOURCE, fitSeconds: reference.fitSeconds, macroF1: reference.macroF1, auc: reference.auc };
}

/** Returns the row's macro F1 minus scikit-learn's (negative means below the reference), or undefined without a figure. */
export function f1GapToReference(row: BenchRow): number | undefined {
  if (row.macroF1 === undefined || row.source === SKLEARN_SOURCE) return undefined;
  return row.macroF1 - SKLEARN_REFERENCE[row.model].macroF1;
}

const COLUMNS = [
  { title: "source", width: 22, align: "left" },
  { title: "fit s", width: 7, align: "right" },
  { title: "epochs", width: 7, align: "right" },
  { title: "macro F1", width: 9, align: "right" },
  { title: "AUC", width: 7, align: "right" },
  { title: "F1 gap", width: 8, align: "right" },
] as const;

const MISSING = "–";

function cell(text: string, index: number): string {
  const { width, align } = COLUMNS[index];
  return align === "left" ? text.padEnd(width) : text.padStart(width);
}

function fixed(value: number | undefined, digits: number): string {
  return value === undefined ? MISSING : value.toFixed(digits);
}

function signed(value: number | undefined): string {
  if (value === undefined) return MISSING;
  const text = value.toFixed(4);
  // -0.00001 rounds to "-0.0000": print it as no gap.
  if (Number(text) === 0) return "0.0000";
  return value > 0 ? `+${text}` : text;
}

function formatRow(row: BenchRow): string {
  const source = cell(row.source, 0);
  if (row.note !== undefined && row.macroF1 === undefined) return `${source} ${row.note}`;
  const cells = [
    source,
    cell(fixed(row.fitSeconds, 2), 1),
    cell(row.epochs === undefined ? MISSING : String(row.epochs), 2),
    cell(fixed(row.macroF1, 4), 3),
    cell(fixed(row.auc, 4), 4),
    cell(signed(f1GapToReference(row)), 5),
  ];
  return cells.join(" ");
}

/**
 * Formats the rows as one text table per model, in `DIABETES_MODELS` order
 * and in the given row order within a model. "F1 gap" is the row's macro F1
 * minus scikit-learn's.
 */
export function formatBenchTable(rows: BenchRow[]): string {
  const header = COLUMNS.map((column, index) => cell(column.title, index)).join(" ");
  const sections: string[] = [];
  for (const model of DIABETES_MODELS) {
    const modelRows = rows.filter((row) => row.model === model);
    if (modelRows.length === 0) continue;
    sections.push([MODEL_TITLES[model], header, ...modelRows.map(formatRow)].join("\n"));
  }
  return `${sections.join("\n\n")}\n`;
}

/** Figures the exercise page shows after a `model_train` run, read from its data attributes. */
export interface PageFigures {
  /** `data-duration-ms` of the `train_model` canvas node. */
  fitMs: number;
  /** `data-progress-step` of the `train_model` node: the last epoch it reported. */
  epochs: number;
  /** `data-value` of the f1-score cell in the classification report's "macro avg" row. */
  macroF1: number;
  /** `data-value` of `test-roc-auc`. */
  auc: number;
  /** `data-duration-ms` of `run-summary`: the whole `model_train` run. */
  runMs: number;
  /** `data-backend` of `run-summary`: the tfjs backend of the page's Web Worker. */
  backend: string;
}

/** Raw attribute values as Playwright's `getAttribute` returns them (null when absent). */
export type PageAttributes = Record<keyof PageFigures, string | null>;

/** The page gave no usable value for a figure; the message names the attribute and the value. */
export class PageFigureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PageFigureError";
  }
}

function readNumber(attributes: PageAttributes, key: Exclude<keyof PageFigures, "backend">, check: (value: number) => boolean, expected: string): number {
  const raw = attributes[key];
  if (raw === null || raw.trim() === "") throw new PageFigureError(`the page shows no ${key}: its data attribute is missing or empty`);
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) throw new PageFigureError(`invalid ${key} "${raw}" on the page: expected ${expected}`);
  return value;
}

/** Converts the page's attribute strings to figures; throws PageFigureError naming the first missing or invalid one. */
export function parsePageFigures(attributes: PageAttributes): PageFigures {
  const unitInterval = (value: number) => value >= 0 && value <= 1;
  const backend = attributes.backend?.trim();
  if (!backend) throw new PageFigureError("the page shows no backend: data-backend of run-summary is missing or empty");
  return {
    fitMs: readNumber(attributes, "fitMs", (value) => value >= 0, "a duration of 0 ms or more"),
    epochs: readNumber(attributes, "epochs", (value) => Number.isInteger(value) && value >= 1, "an integer of 1 or more"),
    macroF1: readNumber(attributes, "macroF1", unitInterval, "a number from 0 to 1"),
    auc: readNumber(attributes, "auc", unitInterval, "a number from 0 to 1"),
    runMs: readNumber(attributes, "runMs", (value) => value >= 0, "a duration of 0 ms or more"),
    backend,
  };
}
