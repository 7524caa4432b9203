import { beforeAll, describe, expect, it } from "vitest";
import { tableFromColumns } from "../data/table";
import { RunCancelledError } from "../pipeline/errors";
import { initBackend } from "./backend";
import type { HpoReport, SearchSpace } from "./hpo";
import { randomSearchCvKind, readHpoConfig, sampleTrial } from "./hpo";
import { mulberry32 } from "./random";
import { catchEngineError, recordingContext } from "./testing";

const columns = { target: "y", features: "all" };

/** Two noisy classes along x: a learning rate too small to move the weights scores worse than a useful one. */
function noisyTable(rows: number) {
  const random = mulberry32(7);
  const x: number[] = [];
  const noise: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < rows; i++) {
    const label = i % 2;
    y.push(label);
    x.push((label === 1 ? 1 : -1) * 0.6 + (random() - 0.5) * 2.4);
    noise.push(random());
  }
  return tableFromColumns({ x, noise, y_encoded: y });
}

const table = noisyTable(120);
const params = {
  model: "logistic_regression",
  n_trials: 4,
  folds: 3,
  seed: 11,
  search_space: { learning_rate: { log_uniform: [0.00001, 0.5] }, epochs: { int: [5, 40] }, batch_size: [16, 32] },
};

async function search(runParams: unknown = params, context = recordingContext().context) {
  const [bestParams, report] = await randomSearchCvKind.run([table, columns, runParams], context);
  return { bestParams: bestParams as Record<string, number>, report: report as HpoReport };
}

describe("readHpoConfig", () => {
  it("reads the search space and the defaults", () => {
    const config = readHpoConfig(params);
    expect(config.model).toBe("logistic_regression");
    expect(config.trials).toBe(4);
    expect(config.folds).toBe(3);
    expect(config.space).toEqual({
      learning_rate: { kind: "log_uniform", low: 0.00001, high: 0.5 },
      epochs: { kind: "int", low: 5, high: 40 },
      batch_size: { kind: "choice", values: [16, 32] },
    });
    expect(readHpoConfig({ search_space: { l2: [0, 0.01] } }).trials).toBe(8);
  });

  it.each([
    ["no search space", { model: "logistic_regression" }, "search_space"],
    ["an unknown hyperparameter", { search_space: { momentum: [0.9] } }, "search_space.momentum"],
    ["hidden_units for the logistic regression", { search_space: { hidden_units: [8, 16] } }, "search_space.hidden_units"],
    ["a reversed range", { search_space: { epochs: { int: [10, 5] } } }, "search_space.epochs.int"],
    ["a fractional integer range", { search_space: { epochs: { int: [1.5, 5] } } }, "search_space.epochs.int"],
    ["a log range from zero", { search_space: { learning_rate: { log_uniform: [0, 0.1] } } }, "search_space.learning_rate.log_uniform"],
    ["an empty list", { search_space: { batch_size: [] } }, "search_space.batch_size"],
    ["text in a list", { search_space: { batch_size: [32, "big"] } }, "search_space.batch_size"],
    ["a negative l2", { search_space: { l2: [-1, 0] } }, "search_space.l2"],
    ["two forms at once", { search_space: { epochs: { int: [1, 2], uniform: [1, 2] } } }, "search_space.epochs"],
    ["an unknown model", { model: "svm", search_space: { l2: [0] } }, "model"],
    ["an unknown fixed key", { fixed: { dropout: 0.5 }, search_space: { l2: [0] } }, "fixed.dropout"],
    ["zero trials", { n_trials: 0, search_space: { l2: [0] } }, "n_trials"],
    ["one fold", { folds: 1, search_space: { l2: [0] } }, "folds"],
  ])("rejects %s, naming %s", async (_case, value, key) => {
    const error = await catchEngineError(() => readHpoConfig(value));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe(key);
    expect(error.port).toBe("params");
  });

  it("accepts hidden_units for the MLP", () => {
    expect(readHpoConfig({ model: "mlp", search_space: { hidden_units: [8, 16] } }).space.hidden_units).toEqual({ kind: "choice", values: [8, 16] });
  });
});

describe("sampleTrial", () => {
  const space: SearchSpace = {
    learning_rate: { kind: "log_uniform", low: 0.001, high: 0.1 },
    l2: { kind: "uniform", low: 0, high: 0.5 },
    epochs: { kind: "int", low: 3, high: 5 },
    batch_size: { kind: "choice", values: [16, 64] },
  };

  it("stays within every range and reaches both ends of the integer range", () => {
    const random = mulberry32(3);
    const epochs = new Set<number>();
    for (let i = 0; i < 200; i++) {
      const trial = sampleTrial(space, random);
      expect(trial.learning_rate).toBeGreaterThanOrEqual(0.001);
      expect(trial.learning_rate).toBeLessThanOrEqual(0.1);
      expect(trial.l2).toBeGreaterThanOrEqual(0);
      expect(trial.l2).toBeLessThan(0.5);
      expect([16, 64]).toContain(trial.batch_size);
      epochs.add(trial.epochs);
    }
    expect([...epochs].sort()).toEqual([3, 4, 5]);
  });

  it("draws learning rates evenly on a log scale", () => {
    const random = mulberry32(9);
    let belowMiddle = 0;
    for (let i = 0; i < 1000; i++) if (sampleTrial(space, random).learning_rate < 0.01) belowMiddle++;
    // 0.01 is the geometric middle of [0.001, 0.1], so about half the draws fall below it.
    expect(belowMiddle).toBeGreaterThan(430);
    expect(belowMiddle).toBeLessThan(570);
  });
});

describe("random_search_cv", () => {
  beforeAll(async () => {
    await initBackend("cpu");
  });

  it("scores every trial on every fold and picks the best mean", async () => {
    const { report, bestParams } = await search();
    expect(report.kind).toBe("hpo_trials");
    expect(report.trials.map((trial) => trial.trial)).toEqual([1, 2, 3, 4]);
    for (const trial of report.trials) {
      expect(trial.fold_scores).toHaveLength(3);
      expect(trial.f1_macro).toBeCloseTo(trial.fold_scores.reduce((a, b) => a + b, 0) / 3, 12);
    }
    const bestScore = Math.max(...report.trials.map((trial) => trial.f1_macro));
    const best = report.trials[report.best_trial - 1];
    expect(best.f1_macro).toBe(bestScore);
    expect(report.trials.find((trial) => trial.f1_macro === bestScore)?.trial).toBe(report.best_trial);
    expect(bestParams).toEqual(report.best_params);
    expect(bestParams).toMatchObject({ ...best.params, seed: 11, l2: 0 });
    expect(Object.keys(bestParams).sort()).toEqual(["batch_size", "epochs", "l2", "learning_rate", "seed"]);
  });

  it("finds a better score than the worst trial on data with signal", async () => {
    const { report } = await search();
    const scores = report.trials.map((trial) => trial.f1_macro);
    expect(Math.max(...scores)).toBeGreaterThan(0.6);
    expect(Math.max(...scores)).toBeGreaterThan(Math.min(...scores));
  });

  it("repeats its trials for the same seed", async () => {
    const first = await search();
    const second = await search();
    const strip = (report: HpoReport) => report.trials.map(({ seconds: _seconds, ...rest }) => rest);
    expect(strip(second.report)).toEqual(strip(first.report));
    const other = await search({ ...params, seed: 12 });
    expect(other.report.trials[0].params).not.toEqual(first.report.trials[0].params);
  });

  it("reports progress after every fit and logs every trial", async () => {
    const recorder = recordingContext();
    await search(params, recorder.context);
    expect(recorder.progress.map((update) => update.step)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(recorder.progress.every((update) => update.total === 12)).toBe(true);
    expect(recorder.logs.filter((line) => line.startsWith("Trial "))).toHaveLength(4);
    expect(recorder.logs.at(-1)).toMatch(/^Best trial \d: macro F1 0\.\d{4} with /);
  });

  it("cross-validates on a stratified sample when sample_rows is set", async () => {
    const { report } = await search({ ...params, n_trials: 1, sample_rows: 60 });
    expect(report.rows).toBe(60);
  });

  it("feeds train_mlp with model: mlp", async () => {
    const { bestParams } = await search({ model: "mlp", n_trials: 2, folds: 2, seed: 1, search_space: { hidden_units: [4, 8], epochs: [5] } });
    expect(Object.keys(bestParams).sort()).toEqual(["batch_size", "epochs", "hidden_units", "l2", "learning_rate", "seed"]);
    expect([4, 8]).toContain(bestParams.hidden_units);
  });

  it("stops when the run is cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(search(params, recordingContext(controller.signal).context)).rejects.toBeInstanceOf(RunCancelledError);
  });

  it("names folds larger than the table", async () => {
    const small = tableFromColumns({ x: [-2, -1, -0.5, 0.5, 1, 2], y_encoded: [0, 0, 0, 1, 1, 1] });
    const error = await catchEngineError(() => randomSearchCvKind.run([small, columns, { ...params, folds: 8 }], recordingContext().context));
    expect(error.code).toBe("PARAMETER_INVALID");
    expect(error.params.key).toBe("folds");
  });
});
