/**
 * The graph Kedro-Viz draws for a project: function nodes, dataset nodes and
 * parameter nodes, laid out left to right. Pure data, so the canvas only maps
 * it to React Flow and tests can check it without a DOM.
 *
 * With several pipelines, each one gets its own lane, stacked top to bottom
 * in declaration order. One left-to-right strip of all Iris nodes is 19
 * ranks wide, too wide to read on a laptop; lanes cut that to the longest
 * pipeline. A dataset is drawn in the lane of the node that produces it, or
 * in the first lane that reads it. Other lanes that read it get a reference
 * copy whose `ref` points at the original.
 */
import dagre from "@dagrejs/dagre";
import { pipelinesOfNode, selectPipeline } from "./graph";
import type { DatasetName, Layer, NodeName, NodeSpec, PipelineName, Project } from "./types";
import { DEFAULT_PIPELINE, isParameterInput, isUnconnected } from "./types";

export type ViewNodeType = "function" | "dataset" | "parameters" | "pipeline";

export interface ViewNode {
  /**
   * `node:<name>`, `data:<name>`, `data:<name>@<lane>` for a reference copy,
   * `param:<input>@<consumer>` or `pipeline:<name>` for a lane.
   */
  id: string;
  type: ViewNodeType;
  /** Node name, dataset name, parameter input (`params:columns`) or pipeline name. */
  name: string;
  kind?: string;
  layer?: Layer;
  datasetType?: string;
  pipelines: PipelineName[];
  /** For a reference copy: the id of the dataset node it repeats. */
  ref?: string;
  /** Lane (pipeline) the node is drawn in; absent when there are no lanes. */
  lane?: PipelineName;
  /** For function nodes: the node's inputs and outputs, one per port ("" when unconnected). */
  inputs?: string[];
  outputs?: string[];
  position: { x: number; y: number };
  width: number;
  height: number;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  /** Port handles on function nodes: `out-<index>` and `in-<index>`. */
  sourceHandle?: string;
  targetHandle?: string;
}

export interface ViewGraph {
  nodes: ViewNode[];
  edges: ViewEdge[];
}

type UnplacedNode = Omit<ViewNode, "position">;

const SIZES: Record<Exclude<ViewNodeType, "pipeline">, { width: number; height: number }> = {
  function: { width: 190, height: 52 },
  dataset: { width: 180, height: 44 },
  parameters: { width: 160, height: 30 },
};
/** Room above a lane's nodes for its title, and around them. */
const LANE_HEADER = 30;
const LANE_PADDING = 12;
const LANE_GAP = 24;

export const functionNodeId = (name: NodeName) => `node:${name}`;
export const datasetNodeId = (name: DatasetName) => `data:${name}`;
export const pipelineNodeId = (name: PipelineName) => `pipeline:${name}`;
/**
 * Parameter nodes are drawn once per consumer: `params:columns` feeds most
 * Iris nodes, and a single shared node would pull edges across the whole DAG.
 */
export const parameterNodeId = (name: string, consumer: NodeName) => `param:${name}@${consumer}`;

/**
 * Builds and lays out the graph of one pipeline (default: all of them, one lane each).
 *
 * @example
 * buildViewGraph(irisProject()).nodes.find((n) => n.id === "data:master_table")?.layer; // "primary"
 */
export function buildViewGraph(project: Project, pipeline: PipelineName = DEFAULT_PIPELINE, options: ViewGraphOptions = {}): ViewGraph {
  const lanes = laneNodes(project, pipeline);
  const home = datasetHomes(lanes);
  const nodes: ViewNode[] = [];
  const edges: ViewEdge[] = [];
  let top = 0;

  const unused = options.includeUnusedCatalog ? unusedCatalogDatasets(project, lanes) : [];
  if (unused.length > 0 && lanes.length === 0) lanes.push([pipeline, []]);
  for (const [index, [lane, laneSpecs]] of lanes.entries()) {
    const built = buildLane(project, lane, laneSpecs, home);
    // Catalog datasets no node uses yet go to the first lane, ready to be connected.
    if (index === 0) for (const name of unused) built.nodes.push({ ...datasetNode(project, name, datasetNodeId(name)), ...SIZES.dataset });
    const laid = layout(built.nodes, built.edges);
    const width = Math.max(...laid.map((node) => node.position.x + node.width)) + 2 * LANE_PADDING;
    const height = Math.max(...laid.map((node) => node.position.y + node.height)) + LANE_HEADER + 2 * LANE_PADDING;
    if (lanes.length > 1) {
      nodes.push({ id: pipelineNodeId(lane), type: "pipeline", name: lane, pipelines: [lane], position: { x: 0, y: top }, width, height });
    }
    const offsetY = lanes.length > 1 ? top + LANE_HEADER + LANE_PADDING : 0;
    const offsetX = lanes.length > 1 ? LANE_PADDING : 0;
    const laneName = lanes.length > 1 ? lane : undefined;
    for (const node of laid) nodes.push({ ...node, lane: laneName, position: { x: node.position.x + offsetX, y: node.position.y + offsetY } });
    edges.push(...built.edges);
    top += height + LANE_GAP;
  }
  return applyPositions({ nodes, edges: dedupe(edges) }, options.positions);
}

export interface ViewGraphOptions {
  /** Positions the user chose (by view-node id); they replace the layout's. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Also draw catalog datasets that no node reads or writes yet (the editor needs them to connect). */
  includeUnusedCatalog?: boolean;
}

function unusedCatalogDatasets(project: Project, lanes: [PipelineName, NodeSpec[]][]): DatasetName[] {
  const used = new Set(lanes.flatMap(([, nodes]) => nodes.flatMap((node) => [...node.inputs, ...node.outputs])));
  return Object.keys(project.catalog).filter((name) => !used.has(name));
}

/**
 * Moves nodes to the user's positions and refits each lane box around its
 * members, so a lane follows the nodes dragged within it.
 */
function applyPositions(graph: ViewGraph, positions?: Readonly<Record<string, { x: number; y: number }>>): ViewGraph {
  if (!positions || Object.keys(positions).length === 0) return graph;
  const nodes = graph.nodes.map((node) => (positions[node.id] && node.type !== "pipeline" ? { ...node, position: positions[node.id] } : node));
  const refitted = nodes.map((node) => {
    if (node.type !== "pipeline") return node;
    const members = nodes.filter((member) => member.lane === node.name && member.type !== "pipeline");
    if (members.length === 0) return node;
    const left = Math.min(...members.map((member) => member.position.x)) - LANE_PADDING;
    const top = Math.min(...members.map((member) => member.position.y)) - LANE_PADDING - LANE_HEADER;
    const right = Math.max(...members.map((member) => member.position.x + member.width)) + LANE_PADDING;
    const bottom = Math.max(...members.map((member) => member.position.y + member.height)) + LANE_PADDING;
    return { ...node, position: { x: left, y: top }, width: right - left, height: bottom - top };
  });
  return { nodes: refitted, edges: graph.edges };
}

/** Lists the lanes to draw: each named pipeline for `__default__`, else the one pipeline. */
function laneNodes(project: Project, pipeline: PipelineName): [PipelineName, NodeSpec[]][] {
  if (pipeline !== DEFAULT_PIPELINE || project.pipelines[DEFAULT_PIPELINE]) {
    return [[pipeline, selectPipeline(project, pipeline) ?? []]];
  }
  const placed = new Set<NodeSpec>();
  const all = selectPipeline(project, DEFAULT_PIPELINE) ?? [];
  const lanes: [PipelineName, NodeSpec[]][] = [];
  for (const [name, specs] of Object.entries(project.pipelines)) {
    // A node listed in two pipelines is drawn once, in the first.
    const own = all.filter((node) => !placed.has(node) && specs.some((spec) => spec.name === node.name && spec.kind === node.kind));
    own.forEach((node) => placed.add(node));
    if (own.length > 0) lanes.push([name, own]);
  }
  return lanes;
}

/** Maps each dataset to its lane: its producer's, else the first lane that reads it. */
function datasetHomes(lanes: [PipelineName, NodeSpec[]][]): Map<DatasetName, PipelineName> {
  const home = new Map<DatasetName, PipelineName>();
  for (const [lane, nodes] of lanes) for (const node of nodes) for (const output of node.outputs) if (!home.has(output)) home.set(output, lane);
  for (const [lane, nodes] of lanes) {
    for (const node of nodes) {
      for (const input of node.inputs) if (!isUnconnected(input) && !home.has(input)) home.set(input, lane);
    }
  }
  return home;
}

function buildLane(project: Project, lane: PipelineName, specs: NodeSpec[], home: Map<DatasetName, PipelineName>) {
  const nodes = new Map<string, UnplacedNode>();
  const edges: ViewEdge[] = [];
  const add = (node: Omit<UnplacedNode, "width" | "height">) => {
    if (!nodes.has(node.id)) nodes.set(node.id, { ...node, ...SIZES[node.type as keyof typeof SIZES] });
  };
  const datasetId = (name: DatasetName) => {
    const id = datasetNodeId(name);
    if (home.get(name) === lane) {
      add(datasetNode(project, name, id));
      return id;
    }
    const copy = `${id}@${lane}`;
    add({ ...datasetNode(project, name, copy), ref: id });
    return copy;
  };

  for (const node of specs) {
    const id = functionNodeId(node.name);
    add({ id, type: "function", name: node.name, kind: node.kind, pipelines: pipelinesOfNode(project, node.name), inputs: [...node.inputs], outputs: [...node.outputs] });
    for (const [index, input] of node.inputs.entries()) {
      // An unconnected input has no dataset node and no edge; the canvas shows the port as open.
      if (isUnconnected(input)) continue;
      let source: string;
      if (isParameterInput(input)) {
        source = parameterNodeId(input, node.name);
        add({ id: source, type: "parameters", name: input, pipelines: [] });
      } else {
        source = datasetId(input);
      }
      edges.push({ id: `${source}->${id}#${index}`, source, target: id, targetHandle: `in-${index}` });
    }
    for (const [index, output] of node.outputs.entries()) {
      const target = datasetId(output);
      edges.push({ id: `${id}#${index}->${target}`, source: id, target, sourceHandle: `out-${index}` });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

function datasetNode(project: Project, name: DatasetName, id: string): Omit<UnplacedNode, "width" | "height"> {
  const entry = project.catalog[name];
  return { id, type: "dataset", name, layer: entry?.layer, datasetType: entry?.type ?? "MemoryDataset", pipelines: [] };
}

function dedupe(edges: ViewEdge[]): ViewEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => (seen.has(edge.id) ? false : (seen.add(edge.id), true)));
}

/** Left-to-right layered layout; positions are the top-left corner, as React Flow expects. */
function layout(nodes: UnplacedNode[], edges: ViewEdge[]): ViewNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: "LR", nodesep: 14, ranksep: 36, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);

  return nodes.map((node) => {
    const placed = graph.node(node.id);
    return { ...node, position: { x: placed.x - node.width / 2, y: placed.y - node.height / 2 } };
  });
}
