/**
 * Kedro's data model, as plain serialisable objects.
 *
 * A node is a registered function kind with named inputs and outputs. The
 * DAG is never stored: it follows from which node outputs a dataset name and
 * which nodes take it as an input. `params:<key>` and `parameters` inputs are
 * read from the project's parameters instead of the catalog.
 */

/** A dataset name as used in `inputs`/`outputs` and `catalog.yml`. */
export type DatasetName = string;
/** A node's unique name within a project (Kedro's `name=`). */
export type NodeName = string;
/** A pipeline name as given to `kedro run --pipeline`. */
export type PipelineName = string;

export interface NodeSpec {
  name: NodeName;
  /** Registry id of the function the node calls, e.g. `scaler_fit`. */
  kind: string;
  inputs: DatasetName[];
  outputs: DatasetName[];
}

/** Kedro-Viz's layers, in the order they are drawn. */
export const LAYERS = [
  "raw",
  "intermediate",
  "primary",
  "feature",
  "model_input",
  "models",
  "model_output",
  "reporting",
] as const;
export type Layer = (typeof LAYERS)[number];

export interface CatalogEntry {
  /** Kedro dataset class, e.g. `pandas.CSVDataset`. */
  type: string;
  layer?: Layer;
  filepath?: string;
}

export type Catalog = Record<DatasetName, CatalogEntry>;

export type ParameterValue = string | number | boolean | null | ParameterValue[] | { [key: string]: ParameterValue };
export type Parameters = Record<string, ParameterValue>;

export interface Project {
  /** Named pipelines; `__default__` is always the sum of all of them. */
  pipelines: Record<PipelineName, NodeSpec[]>;
  catalog: Catalog;
  parameters: Parameters;
}

export const DEFAULT_PIPELINE = "__default__";
export const PARAMS_PREFIX = "params:";
export const ALL_PARAMETERS = "parameters";

/**
 * An input the user has not connected yet. The validator reports it as
 * `UNCONNECTED_INPUT`, and the graph code never treats it as a dataset name.
 */
export const UNCONNECTED = "";

export function isUnconnected(name: DatasetName): boolean {
  return name === UNCONNECTED;
}

export function isParameterInput(name: DatasetName): boolean {
  return name === ALL_PARAMETERS || name.startsWith(PARAMS_PREFIX);
}
