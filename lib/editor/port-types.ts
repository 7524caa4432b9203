/**
 * Typed links: which datasets an input port accepts. The editor calls
 * `canConnect` while the user drags a link, and the `connect` command calls
 * it again before it changes the document.
 */
import type { PortType } from "../pipeline/registry";
import type { DatasetName, NodeName, NodeSpec, Project } from "../pipeline/types";
import { isParameterInput } from "../pipeline/types";
import { isValidName, isValidParameterInput } from "./names";
import type { CommandError, KindCatalog } from "./types";

/** A port type, or `unknown` for a dataset that may contain anything (a pickle). */
export type DatasetPortType = PortType | "unknown";

/** Kedro also accepts the full module path, e.g. `kedro_datasets.pandas.CSVDataset`. */
const KEDRO_DATASETS_PREFIX = "kedro_datasets.";

/**
 * Infers what a dataset contains. Parameter inputs are `parameters`. A
 * dataset that a node outputs has that output port's type. Otherwise the
 * catalog entry's class decides: `pandas.*` is a table, `json.*` metrics and
 * anything else `unknown`. A name in neither place is a new table.
 */
export function datasetPortType(project: Project, kinds: KindCatalog, dataset: DatasetName): DatasetPortType {
  if (isParameterInput(dataset)) return "parameters";

  const producer = findProducer(project, dataset);
  if (producer) {
    const port = kinds.get(producer.kind)?.outputs[producer.outputs.indexOf(dataset)];
    return port?.type ?? "unknown";
  }

  if (!Object.hasOwn(project.catalog, dataset)) return "table";
  const entry = project.catalog[dataset];
  const type = entry.type.startsWith(KEDRO_DATASETS_PREFIX) ? entry.type.slice(KEDRO_DATASETS_PREFIX.length) : entry.type;
  if (type.startsWith("pandas.")) return "table";
  if (type.startsWith("json.")) return "metrics";
  return "unknown";
}

/**
 * Returns whether a port of `portType` may read a dataset of `datasetType`.
 * Parameters only link to parameter ports, and an `unknown` dataset links to
 * any other port.
 */
export function portAccepts(portType: PortType, datasetType: DatasetPortType): boolean {
  if (portType === "parameters" || datasetType === "parameters") return portType === datasetType;
  return datasetType === "unknown" || datasetType === portType;
}

export interface Connection {
  dataset: DatasetName;
  node: NodeName;
  /** Input port index on `node`. */
  input: number;
}

export type ConnectCheck = { ok: true } | { ok: false; error: CommandError };

/**
 * Checks a link before it is made: the node, its kind and the port exist,
 * the dataset name is valid, the node does not read its own output, and the
 * port type accepts the dataset. Errors carry `node` and `input`.
 */
export function canConnect(project: Project, kinds: KindCatalog, connection: Connection): ConnectCheck {
  const { dataset, node: nodeName, input } = connection;
  const node = findNode(project, nodeName);
  if (!node) return reject({ code: "NODE_NOT_FOUND", params: { node: nodeName } });

  const kind = kinds.get(node.kind);
  if (!kind) return reject({ code: "UNKNOWN_NODE_KIND", params: { node: nodeName, kind: node.kind }, node: nodeName });

  const at = { node: nodeName, input };
  if (!Number.isInteger(input) || input < 0 || input >= kind.inputs.length) {
    return reject({ code: "INVALID_PORT", params: { node: nodeName, input, count: kind.inputs.length }, ...at });
  }
  if (!isValidName(dataset) && !isValidParameterInput(dataset)) {
    return reject({ code: "INVALID_NAME", params: { name: dataset }, ...at });
  }
  if (node.outputs.includes(dataset)) {
    return reject({ code: "SELF_LOOP", params: { node: nodeName, dataset }, ...at });
  }

  const port = kind.inputs[input];
  const actual = datasetPortType(project, kinds, dataset);
  if (!portAccepts(port.type, actual)) {
    return reject({ code: "PORT_TYPE_MISMATCH", params: { node: nodeName, port: port.name, dataset, expected: port.type, actual }, ...at });
  }
  return { ok: true };
}

/** Returns the first node with this name in any pipeline. */
export function findNode(project: Project, name: NodeName): NodeSpec | undefined {
  for (const nodes of Object.values(project.pipelines)) {
    const node = nodes.find((candidate) => candidate.name === name);
    if (node) return node;
  }
  return undefined;
}

function findProducer(project: Project, dataset: DatasetName): NodeSpec | undefined {
  for (const nodes of Object.values(project.pipelines)) {
    const node = nodes.find((candidate) => candidate.outputs.includes(dataset));
    if (node) return node;
  }
  return undefined;
}

function reject(error: CommandError): ConnectCheck {
  return { ok: false, error };
}
