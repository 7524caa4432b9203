/**
 * The `random_search_cv` kind: random search over the classifier's
 * hyperparameters, each trial scored by stratified k-fold cross-validation
 * on the training rows with macro F1, like scikit-learn's
 * `RandomizedSearchCV(scoring="f1_macro")`.
 *
 * The search space is written in parameters.yml:
 *
 * ```yaml
 * hpo:
 *   model: logistic_regression
 *   n_trials: 8
 *   folds: 3
 *   seed: 42
 *   sample_rows: 12000
 *   fixed: {seed: 42}
 *   search_space:
 *     learning_rate: {log_uniform: [0.0005, 0.02]}
 *     epochs: {int: [4, 12]}
 *     batch_size: [128, 256, 512]
 * ```
 */
import { RunCancelledError } from "../pipeline/errors";
import type { NodeContext, NodeKind } from "../pipeline/registry";
import type { ParameterValue } from "../pipeline/types";
import { macroScores } from "./backtest";
import type { ParameterBlock } from "./inputs";
import { invalidParameter, readNumber, requireParameters } from "./inputs";
import type { FeatureMatrix } from "./logistic";
import { argmaxRows } from "./logistic";
import type { SearchModel } from "./fit";
import { fitClassifier } from "./fit";
import { attributeErrorsToParams, classifierProbabilities, readTrainingData } from "./model-kinds";
import { meanAndStd } from "./permutation";
import { mulberry32 } from "./random";
import type { RandomSource } from "./random";
import { stratifiedIndices, stratifiedKFold } from "./stratified";
import { gatherRows, gatherValues } from "./training";

export type { SearchModel } from "./fit";

/** One hyperparameter's range: sampled log-uniformly, uniformly, as an integer, or from a list. */
export type SearchDimension =
  | { kind: "log_uniform"; low: number; high: number }
  | { kind: "uniform"; low: number; high: number }
  | { kind: "int"; low: number; high: number }
  | { kind: "choice"; values: number[] };

export type SearchSpace = Record<string, SearchDimension>;

/** The hyperparameters each model accepts, with the rule a value must follow. */
const TUNABLE: Record<SearchModel, Record<string, { integer: boolean; min: number }>> = {
  logistic_regression: {
    learning_rate: { integer: false, min: Number.MIN_VALUE },
    epochs: { integer: true, min: 1 },
    batch_size: { integer: true, min: 1 },
    l2: { integer: false, min: 0 },
  },
  mlp: {
    learning_rate: { integer: false, min: Number.MIN_VALUE },
    epochs: { integer: true, min: 1 },
    batch_size: { integer: true, min: 1 },
    l2: { integer: false, min: 0 },
    hidden_units: { integer: true, min: 1 },
  },
};

/** Values used for a hyperparameter that is neither searched nor fixed. */
const DEFAULTS: Record<SearchModel, Record<string, number>> = {
  logistic_regression: { learning_rate: 0.003, epochs: 10, batch_size: 256, l2: 0 },
  mlp: { learning_rate: 0.001, epochs: 10, batch_size: 200, l2: 0, hidden_units: 32 },
};

export interface HpoTrial {
  /** 1-based trial number, in sampling order. */
  trial: number;
  /** The sampled hyperparameters (only the searched ones). */
  params: Record<string, number>;
  /** Mean macro F1 over the folds. */
  f1_macro: number;
  /** Population standard deviation of macro F1 over the folds. */
  f1_std: number;
  fold_scores: number[];
  /** Wall-clock time of the trial's fits, in seconds. */
  seconds: number;
}

export interface HpoReport {
  kind: "hpo_trials";
  model: SearchModel;
  metric: "f1_macro";
  folds: number;
  /** Rows the cross-validation used (after `sample_rows`). */
  rows: number;
  trials: HpoTrial[];
  best_trial: number;
  /** Every hyperparameter train_model or train_mlp reads: fixed, defaults and the best trial's values. */
  best_params: Record<string, number>;
}

export interface HpoConfig {
  model: SearchModel;
  trials: number;
  folds: number;
  seed: number;
  sampleRows?: number;
  fixed: Record<string, number>;
  space: SearchSpace;
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isBlock(value: unknown): value is ParameterBlock {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readPair(value: unknown, key: string, form: string, integer: boolean, port: string): [number, number] {
  const ok = Array.isArray(value) && value.length === 2 && value.every(isNumber) && value[0] <= value[1] && (!integer || value.every(Number.isInteger));
  if (!ok) throw invalidParameter(`search_space.${key}.${form}`, value, `[low, high] with low <= high${integer ? ", both integers" : ""}`, port);
  return value as [number, number];
}

/**
 * Reads one dimension: `{log_uniform: [low, high]}`, `{uniform: [low, high]}`,
 * `{int: [low, high]}` or a list of values to choose from.
 */
function readDimension(key: string, value: ParameterValue, rule: { integer: boolean; min: number }, port: string): SearchDimension {
  const path = `search_space.${key}`;
  const checkValue = (candidate: number, where: string) => {
    if (candidate < rule.min || (rule.integer && !Number.isInteger(candidate))) {
      throw invalidParameter(where, candidate, `${rule.integer ? "an integer" : "a number"} >= ${rule.min === Number.MIN_VALUE ? "0 (exclusive)" : rule.min}`, port);
    }
  };

  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every(isNumber)) throw invalidParameter(path, value, "a non-empty list of numbers", port);
    value.forEach((candidate) => checkValue(candidate as number, path));
    return { kind: "choice", values: value as number[] };
  }
  if (isBlock(value)) {
    const forms = Object.keys(value);
    if (forms.length === 1 && (forms[0] === "log_uniform" || forms[0] === "uniform" || forms[0] === "int")) {
      const form = forms[0];
      const [low, high] = readPair(value[form], key, form, form === "int", port);
      checkValue(low, `${path}.${form}`);
      if (form === "log_uniform" && low <= 0) throw invalidParameter(`${path}.${form}`, value[form], "[low, high] with 0 < low <= high", port);
      return { kind: form, low, high };
    }
  }
  throw invalidParameter(path, value, "{log_uniform: [low, high]}, {uniform: [low, high]}, {int: [low, high]} or a list of values", port);
}

/** Reads and checks the `params:hpo` block. Errors name the key at fault, e.g. `search_space.epochs.int`. */
export function readHpoConfig(paramsValue: unknown, port = "params"): HpoConfig {
  const params = requireParameters(paramsValue, port);
  const model = params.model ?? "logistic_regression";
  if (model !== "logistic_regression" && model !== "mlp") throw invalidParameter("model", model, '"logistic_regression" or "mlp"', port);
  const tunable = TUNABLE[model];

  const spaceValue = params.search_space;
  if (!isBlock(spaceValue) || Object.keys(spaceValue).length === 0) {
    throw invalidParameter("search_space", spaceValue, `a mapping of hyperparameters to ranges, from: ${Object.keys(tunable).join(", ")}`, port);
  }
  const space: SearchSpace = {};
  for (const [key, value] of Object.entries(spaceValue)) {
    if (!(key in tunable)) throw invalidParameter(`search_space.${key}`, value, `one of ${Object.keys(tunable).join(", ")} for ${model}`, port);
    space[key] = readDimension(key, value, tunable[key], port);
  }

  const fixedValue = params.fixed ?? {};
  if (!isBlock(fixedValue)) throw invalidParameter("fixed", fixedValue, "a mapping of hyperparameters to values", port);
  const fixed: Record<string, number> = {};
  for (const [key, value] of Object.entries(fixedValue)) {
    if (key === "seed") {
      fixed.seed = readNumber(fixedValue, "seed", port, { integer: true });
      continue;
    }
    if (!(key in tunable)) throw invalidParameter(`fixed.${key}`, value, `seed or one of ${Object.keys(tunable).join(", ")}`, port);
    fixed[key] = readNumber(fixedValue, key, port, { integer: tunable[key].integer, min: tunable[key].min });
  }

  const sampleRows = params.sample_rows === undefined ? undefined : readNumber(params, "sample_rows", port, { integer: true, min: 10 });
  return {
    model,
    trials: readNumber(params, "n_trials", port, { integer: true, min: 1, max: 200, fallback: 8 }),
    folds: readNumber(params, "folds", port, { integer: true, min: 2, max: 10, fallback: 3 }),
    seed: readNumber(params, "seed", port, { integer: true, fallback: 0 }),
    sampleRows,
    fixed,
    space,
  };
}

/** Draws one value of each dimension, in the order the search space lists them. */
export function sampleTrial(space: SearchSpace, random: RandomSource): Record<string, number> {
  const params: Record<string, number> = {};
  for (const [key, dimension] of Object.entries(space)) {
    const u = random();
    switch (dimension.kind) {
      case "log_uniform":
        params[key] = Math.exp(Math.log(dimension.low) + u * (Math.log(dimension.high) - Math.log(dimension.low)));
        break;
      case "uniform":
        params[key] = dimension.low + u * (dimension.high - dimension.low);
        break;
      case "int":
        params[key] = dimension.low + Math.floor(u * (dimension.high - dimension.low + 1));
        break;
      case "choice":
        params[key] = dimension.values[Math.floor(u * dimension.values.length)];
        break;
    }
  }
  return params;
}

function subset(x: FeatureMatrix, rows: readonly number[]): FeatureMatrix {
  return { values: gatherRows(x, rows), rows: rows.length, columns: x.columns };
}

/** Returns the full hyperparameter set of a trial: defaults, then fixed values, then the sampled ones. */
export function trialParams(config: HpoConfig, sampled: Record<string, number>): Record<string, number> {
  return { ...DEFAULTS[config.model], seed: config.seed, ...config.fixed, ...sampled };
}

export interface SearchCallbacks {
  signal?: AbortSignal;
  /** After every fit: fits done so far and fits in all. */
  onFit?(done: number, total: number): void;
  onTrial?(trial: HpoTrial): void;
}

/**
 * Runs the search on a feature matrix and its class codes. Every trial uses
 * the same folds, so their scores compare like for like; the same config
 * repeats the same trials and scores.
 */
export async function randomSearchCv(
  x: FeatureMatrix,
  labels: readonly number[],
  classes: number,
  features: readonly string[],
  config: HpoConfig,
  callbacks: SearchCallbacks = {},
): Promise<HpoReport> {
  let rows = labels.map((_, i) => i);
  if (config.sampleRows !== undefined && config.sampleRows < labels.length) {
    rows = stratifiedIndices(labels, config.sampleRows / labels.length, config.seed).test;
  }
  const sampleX = rows.length === labels.length ? x : subset(x, rows);
  const sampleLabels = rows.length === labels.length ? [...labels] : gatherValues(labels, rows);
  if (config.folds > sampleLabels.length) throw invalidParameter("folds", config.folds, `an integer between 2 and the number of rows (${sampleLabels.length})`, "params");

  const splits = stratifiedKFold(sampleLabels, config.folds, config.seed);
  const random = mulberry32(config.seed);
  const total = config.trials * config.folds;
  const trials: HpoTrial[] = [];
  let done = 0;

  for (let trial = 1; trial <= config.trials; trial++) {
    const sampled = sampleTrial(config.space, random);
    const params = trialParams(config, sampled);
    const started = performance.now();
    const foldScores: number[] = [];
    for (const { train, test } of splits) {
      if (callbacks.signal?.aborted) throw new RunCancelledError();
      const model = await fitClassifier(config.model, subset(sampleX, train), gatherValues(sampleLabels, train), classes, features, params, callbacks.signal);
      const predicted = argmaxRows(classifierProbabilities(model, subset(sampleX, test)), test.length, classes);
      foldScores.push(macroScores(gatherValues(sampleLabels, test), predicted).f1_macro);
      callbacks.onFit?.(++done, total);
    }
    const { mean, std } = meanAndStd(foldScores);
    const result: HpoTrial = { trial, params: sampled, f1_macro: mean, f1_std: std, fold_scores: foldScores, seconds: (performance.now() - started) / 1000 };
    trials.push(result);
    callbacks.onTrial?.(result);
  }

  // Highest mean F1 wins; a tie goes to the earlier trial, as RandomizedSearchCV's rank does.
  const best = trials.reduce((winner, trial) => (trial.f1_macro > winner.f1_macro ? trial : winner));
  return {
    kind: "hpo_trials",
    model: config.model,
    metric: "f1_macro",
    folds: config.folds,
    rows: sampleLabels.length,
    trials,
    best_trial: best.trial,
    best_params: trialParams(config, best.params),
  };
}

function formatParams(params: Record<string, number>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${Number.isInteger(value) ? value : value.toPrecision(3)}`)
    .join(", ");
}

async function randomSearchNode([dfValue, columnsValue, paramsValue]: unknown[], context: NodeContext): Promise<unknown[]> {
  const config = readHpoConfig(paramsValue);
  const { features, x, labels, classes } = readTrainingData(dfValue, columnsValue);
  const report = await attributeErrorsToParams(() =>
    randomSearchCv(x, labels, classes, features, config, {
      signal: context.signal,
      onFit: (done, total) => context.progress({ step: done, total }),
      onTrial: (trial) =>
        context.log(`Trial ${trial.trial}/${config.trials}: ${formatParams(trial.params)}: macro F1 ${trial.f1_macro.toFixed(4)} ± ${trial.f1_std.toFixed(4)} (${config.folds} folds)`),
    }),
  );
  context.log(`Best trial ${report.best_trial}: macro F1 ${report.trials[report.best_trial - 1].f1_macro.toFixed(4)} with ${formatParams(report.best_params)}`);
  return [report.best_params, report];
}

export const randomSearchCvKind: NodeKind = {
  id: "random_search_cv",
  group: "models",
  doc: [
    "Random search over the classifier's hyperparameters, each trial scored by stratified k-fold cross-validation with macro F1.",
    "",
    "Like scikit-learn's RandomizedSearchCV(scoring='f1_macro', cv=StratifiedKFold(folds, shuffle=True)). `search_space`",
    "maps each hyperparameter to {log_uniform: [low, high]}, {uniform: [low, high]}, {int: [low, high]} or a list of values.",
    "`fixed` sets hyperparameters that are not searched; `sample_rows` cross-validates on a stratified sample to save time.",
    "`best_params` holds every hyperparameter train_model (or train_mlp with model: mlp) reads, so it can feed that node's params port.",
    "The seed fixes the sample, the folds and the draws, so a run repeats its trials. Reports progress after every fit.",
    "",
    "@example",
    "random_search_cv(mt_train, params:columns, {model: logistic_regression, n_trials: 8, folds: 3, seed: 42,",
    "                 search_space: {learning_rate: {log_uniform: [0.0005, 0.02]}, epochs: {int: [4, 12]}}})",
    "// -> best_params {learning_rate: 0.0041, epochs: 9, batch_size: 256, l2: 0, seed: 42}, hpo_trials {kind: 'hpo_trials', trials: […]}",
  ].join("\n"),
  inputs: [
    { name: "df", type: "table", doc: "Training rows with numeric features and `<target>_encoded` (never the test rows)." },
    { name: "columns", type: "parameters", doc: "The `columns` block: `target` and `features` (column names, or \"all\")." },
    {
      name: "params",
      type: "parameters",
      doc: "model (logistic_regression or mlp), n_trials (default 8), folds (default 3), seed, sample_rows (optional), fixed, search_space.",
    },
  ],
  outputs: [
    { name: "best_params", type: "parameters", doc: "The best trial's hyperparameters with the fixed ones, ready for train_model's params port." },
    { name: "trials", type: "metrics", doc: "{kind: 'hpo_trials', model, metric, folds, rows, trials: [{trial, params, f1_macro, f1_std, fold_scores, seconds}], best_trial, best_params}." },
  ],
  run: randomSearchNode,
};
