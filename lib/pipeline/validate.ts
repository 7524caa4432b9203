/**
 * Static checks of a project before anything runs. Problems come back as a
 * list rather than as exceptions. Each has a stable code and the node or
 * dataset at fault, so the editor can draw it on that node.
 */
import { freeInputs, producersOf, selectPipeline, topologicalSort } from "./graph";
import { resolveParameter } from "./params";
import type { NodeKindSpec } from "./registry";
import type { DatasetName, NodeName, NodeSpec, PipelineName, Project } from "./types";
import { DEFAULT_PIPELINE, isParameterInput, isUnconnected } from "./types";

export type ProblemCode =
  | "CYCLE"
  | "DANGLING_INPUT"
  | "DUPLICATE_OUTPUT"
  | "UNKNOWN_NODE_KIND"
  | "MISSING_PARAMETER"
  | "DUPLICATE_NODE_NAME"
  | "INPUT_COUNT"
  | "OUTPUT_COUNT"
  | "UNKNOWN_PIPELINE"
  | "UNKNOWN_NODE"
  | "UNCONNECTED_INPUT";

export interface Problem {
  code: ProblemCode;
  /** Node at fault; for a cycle, every node on it is listed in `nodes`. */
  node?: NodeName;
  nodes?: NodeName[];
  dataset?: DatasetName;
  /** Input port index on `node`, for problems about one input (`UNCONNECTED_INPUT`). */
  input?: number;
  /** Values the message template needs (counts, names, the cycle path). */
  params: Record<string, string | number>;
}

/**
 * Source of node kinds for the validator: a `NodeRegistry`, or the editor's
 * `KindCatalog` (a map of specs without `run`).
 */
export interface KindLookup {
  get(id: string): NodeKindSpec | undefined;
}

export interface ValidateOptions {
  pipeline?: PipelineName;
  /**
   * Datasets available without a producer, besides catalog entries: for
   * example the outputs a previous run kept when resuming from a node.
   */
  available?: Iterable<DatasetName>;
}

/**
 * Validates the selected pipeline.
 *
 * @example
 * validateProject(project, registry, { pipeline: "model_train" });
 * // [{ code: "DANGLING_INPUT", node: "train_model", dataset: "mt_trian", ... }]
 */
export function validateProject(project: Project, registry: KindLookup, options: ValidateOptions = {}): Problem[] {
  const pipelineName = options.pipeline ?? DEFAULT_PIPELINE;
  const nodes = selectPipeline(project, pipelineName);
  if (!nodes) {
    const known = Object.keys(project.pipelines).join(", ");
    return [{ code: "UNKNOWN_PIPELINE", params: { pipeline: pipelineName, known } }];
  }

  return [
    ...checkNodeNames(nodes),
    ...checkKinds(nodes, registry),
    ...checkUnconnected(nodes, registry),
    ...checkParameters(nodes, project),
    ...checkOutputs(nodes),
    ...checkInputs(nodes, project, new Set(options.available ?? [])),
    ...checkCycle(nodes),
  ];
}

function checkNodeNames(nodes: readonly NodeSpec[]): Problem[] {
  const seen = new Set<NodeName>();
  const problems: Problem[] = [];
  for (const node of nodes) {
    if (seen.has(node.name)) problems.push({ code: "DUPLICATE_NODE_NAME", node: node.name, params: { node: node.name } });
    seen.add(node.name);
  }
  return problems;
}

function checkKinds(nodes: readonly NodeSpec[], registry: KindLookup): Problem[] {
  const problems: Problem[] = [];
  for (const node of nodes) {
    const kind = registry.get(node.kind);
    if (!kind) {
      problems.push({ code: "UNKNOWN_NODE_KIND", node: node.name, params: { node: node.name, kind: node.kind } });
      continue;
    }
    if (node.inputs.length !== kind.inputs.length) {
      problems.push({
        code: "INPUT_COUNT",
        node: node.name,
        params: { node: node.name, kind: node.kind, expected: kind.inputs.length, actual: node.inputs.length, ports: kind.inputs.map((p) => p.name).join(", ") },
      });
    }
    if (node.outputs.length !== kind.outputs.length) {
      problems.push({
        code: "OUTPUT_COUNT",
        node: node.name,
        params: { node: node.name, kind: node.kind, expected: kind.outputs.length, actual: node.outputs.length, ports: kind.outputs.map((p) => p.name).join(", ") },
      });
    }
  }
  return problems;
}

/** Reports each input left empty in the editor: the node is not configured yet. */
function checkUnconnected(nodes: readonly NodeSpec[], registry: KindLookup): Problem[] {
  const problems: Problem[] = [];
  for (const node of nodes) {
    const ports = registry.get(node.kind)?.inputs ?? [];
    node.inputs.forEach((input, index) => {
      if (!isUnconnected(input)) return;
      const port = ports[index]?.name ?? String(index);
      problems.push({ code: "UNCONNECTED_INPUT", node: node.name, input: index, params: { node: node.name, input: index, port } });
    });
  }
  return problems;
}

function checkParameters(nodes: readonly NodeSpec[], project: Project): Problem[] {
  const problems: Problem[] = [];
  for (const node of nodes) {
    for (const input of node.inputs) {
      if (!isParameterInput(input) || resolveParameter(project.parameters, input) !== undefined) continue;
      problems.push({ code: "MISSING_PARAMETER", node: node.name, dataset: input, params: { node: node.name, input } });
    }
  }
  return problems;
}

function checkOutputs(nodes: readonly NodeSpec[]): Problem[] {
  const problems: Problem[] = [];
  for (const [dataset, producers] of producersOf(nodes)) {
    if (producers.length < 2) continue;
    problems.push({
      code: "DUPLICATE_OUTPUT",
      node: producers[1],
      nodes: producers,
      dataset,
      params: { dataset, nodes: producers.join(", ") },
    });
  }
  return problems;
}

function checkInputs(nodes: readonly NodeSpec[], project: Project, available: Set<DatasetName>): Problem[] {
  const problems: Problem[] = [];
  const free = new Set(freeInputs(nodes));
  for (const node of nodes) {
    for (const input of node.inputs) {
      if (!free.has(input) || Object.hasOwn(project.catalog, input) || available.has(input)) continue;
      problems.push({ code: "DANGLING_INPUT", node: node.name, dataset: input, params: { node: node.name, dataset: input } });
    }
  }
  return problems;
}

function checkCycle(nodes: readonly NodeSpec[]): Problem[] {
  const sorted = topologicalSort(nodes);
  if (sorted.ok) return [];
  return [{ code: "CYCLE", node: sorted.cycle[0], nodes: sorted.cycle.slice(0, -1), params: { path: sorted.cycle.join(" → ") } }];
}
