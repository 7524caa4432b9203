/**
 * The DAG derived from dataset names, and pipeline selection.
 */
import type { DatasetName, NodeName, NodeSpec, PipelineName, Project } from "./types";
import { DEFAULT_PIPELINE, isParameterInput, isUnconnected } from "./types";

/**
 * Returns the nodes of one pipeline. `__default__` (or no name) is the sum of
 * every pipeline in first-declared order, as Kedro adds pipelines. A node
 * listed identically in two pipelines counts once. Two different nodes with
 * one name both stay, so the validator reports the clash.
 * Returns `undefined` for an unknown name.
 */
export function selectPipeline(project: Project, name: PipelineName = DEFAULT_PIPELINE): NodeSpec[] | undefined {
  if (name !== DEFAULT_PIPELINE) return project.pipelines[name];
  if (project.pipelines[DEFAULT_PIPELINE]) return project.pipelines[DEFAULT_PIPELINE];

  const seen = new Set<string>();
  const nodes: NodeSpec[] = [];
  for (const pipeline of Object.values(project.pipelines)) {
    for (const node of pipeline) {
      const key = JSON.stringify([node.name, node.kind, node.inputs, node.outputs]);
      if (seen.has(key)) continue;
      seen.add(key);
      nodes.push(node);
    }
  }
  return nodes;
}

/** Names of the pipelines that contain a node, for filters and labels. */
export function pipelinesOfNode(project: Project, nodeName: NodeName): PipelineName[] {
  return Object.entries(project.pipelines)
    .filter(([name, nodes]) => name !== DEFAULT_PIPELINE && nodes.some((node) => node.name === nodeName))
    .map(([name]) => name);
}

/**
 * Maps each dataset to the nodes that output it (more than one is a problem).
 * An empty (unconnected) name is not a dataset and is skipped.
 */
export function producersOf(nodes: readonly NodeSpec[]): Map<DatasetName, NodeName[]> {
  const producers = new Map<DatasetName, NodeName[]>();
  for (const node of nodes) {
    for (const output of node.outputs) {
      if (isUnconnected(output)) continue;
      producers.set(output, [...(producers.get(output) ?? []), node.name]);
    }
  }
  return producers;
}

/**
 * Datasets a set of nodes reads but does not produce: they must come from the
 * catalog (loaded data) or from a previous run. Parameter inputs and
 * unconnected inputs are excluded.
 */
export function freeInputs(nodes: readonly NodeSpec[]): DatasetName[] {
  const produced = new Set(nodes.flatMap((node) => node.outputs));
  const free: DatasetName[] = [];
  for (const node of nodes) {
    for (const input of node.inputs) {
      if (isUnconnected(input) || isParameterInput(input) || produced.has(input) || free.includes(input)) continue;
      free.push(input);
    }
  }
  return free;
}

export type TopologicalResult =
  | { ok: true; order: NodeSpec[] }
  | { ok: false; cycle: NodeName[] };

/**
 * Orders nodes so each runs after the producers of its inputs (Kahn's
 * algorithm). Ties keep declaration order, so a run log is stable between
 * runs. On a cycle, returns the node names along one cycle, first name
 * repeated at the end (`a → b → a`).
 */
export function topologicalSort(nodes: readonly NodeSpec[]): TopologicalResult {
  const producers = producersOf(nodes);
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const upstream = new Map<NodeName, Set<NodeName>>();
  for (const node of nodes) {
    const parents = new Set<NodeName>();
    for (const input of node.inputs) {
      if (isUnconnected(input)) continue;
      for (const producer of producers.get(input) ?? []) parents.add(producer);
    }
    upstream.set(node.name, parents);
  }

  const remaining = new Map([...upstream].map(([name, parents]) => [name, new Set(parents)]));
  const order: NodeSpec[] = [];
  while (remaining.size > 0) {
    const ready = nodes.find((node) => remaining.get(node.name)?.size === 0);
    if (!ready) return { ok: false, cycle: findCycle(remaining) };

    order.push(ready);
    remaining.delete(ready.name);
    for (const parents of remaining.values()) parents.delete(ready.name);
  }
  return { ok: true, order: order.map((node) => byName.get(node.name)!) };
}

/** Walks parent links from any blocked node until a name repeats. */
function findCycle(remaining: Map<NodeName, Set<NodeName>>): NodeName[] {
  let current = remaining.keys().next().value as NodeName;
  const path: NodeName[] = [];
  while (!path.includes(current)) {
    path.push(current);
    current = [...remaining.get(current)!][0];
  }
  const cycle = path.slice(path.indexOf(current));
  // Parent links run against the data flow; reverse to read producer → consumer,
  // then start at the first declared node so the message is stable.
  cycle.reverse();
  const order = [...remaining.keys()];
  const start = cycle.reduce((best, name, i) => (order.indexOf(name) < order.indexOf(cycle[best]) ? i : best), 0);
  const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
  return [...rotated, rotated[0]];
}

/** Names of nodes downstream of `start` (inclusive), following dataset names. */
export function downstreamOf(nodes: readonly NodeSpec[], start: readonly NodeName[]): Set<NodeName> {
  const result = new Set<NodeName>(start);
  let grew = true;
  while (grew) {
    grew = false;
    const produced = new Set(nodes.filter((node) => result.has(node.name)).flatMap((node) => node.outputs));
    for (const node of nodes) {
      if (!result.has(node.name) && node.inputs.some((input) => produced.has(input))) {
        result.add(node.name);
        grew = true;
      }
    }
  }
  return result;
}
