/**
 * Checks a student's project against an exercise: the structural checks,
 * then a seeded run and the run checks, scored by the rubric. The browser's
 * worker, the grading CLI and the tests all call `checkExercise`, so a grade
 * is reproducible from a submission file.
 */
import { freeInputs, selectPipeline } from "../pipeline/graph";
import type { ErrorParams } from "../pipeline/errors";
import type { RunEvent } from "../pipeline/events";
import type { NodeRegistry } from "../pipeline/registry";
import { runPipeline } from "../pipeline/runner";
import type { Project } from "../pipeline/types";
import type { KindLookup } from "../pipeline/validate";
import { validateProject } from "../pipeline/validate";
import { traceLineage } from "./lineage";
import type { CheckRun, ExerciseResult, ItemResult } from "./result";
import { roundScore } from "./result";
import { checkRun } from "./run-checks";
import type { RunCheckOutcome, RunEvidence } from "./run-checks";
import type { ExerciseSpec, RubricItem } from "./spec";
import { maxScore } from "./spec";
import {
  checkLeakage,
  checkNodes,
  checkParameters,
  checkPersisted,
  checkRefit,
  checkUnusedParameters,
  checkValid,
  scopeNodes,
} from "./structural";
import type { StructuralContext } from "./structural";

/** Builds what the structural checks read: the lineage and the validator's problems. */
export function structuralContext(spec: ExerciseSpec, project: Project, kinds: KindLookup): StructuralContext {
  const sources = new Map(spec.data.map((entry) => [entry.dataset, entry.rows] as const));
  return { spec, project, kinds, lineage: traceLineage(project, kinds, sources), problems: validateProject(project, kinds) };
}

/** Evaluates one rubric item; run checks read `run`. */
function evaluateItem(item: RubricItem, context: StructuralContext, run: RunEvidence): ItemResult {
  const outcome = outcomeOf(item, context, run);
  let status: ItemResult["status"] = "correct";
  if (!outcome.attempted) status = "not_attempted";
  else if (outcome.findings.length > 0) status = "incorrect";
  // Nothing to criticise before the student starts, except missing data, which explains why the run did not happen.
  const findings = status === "not_attempted" ? outcome.findings.filter((finding) => finding.code === "DATA_MISSING") : outcome.findings;
  return {
    id: item.id,
    status,
    points: status === "correct" ? item.points : 0,
    max: item.points,
    findings,
    ...(outcome.figure ? { figure: outcome.figure } : {}),
  };
}

function outcomeOf(item: RubricItem, context: StructuralContext, run: RunEvidence): RunCheckOutcome {
  const { check } = item;
  switch (check.type) {
    case "nodes":
      return checkNodes(context, check.require);
    case "persisted":
      return checkPersisted(context, check.require);
    case "no_leakage":
      return checkLeakage(context);
    case "no_refit_in_inference":
      return checkRefit(context);
    case "parameters":
      return checkParameters(context, check.rules);
    case "unused_parameters":
      return checkUnusedParameters(context);
    case "valid":
      return checkValid(context);
    case "run_succeeds":
    case "metric":
    case "table":
      return checkRun(context, check, run);
  }
}

/**
 * Scores a project from its structure and the evidence of a run. Pure: the
 * same project, kinds and run evidence give the same result.
 */
export function scoreExercise(spec: ExerciseSpec, context: StructuralContext, run: RunEvidence, durationMs?: number): ExerciseResult {
  const items = spec.rubric.map((item) => evaluateItem(item, context, run));
  const metrics: Record<string, number> = {};
  for (const item of items) {
    if (item.figure && spec.rubric.find((rubricItem) => rubricItem.id === item.id)?.check.type === "metric") metrics[item.figure.name] = item.figure.value;
  }
  const runSummary: CheckRun = {
    status: run.status,
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(run.missing ? { missing: run.missing } : {}),
  };
  return {
    exerciseId: spec.id,
    score: roundScore(items.reduce((sum, item) => sum + item.points, 0)),
    max: roundScore(maxScore(spec)),
    items,
    metrics,
    run: runSummary,
  };
}

export interface CheckOptions {
  /** Raw datasets by catalog name, e.g. `{ iris_train_raw: table }`. */
  inputs: Record<string, unknown>;
  signal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
  formatError?: (code: string, params: ErrorParams) => string;
}

export interface CheckReport {
  result: ExerciseResult;
  /** Every dataset the checking run loaded or produced. */
  datasets: Record<string, unknown>;
}

/**
 * Checks a project: structure first, then a run of `__default__` from the
 * raw `inputs` (skipped while the student's pipelines are empty or a raw
 * dataset is missing), then the rubric.
 *
 * @example
 * const { result } = await checkExercise(spec, project, createRegistry(), { inputs: { iris_train_raw, iris_predict_raw } });
 * result.score; // 10 of result.max 10
 */
export async function checkExercise(spec: ExerciseSpec, project: Project, registry: NodeRegistry, options: CheckOptions): Promise<CheckReport> {
  const context = structuralContext(spec, project, registry);
  if (scopeNodes(context).length === 0) return { result: scoreExercise(spec, context, notRun("not_run")), datasets: {} };

  const missing = missingRawData(spec, project, options.inputs);
  if (missing.length > 0) return { result: scoreExercise(spec, context, { ...notRun("data_missing"), missing }), datasets: {} };

  const run = await runPipeline(project, registry, {
    inputs: options.inputs,
    signal: options.signal,
    onEvent: options.onEvent,
    formatError: options.formatError,
  });
  const evidence: RunEvidence = { status: run.status, datasets: run.datasets, problems: run.problems, ...(run.failure ? { failure: run.failure } : {}) };
  return { result: scoreExercise(spec, context, evidence, run.durationMs), datasets: run.datasets };
}

function notRun(status: "not_run" | "data_missing"): RunEvidence {
  return { status, datasets: {}, problems: [] };
}

/** Raw datasets of the exercise that the project reads, in the spec's order. */
export function rawDataRead(spec: ExerciseSpec, project: Project): string[] {
  const read = new Set(freeInputs(selectPipeline(project) ?? []));
  return spec.data.map((entry) => entry.dataset).filter((dataset) => read.has(dataset));
}

/** Raw datasets of the exercise that the project reads and `inputs` lacks. */
export function missingRawData(spec: ExerciseSpec, project: Project, inputs: Record<string, unknown>): string[] {
  return rawDataRead(spec, project).filter((dataset) => !Object.hasOwn(inputs, dataset));
}
