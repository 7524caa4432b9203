/**
 * Row lineage: which rows of which raw table each dataset of a project is
 * derived from, traced through the DAG by node kind and port type, never by
 * node or dataset names. The leakage and refit checks read it.
 *
 * A set of rows is a list of atoms. An atom is "the rows of raw table
 * `source` that split node A put in part `train`, B in part `test`, …". The
 * atom `{ source, parts: {} }` is the whole table. Two atoms overlap when
 * they share a source and agree on every split they both name, because two
 * different random splits of one table always share rows.
 */
import { producersOf, selectPipeline, topologicalSort } from "../pipeline/graph";
import type { PortType } from "../pipeline/registry";
import type { KindLookup } from "../pipeline/validate";
import { isParameterInput, isUnconnected } from "../pipeline/types";
import type { DatasetName, NodeName, NodeSpec, Project } from "../pipeline/types";
import type { RowClass } from "./spec";

export type SplitPart = "train" | "test";

export interface RowAtom {
  /** Raw catalog dataset the rows come from. */
  source: DatasetName;
  /** Part each split-marking node assigned to these rows, by node name. */
  parts: Readonly<Record<NodeName, SplitPart>>;
}

export interface DatasetLineage {
  /** Rows of a table; empty for fitted objects, metrics and parameters. */
  atoms: RowAtom[];
  /** Split-marking node whose marks the table's `split` column holds. */
  marker?: NodeName;
  /** Fitted feature transformers applied to the rows, by dataset name, in order. */
  transforms: DatasetName[];
  /** For a fitted transformer or model: the node that fitted it and the transforms its rows had. */
  fittedBy?: { node: NodeName; transforms: DatasetName[] };
}

/** A node that fits something on rows: a scaler, an encoder, a model or a hyperparameter search. */
export interface FitNode {
  node: NodeSpec;
  /** Table inputs with the rows each carries. */
  tables: { dataset: DatasetName; atoms: RowAtom[] }[];
}

/** Rows that a split-selecting node set aside as test rows. */
export interface TestPart {
  atom: RowAtom;
  /** Node that output the test part, and the dataset it wrote. */
  node: NodeName;
  dataset: DatasetName;
}

export interface ProjectLineage {
  datasets: ReadonlyMap<DatasetName, DatasetLineage>;
  fitNodes: FitNode[];
  testParts: TestPart[];
  /** Role of each raw dataset that rows come from. */
  sources: ReadonlyMap<DatasetName, "labeled" | "inference">;
  /** False when a cycle left some nodes out of the trace. */
  complete: boolean;
}

/**
 * Kinds that mark each row train or test in a `split` column. Kinds are the
 * engine's functions, so a new split kind must be listed here.
 */
export const SPLIT_MARKING_KINDS: ReadonlySet<string> = new Set(["create_split_column", "stratified_split"]);

/** Kinds that output the rows of one part per output, in this order. */
export const SPLIT_SELECTING_KINDS: Readonly<Record<string, readonly SplitPart[]>> = { split_master_table: ["train", "test"] };

/**
 * Kinds that fit on their rows although they output neither a transformer nor
 * a model: a hyperparameter search picks values by scoring its rows.
 */
export const SEARCH_KINDS: ReadonlySet<string> = new Set(["random_search_cv"]);

/** Transform kinds that change only the target column, so a row without a target does not need them. */
export const TARGET_TRANSFORM_KINDS: ReadonlySet<string> = new Set(["encoder_transform"]);

const FITTED_PORT_TYPES: ReadonlySet<PortType> = new Set(["transformer", "model"]);

/** Raw datasets and their rows; a raw dataset the spec does not name counts as labeled. */
export type SourceRoles = ReadonlyMap<DatasetName, "labeled" | "inference">;

/**
 * Traces every dataset of the project's `__default__` pipeline.
 *
 * @example
 * const lineage = traceLineage(irisProject(), registry, new Map([["iris_predict_raw", "inference"]]));
 * lineage.datasets.get("train_raw"); // { atoms: [{ source: "iris_train_raw", parts: { create_split_column: "train" } }], … }
 */
export function traceLineage(project: Project, kinds: KindLookup, sources: SourceRoles): ProjectLineage {
  const nodes = selectPipeline(project) ?? [];
  const sorted = topologicalSort(nodes);
  // On a cycle, nodes are traced in declaration order and inputs not traced yet count as having no rows.
  const order = sorted.ok ? sorted.order : nodes;
  const produced = new Set(producersOf(nodes).keys());
  const datasets = new Map<DatasetName, DatasetLineage>();
  const roles = new Map(sources);
  const fitNodes: FitNode[] = [];
  const testParts: TestPart[] = [];

  const lineageOf = (name: DatasetName): DatasetLineage => {
    const known = datasets.get(name);
    if (known) return known;
    if (produced.has(name)) return { atoms: [], transforms: [] };
    if (!roles.has(name)) roles.set(name, "labeled");
    return { atoms: [{ source: name, parts: {} }], transforms: [] };
  };

  for (const node of order) {
    const ports = portTypes(node, kinds);
    const tableInputs = node.inputs
      .map((dataset, index) => ({ dataset, type: ports.inputs[index] }))
      .filter((input) => input.type === "table" && !isUnconnected(input.dataset) && !isParameterInput(input.dataset))
      .map((input) => ({ dataset: input.dataset, lineage: lineageOf(input.dataset) }));
    const first = tableInputs[0]?.lineage;
    const atoms = unionAtoms(tableInputs.map((input) => input.lineage.atoms));

    const fits = SEARCH_KINDS.has(node.kind) || ports.outputs.some((type) => type !== undefined && FITTED_PORT_TYPES.has(type));
    if (fits) fitNodes.push({ node, tables: tableInputs.map((input) => ({ dataset: input.dataset, atoms: input.lineage.atoms })) });

    const selected = SPLIT_SELECTING_KINDS[node.kind];
    node.outputs.forEach((output, index) => {
      const type = ports.outputs[index];
      if (type === "table") {
        if (SPLIT_MARKING_KINDS.has(node.kind)) {
          datasets.set(output, { atoms, marker: node.name, transforms: first?.transforms ?? [] });
        } else if (selected?.[index]) {
          const part = selected[index];
          const split = first?.marker ?? UNMARKED_SPLIT;
          const partAtoms = restrictAtoms(atoms, split, part);
          datasets.set(output, { atoms: partAtoms, marker: first?.marker, transforms: first?.transforms ?? [] });
          if (part === "test") testParts.push(...partAtoms.map((atom) => ({ atom, node: node.name, dataset: output })));
        } else {
          datasets.set(output, { atoms, marker: first?.marker, transforms: appliedTransforms(node, ports.inputs, first?.transforms ?? []) });
        }
      } else if (type !== undefined && FITTED_PORT_TYPES.has(type)) {
        datasets.set(output, { atoms: [], transforms: [], fittedBy: { node: node.name, transforms: first?.transforms ?? [] } });
      } else {
        datasets.set(output, { atoms: [], transforms: [] });
      }
    });
  }

  return { datasets, fitNodes, testParts, sources: roles, complete: sorted.ok };
}

/** Split name used when a table without split marks is split: the rows keep their own `split` column. */
const UNMARKED_SPLIT = "(split column)";

interface NodePorts {
  inputs: (PortType | undefined)[];
  outputs: (PortType | undefined)[];
}

/**
 * Port types of a node. For an unknown kind, every non-parameter input and
 * output counts as a table, so rows still flow through it.
 */
function portTypes(node: NodeSpec, kinds: KindLookup): NodePorts {
  const kind = kinds.get(node.kind);
  if (!kind) {
    return {
      inputs: node.inputs.map((input) => (isParameterInput(input) ? "parameters" : "table")),
      outputs: node.outputs.map(() => "table"),
    };
  }
  return { inputs: node.inputs.map((_, i) => kind.inputs[i]?.type), outputs: node.outputs.map((_, i) => kind.outputs[i]?.type) };
}

/** Transforms of the main table plus the fitted transformers this node applies to it. */
function appliedTransforms(node: NodeSpec, inputTypes: (PortType | undefined)[], before: DatasetName[]): DatasetName[] {
  if (TARGET_TRANSFORM_KINDS.has(node.kind)) return before;
  const applied = node.inputs.filter((input, index) => inputTypes[index] === "transformer" && !isUnconnected(input));
  return applied.length === 0 ? before : [...before, ...applied];
}

export function atomKey(atom: RowAtom): string {
  const parts = Object.entries(atom.parts).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([atom.source, parts]);
}

function unionAtoms(lists: RowAtom[][]): RowAtom[] {
  const seen = new Map<string, RowAtom>();
  for (const atom of lists.flat()) seen.set(atomKey(atom), atom);
  return [...seen.values()];
}

/** Keeps the rows that `split` put in `part`; an atom already in the other part of that split is dropped. */
function restrictAtoms(atoms: readonly RowAtom[], split: NodeName, part: SplitPart): RowAtom[] {
  const kept: RowAtom[] = [];
  for (const atom of atoms) {
    const current = atom.parts[split];
    if (current !== undefined && current !== part) continue;
    kept.push({ source: atom.source, parts: { ...atom.parts, [split]: part } });
  }
  return kept;
}

/** Whether two atoms can share a row: same source and no split that puts them in different parts. */
export function atomsOverlap(a: RowAtom, b: RowAtom): boolean {
  if (a.source !== b.source) return false;
  return Object.entries(a.parts).every(([split, part]) => b.parts[split] === undefined || b.parts[split] === part);
}

/**
 * Classifies rows as the spec's `rows` filters read them: inference rows,
 * test rows (some split put them in test), train rows (every split that
 * names them put them in train), or `whole` (a labeled table not split yet).
 */
export function rowClasses(atoms: readonly RowAtom[], sources: SourceRoles): Set<RowClass | "whole"> {
  const classes = new Set<RowClass | "whole">();
  for (const atom of atoms) {
    const parts = Object.values(atom.parts);
    if (sources.get(atom.source) === "inference") classes.add("inference");
    else if (parts.includes("test")) classes.add("test");
    else if (parts.includes("train")) classes.add("train");
    else classes.add("whole");
  }
  return classes;
}

/** True when a node's table inputs carry only rows of class `rows` (and at least one row set). */
export function readsOnly(node: NodeSpec, rows: RowClass, lineage: ProjectLineage, kinds: KindLookup): boolean {
  const ports = portTypes(node, kinds);
  const tables = node.inputs.filter((input, index) => ports.inputs[index] === "table" && !isUnconnected(input) && !isParameterInput(input));
  if (tables.length === 0) return false;
  const atoms = tables.flatMap((dataset) => lineage.datasets.get(dataset)?.atoms ?? sourceAtoms(dataset, lineage));
  const classes = rowClasses(atoms, lineage.sources);
  return classes.size === 1 && classes.has(rows);
}

/** Atoms of a dataset that no node produces: the whole raw table. */
function sourceAtoms(dataset: DatasetName, lineage: ProjectLineage): RowAtom[] {
  return lineage.sources.has(dataset) ? [{ source: dataset, parts: {} }] : [];
}
