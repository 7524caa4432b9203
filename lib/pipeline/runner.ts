/**
 * A sequential runner with `kedro run`'s behaviour: validate, order the
 * nodes topologically, run them one at a time, stop at the first failure.
 */
import { EngineError, RunCancelledError } from "./errors";
import type { ErrorParams } from "./errors";
import type { NodeFailure, RunEvent, RunStatus } from "./events";
import { downstreamOf, freeInputs, selectPipeline, topologicalSort } from "./graph";
import { resolveParameter } from "./params";
import type { NodeKind, NodeRegistry } from "./registry";
import type { DatasetName, NodeName, NodeSpec, PipelineName, Project } from "./types";
import { DEFAULT_PIPELINE, isParameterInput } from "./types";
import type { Problem } from "./validate";
import { validateProject } from "./validate";

export interface RunOptions {
  pipeline?: PipelineName;
  /** Values of catalog datasets that no node produces, e.g. the raw tables. */
  inputs?: Record<DatasetName, unknown>;
  /**
   * Kedro's `--from-nodes`: run these nodes and everything downstream of
   * them, reading the other inputs from `inputs` (the previous run's outputs).
   */
  fromNodes?: NodeName[];
  onEvent?: (event: RunEvent) => void;
  signal?: AbortSignal;
  /** Phrases a node's error in the user's language; defaults to code + params. */
  formatError?: (code: string, params: ErrorParams) => string;
  /** Clock in milliseconds; `performance.now` exists in browsers, workers and Node. */
  now?: () => number;
}

export interface RunResult {
  status: RunStatus;
  pipeline: PipelineName;
  /** Every dataset loaded or produced during the run, by name. */
  datasets: Record<DatasetName, unknown>;
  problems: Problem[];
  failure?: NodeFailure;
  /** Nodes in run order with their wall time. */
  timings: { node: NodeName; durationMs: number }[];
  durationMs: number;
}

/**
 * Runs the selected pipeline and returns every dataset it produced.
 *
 * @example
 * const result = await runPipeline(project, registry, { pipeline: "model_train", inputs });
 * result.datasets.test_classification_report;
 */
export async function runPipeline(project: Project, registry: NodeRegistry, options: RunOptions = {}): Promise<RunResult> {
  const now = options.now ?? (() => performance.now());
  const emit = options.onEvent ?? (() => {});
  const pipeline = options.pipeline ?? DEFAULT_PIPELINE;
  const started = now();
  const datasets: Record<DatasetName, unknown> = {};
  const timings: RunResult["timings"] = [];
  const finish = (status: RunStatus, extra: Partial<RunResult> = {}): RunResult => {
    const durationMs = now() - started;
    emit({ type: "run_finished", status, durationMs });
    return { status, pipeline, datasets, problems: [], timings, durationMs, ...extra };
  };

  const selected = selectNodes(project, pipeline, options.fromNodes);
  const reused = options.fromNodes ? freeInputs(selected).filter((name) => Object.hasOwn(options.inputs ?? {}, name)) : [];
  const problems = [...validateProject(project, registry, { pipeline, available: reused }), ...checkFromNodes(project, pipeline, options.fromNodes)];
  const relevant = problems.filter((problem) => !problem.node || selected.some((node) => node.name === problem.node) || problem.code === "CYCLE");
  const format = options.formatError ?? ((code, params) => `${code} ${JSON.stringify(params)}`);
  emit({ type: "run_started", pipeline, nodes: selected.map((node) => node.name), reused });
  if (relevant.length > 0) {
    for (const problem of relevant) emit({ type: "log", level: "ERROR", message: `${problem.code}: ${format(problem.code, problem.params)}` });
    return finish("invalid", { problems: relevant });
  }

  const sorted = topologicalSort(selected);
  if (!sorted.ok) return finish("invalid", { problems: relevant });
  const order = sorted.order;
  const log = (message: string, level: "INFO" | "WARNING" | "ERROR" = "INFO") => emit({ type: "log", level, message });
  log(`Running pipeline "${pipeline}" with ${order.length} nodes (SequentialRunner)`);
  if (reused.length > 0) log(`Reusing datasets from the previous run: ${reused.join(", ")}`);

  for (const [index, node] of order.entries()) {
    if (options.signal?.aborted) {
      log(`Run cancelled before node ${node.name}.`, "WARNING");
      return finish("cancelled");
    }

    const kind = registry.get(node.kind) as NodeKind;
    emit({ type: "node_started", node: node.name, index, total: order.length });
    const nodeStarted = now();
    try {
      const values = loadInputs(node, project, options.inputs ?? {}, datasets, log);
      log(`Running node: ${describeNode(node)}`);
      const outputs = await kind.run(values, {
        log: (message) => log(message),
        progress: (update) => emit({ type: "node_progress", node: node.name, ...update }),
        signal: options.signal,
        parameters: project.parameters,
      });
      saveOutputs(node, project, outputs, datasets, log);
    } catch (error) {
      const durationMs = now() - nodeStarted;
      if (error instanceof RunCancelledError || options.signal?.aborted) {
        log(`Run cancelled while node ${node.name} was running.`, "WARNING");
        return finish("cancelled");
      }
      const failure = toFailure(node, kind, error, format);
      emit({ type: "node_failed", node: node.name, durationMs, failure });
      log(`Node ${describeNode(node)} failed with error: ${failure.message}`, "ERROR");
      const notRun = order.slice(index + 1).map((n) => n.name);
      if (notRun.length > 0) log(`There are ${notRun.length} nodes that have not run: ${notRun.join(", ")}.`, "WARNING");
      if (!MISSING_DATA_CODES.has(failure.code)) log(`After fixing the cause, resume the run from the failed node with --from-nodes "${node.name}".`, "WARNING");
      timings.push({ node: node.name, durationMs });
      return finish("failed", { failure });
    }

    const durationMs = now() - nodeStarted;
    timings.push({ node: node.name, durationMs });
    emit({ type: "node_finished", node: node.name, durationMs, index, total: order.length });
    log(`Completed ${index + 1} out of ${order.length} tasks`);
  }

  log("Pipeline execution completed successfully.");
  return finish("success");
}

function selectNodes(project: Project, pipeline: PipelineName, fromNodes?: NodeName[]): NodeSpec[] {
  const nodes = selectPipeline(project, pipeline) ?? [];
  if (!fromNodes || fromNodes.length === 0) return nodes;
  const keep = downstreamOf(nodes, fromNodes);
  return nodes.filter((node) => keep.has(node.name));
}

function loadInputs(
  node: NodeSpec,
  project: Project,
  inputs: Record<DatasetName, unknown>,
  datasets: Record<DatasetName, unknown>,
  log: (message: string) => void,
): unknown[] {
  return node.inputs.map((name) => {
    if (isParameterInput(name)) {
      log(`Loading data from ${name} (MemoryDataset)...`);
      return resolveParameter(project.parameters, name);
    }
    if (!Object.hasOwn(datasets, name)) {
      if (!Object.hasOwn(inputs, name)) throw missingDataError(project, name);
      datasets[name] = inputs[name];
    }
    log(`Loading data from ${name} (${datasetType(project, name)})...`);
    return datasets[name];
  });
}

/** Failures caused by data that is not there yet, rather than by the node itself. */
const MISSING_DATA_CODES = new Set(["DATASET_NOT_LOADED", "DATASET_NOT_PRODUCED_YET"]);

/**
 * Explains a catalog input with no data: either a pipeline must run first
 * (named, so the user knows which), or raw data was never loaded.
 */
function missingDataError(project: Project, dataset: DatasetName): EngineError {
  const producers = Object.entries(project.pipelines)
    .filter(([name, nodes]) => name !== DEFAULT_PIPELINE && nodes.some((node) => node.outputs.includes(dataset)))
    .map(([name]) => name);
  const error = producers.length > 0
    ? new EngineError("DATASET_NOT_PRODUCED_YET", { dataset, pipeline: producers.join(", ") })
    : new EngineError("DATASET_NOT_LOADED", { dataset });
  return error.withDataset(dataset);
}

/** `--from-nodes` names that are not nodes of the selected pipeline. */
function checkFromNodes(project: Project, pipeline: PipelineName, fromNodes?: NodeName[]): Problem[] {
  if (!fromNodes) return [];
  const known = (selectPipeline(project, pipeline) ?? []).map((node) => node.name);
  return fromNodes
    .filter((name) => !known.includes(name))
    .map((name) => ({ code: "UNKNOWN_NODE" as const, params: { node: name, pipeline, known: known.join(", ") } }));
}

function saveOutputs(
  node: NodeSpec,
  project: Project,
  outputs: unknown[],
  datasets: Record<DatasetName, unknown>,
  log: (message: string) => void,
): void {
  if (outputs.length !== node.outputs.length) {
    throw new EngineError("OUTPUT_COUNT", { node: node.name, kind: node.kind, expected: node.outputs.length, actual: outputs.length, ports: "" });
  }
  node.outputs.forEach((name, i) => {
    log(`Saving data to ${name} (${datasetType(project, name)})...`);
    datasets[name] = outputs[i];
  });
}

/** Kedro prints the dataset class without its module, e.g. `CSVDataset`. */
function datasetType(project: Project, name: DatasetName): string {
  const type = project.catalog[name]?.type ?? "MemoryDataset";
  return type.split(".").pop() ?? type;
}

/** Formats a node as Kedro's log does: `name: kind([in1;in2]) -> [out]`. */
export function describeNode(node: NodeSpec): string {
  return `${node.name}: ${node.kind}([${node.inputs.join(";")}]) -> [${node.outputs.join(";")}]`;
}

function toFailure(node: NodeSpec, kind: NodeKind, error: unknown, format: (code: string, params: ErrorParams) => string): NodeFailure {
  if (error instanceof EngineError) {
    const portIndex = error.port ? kind.inputs.findIndex((port) => port.name === error.port) : -1;
    const input = error.dataset ?? (portIndex >= 0 ? node.inputs[portIndex] : undefined);
    return { node: node.name, code: error.code, params: error.params, input, message: format(error.code, error.params) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { node: node.name, code: "NODE_ERROR", params: { detail }, message: format("NODE_ERROR", { detail }) };
}
