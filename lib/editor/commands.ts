/**
 * Applies editor commands to a document. Every function here is pure: it
 * returns a new document and never changes its input. A command that changes
 * nothing returns the same document object, so history can skip it.
 *
 * As in Kedro, links are not stored. Connecting an input only sets a dataset
 * name, and the DAG follows from which node outputs that name.
 */
import type { Catalog, DatasetName, NodeName, NodeSpec, Parameters, Project } from "../pipeline/types";
import { DEFAULT_PIPELINE, UNCONNECTED, isParameterInput } from "../pipeline/types";
import { datasetNodeId, functionNodeId } from "../pipeline/view-graph";
import { datasetNames, isValidName, nodeNames, uniqueName } from "./names";
import { canConnect, findNode } from "./port-types";
import type { CommandError, CommandResult, EditorCommand, EditorDocument, KindCatalog, Position } from "./types";

/** Codes a command can fail with; each has an `error.<code>` message in lib/i18n. */
export const COMMAND_ERROR_CODES = [
  "UNKNOWN_NODE_KIND",
  "NODE_NOT_FOUND",
  "DATASET_NOT_FOUND",
  "NAME_TAKEN",
  "INVALID_NAME",
  "INVALID_PORT",
  "INVALID_POSITION",
  "SELF_LOOP",
  "PORT_TYPE_MISMATCH",
  "INCOMPATIBLE_KIND",
] as const;

/**
 * Applies one command.
 *
 * @example
 * applyCommand(document, { type: "connect", dataset: "mt_train", node: "train_model", input: 0 }, kinds);
 */
export function applyCommand(document: EditorDocument, command: EditorCommand, kinds: KindCatalog): CommandResult {
  switch (command.type) {
    case "add_node":
      return addNode(document, command, kinds);
    case "remove_node":
      return removeNode(document, command.node);
    case "rename_node":
      return renameNode(document, command.node, command.to);
    case "change_kind":
      return changeKind(document, command.node, command.kind, kinds);
    case "rename_dataset":
      return renameDataset(document, command.from, command.to);
    case "connect":
      return connect(document, command, kinds);
    case "disconnect":
      return disconnect(document, command.node, command.input, kinds);
    case "set_parameters":
      return setParameters(document, command.parameters);
    case "set_catalog":
      return setCatalog(document, command.catalog);
    case "move":
      return move(document, command.positions);
    case "auto_layout":
      return Object.keys(document.positions).length === 0 ? ok(document) : ok({ ...document, positions: {} });
    case "replace":
      return ok(command.document);
  }
}

type AddNodeCommand = Extract<EditorCommand, { type: "add_node" }>;

/**
 * Adds a node with every input unconnected and fresh output names. A missing
 * name becomes the kind id, made unique. A name the caller gives must be free.
 */
function addNode(document: EditorDocument, command: AddNodeCommand, kinds: KindCatalog): CommandResult {
  const { project } = document;
  const kind = kinds.get(command.kind);
  if (!kind) return fail({ code: "UNKNOWN_NODE_KIND", params: { node: command.name ?? command.kind, kind: command.kind } });

  // An explicit `__default__` pipeline would hide every other pipeline from `kedro run`.
  const creatingDefault = command.pipeline === DEFAULT_PIPELINE && !Object.hasOwn(project.pipelines, DEFAULT_PIPELINE);
  if (!isValidName(command.pipeline) || creatingDefault) return fail({ code: "INVALID_NAME", params: { name: command.pipeline } });

  const takenNodes = nodeNames(project);
  let name: NodeName;
  if (command.name === undefined) {
    name = uniqueName(kind.id, takenNodes);
  } else {
    const problem = checkNewName(command.name, takenNodes);
    if (problem) return fail(problem);
    name = command.name;
  }

  const takenDatasets = datasetNames(project);
  const outputs = kind.outputs.map((port) => {
    const output = uniqueName(`${name}_${port.name}`, takenDatasets);
    takenDatasets.add(output);
    return output;
  });
  const node: NodeSpec = { name, kind: kind.id, inputs: kind.inputs.map(() => UNCONNECTED), outputs };

  let positions = document.positions;
  if (command.position) {
    const id = functionNodeId(name);
    if (!isFinitePosition(command.position)) return fail({ code: "INVALID_POSITION", params: { id } });
    positions = { ...positions, [id]: { x: command.position.x, y: command.position.y } };
  }

  const existing = Object.hasOwn(project.pipelines, command.pipeline) ? project.pipelines[command.pipeline] : [];
  const pipelines = { ...project.pipelines, [command.pipeline]: [...existing, node] };
  return ok({ ...document, project: { ...project, pipelines }, positions });
}

/**
 * Removes a node from every pipeline, with its stored positions. Datasets it
 * output stay wherever other nodes read them: the validator then reports them
 * as dangling, which shows the user what to reconnect.
 */
function removeNode(document: EditorDocument, nodeName: NodeName): CommandResult {
  if (!findNode(document.project, nodeName)) return fail({ code: "NODE_NOT_FOUND", params: { node: nodeName } });

  const pipelines = Object.fromEntries(
    Object.entries(document.project.pipelines).map(([pipeline, nodes]) => [pipeline, nodes.filter((node) => node.name !== nodeName)]),
  );
  const positions = Object.fromEntries(Object.entries(document.positions).filter(([id]) => !belongsToNode(id, nodeName)));
  return ok({ ...document, project: { ...document.project, pipelines }, positions });
}

function renameNode(document: EditorDocument, from: NodeName, to: NodeName): CommandResult {
  if (!findNode(document.project, from)) return fail({ code: "NODE_NOT_FOUND", params: { node: from } });
  if (to === from) return ok(document);

  const problem = checkNewName(to, nodeNames(document.project));
  if (problem) return fail({ ...problem, node: from });

  const pipelines = mapNodes(document.project, (node) => (node.name === from ? { ...node, name: to } : node));
  const positions = renameKeys(document.positions, (id) => renameNodeViewId(id, from, to));
  return ok({ ...document, project: { ...document.project, pipelines }, positions });
}

/**
 * Kinds that can replace `kindId` on a node without touching its links: the
 * same number of inputs and outputs, with the same port types in order (the
 * logistic regression and the MLP, for instance).
 */
export function interchangeableKinds(kinds: KindCatalog, kindId: string): string[] {
  const current = kinds.get(kindId);
  if (!current) return [];
  const signature = (ports: readonly { type: string }[]) => ports.map((port) => port.type).join(",");
  return [...kinds.values()]
    .filter((kind) => kind.id !== kindId && signature(kind.inputs) === signature(current.inputs) && signature(kind.outputs) === signature(current.outputs))
    .map((kind) => kind.id);
}

/** Swaps a node's function for an interchangeable kind, keeping its name, inputs and outputs. */
function changeKind(document: EditorDocument, nodeName: NodeName, kindId: string, kinds: KindCatalog): CommandResult {
  const node = findNode(document.project, nodeName);
  if (!node) return fail({ code: "NODE_NOT_FOUND", params: { node: nodeName } });
  if (node.kind === kindId) return ok(document);
  if (!kinds.has(kindId)) return fail({ code: "UNKNOWN_NODE_KIND", params: { node: nodeName, kind: kindId } });
  if (!interchangeableKinds(kinds, node.kind).includes(kindId)) {
    return fail({ code: "INCOMPATIBLE_KIND", params: { node: nodeName, from: node.kind, kind: kindId }, node: nodeName });
  }
  const pipelines = mapNodes(document.project, (spec) => (spec.name === nodeName ? { ...spec, kind: kindId } : spec));
  return ok({ ...document, project: { ...document.project, pipelines } });
}

/** Renames a dataset in every input and output, in the catalog and in stored positions. */
function renameDataset(document: EditorDocument, from: DatasetName, to: DatasetName): CommandResult {
  const { project } = document;
  // Parameter names live in parameters.yml; renaming one here would only break the link.
  if (isParameterInput(from)) return fail({ code: "INVALID_NAME", params: { name: from } });
  const usedNames = datasetNames(project);
  if (!usedNames.has(from)) return fail({ code: "DATASET_NOT_FOUND", params: { dataset: from } });
  if (to === from) return ok(document);
  if (!isValidName(to)) return fail({ code: "INVALID_NAME", params: { name: to } });
  if (usedNames.has(to)) return fail({ code: "NAME_TAKEN", params: { name: to } });

  const rename = (name: DatasetName) => (name === from ? to : name);
  const pipelines = mapNodes(project, (node) => ({ ...node, inputs: node.inputs.map(rename), outputs: node.outputs.map(rename) }));
  const catalog = renameKeys(project.catalog, rename);
  const positions = renameKeys(document.positions, (id) => renameDatasetViewId(id, from, to));
  return ok({ ...document, project: { ...project, pipelines, catalog }, positions });
}

type ConnectCommand = Extract<EditorCommand, { type: "connect" }>;

function connect(document: EditorDocument, command: ConnectCommand, kinds: KindCatalog): CommandResult {
  const check = canConnect(document.project, kinds, command);
  if (!check.ok) return fail(check.error);
  return setInput(document, command.node, command.input, command.dataset);
}

function disconnect(document: EditorDocument, nodeName: NodeName, input: number, kinds: KindCatalog): CommandResult {
  const node = findNode(document.project, nodeName);
  if (!node) return fail({ code: "NODE_NOT_FOUND", params: { node: nodeName } });

  // A node of an unknown kind can still be disconnected, on the ports it lists.
  const count = kinds.get(node.kind)?.inputs.length ?? node.inputs.length;
  if (!Number.isInteger(input) || input < 0 || input >= count) {
    return fail({ code: "INVALID_PORT", params: { node: nodeName, input, count }, node: nodeName, input });
  }
  return setInput(document, nodeName, input, UNCONNECTED);
}

/** Sets one input on every copy of the node, filling missing ports before it with UNCONNECTED. */
function setInput(document: EditorDocument, nodeName: NodeName, input: number, dataset: DatasetName): CommandResult {
  const node = findNode(document.project, nodeName);
  if (node?.inputs[input] === dataset) return ok(document);

  const pipelines = mapNodes(document.project, (candidate) => {
    if (candidate.name !== nodeName) return candidate;
    const inputs = [...candidate.inputs];
    while (inputs.length <= input) inputs.push(UNCONNECTED);
    inputs[input] = dataset;
    return { ...candidate, inputs };
  });
  return ok({ ...document, project: { ...document.project, pipelines } });
}

function setParameters(document: EditorDocument, parameters: Parameters): CommandResult {
  return ok({ ...document, project: { ...document.project, parameters } });
}

function setCatalog(document: EditorDocument, catalog: Catalog): CommandResult {
  const invalid = Object.keys(catalog).find((name) => !isValidName(name));
  if (invalid !== undefined) return fail({ code: "INVALID_NAME", params: { name: invalid } });
  return ok({ ...document, project: { ...document.project, catalog } });
}

function move(document: EditorDocument, positions: Record<string, Position>): CommandResult {
  const invalid = Object.entries(positions).find(([, position]) => !isFinitePosition(position));
  if (invalid) return fail({ code: "INVALID_POSITION", params: { id: invalid[0] } });
  const copies = Object.fromEntries(Object.entries(positions).map(([id, { x, y }]) => [id, { x, y }]));
  return ok({ ...document, positions: { ...document.positions, ...copies } });
}

function checkNewName(name: NodeName, usedNames: ReadonlySet<NodeName>): CommandError | undefined {
  if (!isValidName(name)) return { code: "INVALID_NAME", params: { name } };
  if (usedNames.has(name)) return { code: "NAME_TAKEN", params: { name } };
  return undefined;
}

function mapNodes(project: Project, map: (node: NodeSpec) => NodeSpec): Project["pipelines"] {
  return Object.fromEntries(Object.entries(project.pipelines).map(([pipeline, nodes]) => [pipeline, nodes.map(map)]));
}

/** Copies a record with renamed keys, keeping key order. */
function renameKeys<T>(record: Record<string, T>, rename: (key: string) => string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [rename(key), value]));
}

/** View ids that move with a node: `node:<name>` and its parameter nodes `param:<input>@<name>`. */
function belongsToNode(id: string, nodeName: NodeName): boolean {
  return id === functionNodeId(nodeName) || (id.startsWith("param:") && id.endsWith(`@${nodeName}`));
}

function renameNodeViewId(id: string, from: NodeName, to: NodeName): string {
  if (id === functionNodeId(from)) return functionNodeId(to);
  if (id.startsWith("param:") && id.endsWith(`@${from}`)) return `${id.slice(0, -from.length)}${to}`;
  return id;
}

/** Renames `data:<name>` and its reference copies `data:<name>@<lane>`. */
function renameDatasetViewId(id: string, from: DatasetName, to: DatasetName): string {
  const original = datasetNodeId(from);
  if (id === original) return datasetNodeId(to);
  if (id.startsWith(`${original}@`)) return `${datasetNodeId(to)}${id.slice(original.length)}`;
  return id;
}

function isFinitePosition(position: Position): boolean {
  return Number.isFinite(position.x) && Number.isFinite(position.y);
}

function ok(document: EditorDocument): CommandResult {
  return { ok: true, document };
}

function fail(error: CommandError): CommandResult {
  return { ok: false, error };
}
