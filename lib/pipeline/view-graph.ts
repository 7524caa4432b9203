/**
 * The graph Kedro-Viz draws for a project: function nodes, dataset nodes and
 * parameter nodes, laid out left to right. Pure data, so the canvas only maps
 * it to React Flow and tests can check it without a DOM.
 */
import dagre from "@dagrejs/dagre";
import { pipelinesOfNode, selectPipeline } from "./graph";
import type { DatasetName, Layer, NodeName, PipelineName, Project } from "./types";
import { DEFAULT_PIPELINE, isParameterInput } from "./types";

export type ViewNodeType = "function" | "dataset" | "parameters";

export interface ViewNode {
  /** `node:<name>`, `data:<name>` or `param:<input>@<consumer>`: one namespace per type. */
  id: string;
  type: ViewNodeType;
  /** Node name, dataset name or parameter input (`params:columns`). */
  name: string;
  kind?: string;
  layer?: Layer;
  datasetType?: string;
  pipelines: PipelineName[];
  position: { x: number; y: number };
  width: number;
  height: number;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
}

export interface ViewGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

const SIZES: Record<ViewNodeType, { width: number; height: number }> = {
  function: { width: 190, height: 52 },
  dataset: { width: 180, height: 44 },
  parameters: { width: 160, height: 30 },
};

export const functionNodeId = (name: NodeName) => `node:${name}`;
export const datasetNodeId = (name: DatasetName) => `data:${name}`;
/**
 * Parameter nodes are drawn once per consumer: `params:columns` feeds most
 * Iris nodes, and a single shared node would pull edges across the whole DAG.
 */
export const parameterNodeId = (name: string, consumer: NodeName) => `param:${name}@${consumer}`;

/**
 * Builds and lays out the graph of one pipeline (default: all of them).
 *
 * @example
 * buildViewGraph(irisProject()).nodes.find((n) => n.id === "data:master_table")?.layer; // "primary"
 */
export function buildViewGraph(project: Project, pipeline: PipelineName = DEFAULT_PIPELINE): ViewGraph {
  const nodes = selectPipeline(project, pipeline) ?? [];
  const viewNodes = new Map<string, Omit<ViewNode, "position">>();
  const edges: ViewEdge[] = [];
  const addNode = (node: Omit<ViewNode, "position" | "width" | "height">) => {
    if (!viewNodes.has(node.id)) viewNodes.set(node.id, { ...node, ...SIZES[node.type] });
  };

  for (const node of nodes) {
    const id = functionNodeId(node.name);
    const pipelines = pipelinesOfNode(project, node.name);
    addNode({ id, type: "function", name: node.name, kind: node.kind, pipelines });

    for (const input of node.inputs) {
      const source = isParameterInput(input) ? parameterNodeId(input, node.name) : datasetNodeId(input);
      if (isParameterInput(input)) addNode({ id: source, type: "parameters", name: input, pipelines: [] });
      else addNode(datasetNode(project, input));
      edges.push({ id: `${source}->${id}`, source, target: id });
    }
    for (const output of node.outputs) {
      const target = datasetNodeId(output);
      addNode(datasetNode(project, output));
      edges.push({ id: `${id}->${target}`, source: id, target });
    }
  }

  return { nodes: layout([...viewNodes.values()], edges), edges: dedupe(edges) };
}

function datasetNode(project: Project, name: DatasetName): Omit<ViewNode, "position" | "width" | "height"> {
  const entry = project.catalog[name];
  return { id: datasetNodeId(name), type: "dataset", name, layer: entry?.layer, datasetType: entry?.type ?? "MemoryDataset", pipelines: [] };
}

function dedupe(edges: ViewEdge[]): ViewEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => (seen.has(edge.id) ? false : (seen.add(edge.id), true)));
}

/** Left-to-right layered layout; positions are the top-left corner, as React Flow expects. */
function layout(nodes: Omit<ViewNode, "position">[], edges: ViewEdge[]): ViewNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: "LR", nodesep: 18, ranksep: 40, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);

  return nodes.map((node) => {
    const placed = graph.node(node.id);
    return { ...node, position: { x: placed.x - node.width / 2, y: placed.y - node.height / 2 } };
  });
}
