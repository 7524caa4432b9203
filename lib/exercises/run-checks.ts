/**
 * Run checks: what a seeded run of the student's pipeline reached. Each
 * states the figure and the threshold, or why there is no figure (the run
 * failed at a node, the output was never produced).
 */
import { isTable } from "../data/table";
import type { NodeFailure } from "../pipeline/events";
import type { Problem } from "../pipeline/validate";
import type { CheckOutcome, StructuralContext } from "./structural";
import { matchingNodes, scopeNodes } from "./structural";
import type { Figure, Finding } from "./result";
import type { Check, OutputSource } from "./spec";

/** The part of a run result that run checks read. */
export interface RunEvidence {
  status: "success" | "failed" | "invalid" | "cancelled" | "not_run" | "data_missing";
  datasets: Record<string, unknown>;
  problems: Problem[];
  failure?: NodeFailure;
  missing?: string[];
}

export interface RunCheckOutcome extends CheckOutcome {
  figure?: Figure;
}

type RunCheck = Extract<Check, { type: "run_succeeds" | "metric" | "table" }>;

/** Evaluates one run check against the run's datasets. */
export function checkRun(context: StructuralContext, check: RunCheck, run: RunEvidence): RunCheckOutcome {
  if (scopeNodes(context).length === 0 || run.status === "not_run" || run.status === "cancelled") return { attempted: false, findings: [] };
  if (run.status === "data_missing") {
    return { attempted: false, findings: (run.missing ?? []).map((dataset) => ({ code: "DATA_MISSING", dataset, params: { dataset } })) };
  }
  if (run.status === "invalid") return { attempted: true, findings: [invalidRun(run.problems)] };
  if (run.status === "failed" && run.failure) {
    const { failure } = run;
    return { attempted: true, findings: [{ code: "RUN_FAILED", node: failure.node, params: { node: failure.node }, cause: { code: failure.code, params: failure.params } }] };
  }

  if (check.type === "run_succeeds") return { attempted: true, findings: [] };
  const located = locateOutput(context, check.source, run);
  if ("finding" in located) return { attempted: true, findings: [located.finding] };
  return check.type === "metric" ? checkMetric(check, located) : checkTable(check, located);
}

function invalidRun(problems: readonly Problem[]): Finding {
  const first = problems[0];
  return {
    code: "RUN_INVALID",
    ...(first?.node ? { node: first.node } : {}),
    params: { count: problems.length },
    ...(first ? { cause: { code: first.code, params: first.params } } : {}),
  };
}

interface LocatedOutput {
  node: string;
  dataset: string;
  value: unknown;
}

/** Finds the output a check reads: the first matching node's output, as the run produced it. */
function locateOutput(context: StructuralContext, source: OutputSource, run: RunEvidence): LocatedOutput | { finding: Finding } {
  const node = matchingNodes(context, source)[0];
  const kinds = source.kinds.join(" / ");
  if (!node) return { finding: { code: source.rows ? "OUTPUT_SOURCE_MISSING_ROWS" : "OUTPUT_SOURCE_MISSING", params: { kinds, rows: source.rows ?? "" } } };
  const dataset = node.outputs[source.output];
  if (dataset === undefined || !Object.hasOwn(run.datasets, dataset)) {
    return { finding: { code: "OUTPUT_NOT_PRODUCED", node: node.name, params: { node: node.name, dataset: dataset ?? "" } } };
  }
  return { node: node.name, dataset, value: run.datasets[dataset] };
}

/** Reads `path` from JSON; `length` of a list counts its items. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && key === "length") current = current.length;
    else if (current !== null && typeof current === "object" && Object.hasOwn(current, key)) current = (current as Record<string, unknown>)[key];
    else return undefined;
  }
  return current;
}

function checkMetric(check: Extract<Check, { type: "metric" }>, output: LocatedOutput): RunCheckOutcome {
  const value = readPath(output.value, check.path);
  const path = check.path.join(" › ");
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { attempted: true, findings: [{ code: "METRIC_NOT_FOUND", node: output.node, dataset: output.dataset, params: { node: output.node, dataset: output.dataset, path } }] };
  }

  const figure: Figure = { name: check.name, value, ...(check.min !== undefined ? { min: check.min } : {}), ...(check.max !== undefined ? { max: check.max } : {}) };
  const at = { node: output.node, dataset: output.dataset, params: { node: output.node, dataset: output.dataset, metric: check.name, path, value } };
  const findings: Finding[] = [];
  if (check.min !== undefined && value < check.min) findings.push({ code: "METRIC_BELOW", ...at, params: { ...at.params, min: check.min } });
  if (check.max !== undefined && value > check.max) findings.push({ code: "METRIC_ABOVE", ...at, params: { ...at.params, max: check.max } });
  return { attempted: true, findings, figure };
}

function checkTable(check: Extract<Check, { type: "table" }>, output: LocatedOutput): RunCheckOutcome {
  const at = { node: output.node, dataset: output.dataset };
  if (!isTable(output.value)) return { attempted: true, findings: [{ code: "OUTPUT_NOT_TABLE", ...at, params: { ...at } }] };

  const table = output.value;
  const findings: Finding[] = [];
  const missing = check.columns.filter((name) => !table.columnNames.includes(name));
  if (missing.length > 0) findings.push({ code: "COLUMNS_MISSING", ...at, params: { ...at, columns: missing.join(", ") } });
  if (check.minRows !== undefined && table.rowCount < check.minRows) {
    findings.push({ code: "TOO_FEW_ROWS", ...at, params: { ...at, rows: table.rowCount, min: check.minRows } });
  }
  const figure: Figure = { name: "rows", value: table.rowCount, ...(check.minRows !== undefined ? { min: check.minRows } : {}) };
  return { attempted: true, findings, figure };
}
