/**
 * The editor's document and its commands. Every edit is a plain command
 * object applied by a pure function, so undo/redo, autosave and tests need
 * nothing else.
 */
import type { NodeKindSpec } from "../pipeline/registry";
import type { Catalog, DatasetName, NodeName, Parameters, PipelineName, Project } from "../pipeline/types";

export const EDITOR_SCHEMA_VERSION = 1;

export interface Position {
  x: number;
  y: number;
}

/** One exercise's work, as the browser saves, exports and imports it. */
export interface EditorDocument {
  schemaVersion: typeof EDITOR_SCHEMA_VERSION;
  /** Exercise the work belongs to, e.g. `iris`. */
  exerciseId: string;
  project: Project;
  /**
   * Canvas positions by view-node id (`node:…`, `data:…`, `param:…`).
   * Nodes without a position are placed by the automatic layout.
   */
  positions: Record<string, Position>;
}

/** An input left empty: the node is "not configured" until it is connected. */
export { UNCONNECTED } from "../pipeline/types";

export type EditorCommand =
  | { type: "add_node"; kind: string; pipeline: PipelineName; name?: NodeName; position?: Position }
  | { type: "remove_node"; node: NodeName }
  | { type: "rename_node"; node: NodeName; to: NodeName }
  | { type: "change_kind"; node: NodeName; kind: string }
  | { type: "rename_dataset"; from: DatasetName; to: DatasetName }
  /** Sets input `input` (port index) of `node` to a dataset or `params:` name. */
  | { type: "connect"; dataset: DatasetName; node: NodeName; input: number }
  | { type: "disconnect"; node: NodeName; input: number }
  | { type: "set_parameters"; parameters: Parameters }
  | { type: "set_catalog"; catalog: Catalog }
  | { type: "move"; positions: Record<string, Position> }
  /** Drops stored positions so the automatic layout places everything. */
  | { type: "auto_layout" }
  /** Replaces the whole document, e.g. reset to the exercise's original or an import. */
  | { type: "replace"; document: EditorDocument };

export interface CommandError {
  /** Stable code, phrased through lib/i18n (`error.<code>`). */
  code: string;
  params: Record<string, string | number>;
  /** Place to show it: a node, and the input port index on it. */
  node?: NodeName;
  input?: number;
}

export type CommandResult = { ok: true; document: EditorDocument } | { ok: false; error: CommandError };

/** Kind specs by id, as the worker reports them. */
export type KindCatalog = ReadonlyMap<string, NodeKindSpec>;
