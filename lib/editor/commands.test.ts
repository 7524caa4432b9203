import { describe, expect, it } from "vitest";
import { validateProject } from "../pipeline/validate";
import { createRegistry } from "../ml/kinds";
import { toSpec } from "../pipeline/registry";
import { COMMAND_ERROR_CODES, applyCommand, interchangeableKinds } from "./commands";
import { diabetesDocument } from "./documents";
import { deepFreeze, testDocument, testKinds } from "./testing";
import type { CommandResult, EditorCommand, EditorDocument } from "./types";
import { UNCONNECTED } from "./types";

const kinds = testKinds();

/** Applies a command to a frozen copy of the test document and checks the input was not changed. */
function apply(command: EditorCommand, document: EditorDocument = testDocument()): CommandResult {
  const before = structuredClone(document);
  const result = applyCommand(deepFreeze(document), command, kinds);
  expect(document).toEqual(before);
  return result;
}

function applied(command: EditorCommand, document?: EditorDocument): EditorDocument {
  const result = apply(command, document);
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.document;
}

function nodeOf(document: EditorDocument, name: string) {
  return Object.values(document.project.pipelines)
    .flat()
    .find((node) => node.name === name);
}

describe("applyCommand errors", () => {
  it.each<{ name: string; command: EditorCommand; code: string; params?: Record<string, string | number>; node?: string; input?: number }>([
    { name: "add unknown kind", command: { type: "add_node", kind: "nope", pipeline: "prep" }, code: "UNKNOWN_NODE_KIND", params: { kind: "nope" } },
    { name: "add with taken name", command: { type: "add_node", kind: "train", pipeline: "prep", name: "fit_scaler" }, code: "NAME_TAKEN", params: { name: "fit_scaler" } },
    { name: "add with invalid name", command: { type: "add_node", kind: "train", pipeline: "prep", name: "has space" }, code: "INVALID_NAME", params: { name: "has space" } },
    { name: "add to invalid pipeline", command: { type: "add_node", kind: "train", pipeline: "a-b" }, code: "INVALID_NAME", params: { name: "a-b" } },
    { name: "add creating __default__", command: { type: "add_node", kind: "train", pipeline: "__default__" }, code: "INVALID_NAME" },
    { name: "add at NaN position", command: { type: "add_node", kind: "train", pipeline: "prep", position: { x: Number.NaN, y: 0 } }, code: "INVALID_POSITION", params: { id: "node:train" } },
    { name: "remove unknown node", command: { type: "remove_node", node: "ghost" }, code: "NODE_NOT_FOUND", params: { node: "ghost" } },
    { name: "rename unknown node", command: { type: "rename_node", node: "ghost", to: "x" }, code: "NODE_NOT_FOUND" },
    { name: "rename node to taken", command: { type: "rename_node", node: "fit_scaler", to: "train_model" }, code: "NAME_TAKEN", params: { name: "train_model" }, node: "fit_scaler" },
    { name: "rename node to empty", command: { type: "rename_node", node: "fit_scaler", to: "" }, code: "INVALID_NAME", params: { name: "" } },
    { name: "rename node to dotted end", command: { type: "rename_node", node: "fit_scaler", to: "a." }, code: "INVALID_NAME" },
    { name: "rename dataset to taken", command: { type: "rename_dataset", from: "raw", to: "scaled" }, code: "NAME_TAKEN", params: { name: "scaled" } },
    { name: "rename dataset to catalog-only name", command: { type: "rename_dataset", from: "raw", to: "blob" }, code: "NAME_TAKEN" },
    { name: "rename dataset to invalid", command: { type: "rename_dataset", from: "raw", to: "raw data" }, code: "INVALID_NAME", params: { name: "raw data" } },
    { name: "rename dataset to params", command: { type: "rename_dataset", from: "raw", to: "params:raw" }, code: "INVALID_NAME" },
    { name: "rename params input", command: { type: "rename_dataset", from: "params:columns", to: "cols" }, code: "INVALID_NAME", params: { name: "params:columns" } },
    { name: "rename unknown dataset", command: { type: "rename_dataset", from: "ghost", to: "x" }, code: "DATASET_NOT_FOUND", params: { dataset: "ghost" } },
    { name: "connect unknown node", command: { type: "connect", dataset: "raw", node: "ghost", input: 0 }, code: "NODE_NOT_FOUND" },
    { name: "connect port past end", command: { type: "connect", dataset: "raw", node: "train_model", input: 1 }, code: "INVALID_PORT", params: { count: 1 }, node: "train_model", input: 1 },
    { name: "connect negative port", command: { type: "connect", dataset: "raw", node: "train_model", input: -1 }, code: "INVALID_PORT" },
    { name: "connect fractional port", command: { type: "connect", dataset: "raw", node: "train_model", input: 0.5 }, code: "INVALID_PORT" },
    { name: "connect own output", command: { type: "connect", dataset: "scaled", node: "apply_scaler", input: 0 }, code: "SELF_LOOP", params: { node: "apply_scaler", dataset: "scaled" }, node: "apply_scaler", input: 0 },
    { name: "connect invalid name", command: { type: "connect", dataset: "a b", node: "train_model", input: 0 }, code: "INVALID_NAME" },
    { name: "connect empty name", command: { type: "connect", dataset: "", node: "train_model", input: 0 }, code: "INVALID_NAME" },
    {
      name: "connect model to table port",
      command: { type: "connect", dataset: "model", node: "apply_scaler", input: 0 },
      code: "PORT_TYPE_MISMATCH",
      params: { expected: "table", actual: "model", dataset: "model", port: "df", node: "apply_scaler" },
      node: "apply_scaler",
      input: 0,
    },
    { name: "connect params to table port", command: { type: "connect", dataset: "params:columns", node: "train_model", input: 0 }, code: "PORT_TYPE_MISMATCH", params: { actual: "parameters" } },
    { name: "connect table to params port", command: { type: "connect", dataset: "raw", node: "fit_scaler", input: 1 }, code: "PORT_TYPE_MISMATCH", params: { expected: "parameters", actual: "table" } },
    { name: "connect pickle to params port", command: { type: "connect", dataset: "blob", node: "fit_scaler", input: 1 }, code: "PORT_TYPE_MISMATCH", params: { actual: "unknown" } },
    { name: "connect json to table port", command: { type: "connect", dataset: "report", node: "train_model", input: 0 }, code: "PORT_TYPE_MISMATCH", params: { actual: "metrics" } },
    { name: "connect new name to transformer", command: { type: "connect", dataset: "brand_new", node: "apply_scaler", input: 1 }, code: "PORT_TYPE_MISMATCH", params: { actual: "table" } },
    { name: "disconnect unknown node", command: { type: "disconnect", node: "ghost", input: 0 }, code: "NODE_NOT_FOUND" },
    { name: "disconnect port past end", command: { type: "disconnect", node: "fit_scaler", input: 2 }, code: "INVALID_PORT", node: "fit_scaler", input: 2 },
    { name: "catalog with invalid key", command: { type: "set_catalog", catalog: { "bad key": { type: "pandas.CSVDataset" } } }, code: "INVALID_NAME", params: { name: "bad key" } },
    { name: "move to infinity", command: { type: "move", positions: { "node:a": { x: 0, y: Number.POSITIVE_INFINITY } } }, code: "INVALID_POSITION", params: { id: "node:a" } },
  ])("$name fails with $code", ({ command, code, params, node, input }) => {
    const result = apply(command);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(COMMAND_ERROR_CODES).toContain(result.error.code);
    if (params) expect(result.error.params).toMatchObject(params);
    if (node !== undefined) expect(result.error.node).toBe(node);
    if (input !== undefined) expect(result.error.input).toBe(input);
  });
});

describe("add_node", () => {
  it("names the node after its kind", () => {
    const document = applied({ type: "add_node", kind: "train", pipeline: "model" });
    const node = nodeOf(document, "train");
    expect(node).toEqual({ name: "train", kind: "train", inputs: [UNCONNECTED], outputs: ["train_model"] });
    expect(document.project.pipelines.model.map((n) => n.name)).toEqual(["train_model", "train"]);
  });

  it("makes names unique with a suffix", () => {
    let document = testDocument();
    document = applied({ type: "add_node", kind: "evaluate", pipeline: "model" }, document);
    document = applied({ type: "add_node", kind: "evaluate", pipeline: "model" }, document);
    document = applied({ type: "add_node", kind: "evaluate", pipeline: "model" }, document);
    expect(document.project.pipelines.model.map((n) => n.name)).toEqual(["train_model", "evaluate", "evaluate_2", "evaluate_3"]);
    expect(nodeOf(document, "evaluate_2")?.outputs).toEqual(["evaluate_2_report", "evaluate_2_matrix"]);
  });

  it("avoids every dataset name in the project", () => {
    // `train_model` the dataset name would clash: a node named `train` outputs `train_model`.
    const document = applied({ type: "add_node", kind: "train", pipeline: "model", name: "fit" });
    expect(nodeOf(document, "fit")?.outputs).toEqual(["fit_model"]);
    const withCatalog = applied({ type: "add_node", kind: "fit", pipeline: "prep", name: "x" }, {
      ...testDocument(),
      project: { ...testDocument().project, catalog: { ...testDocument().project.catalog, x_scaler: { type: "pickle.PickleDataset" } } },
    });
    expect(nodeOf(withCatalog, "x")?.outputs).toEqual(["x_scaler_2"]);
  });

  it("creates a new pipeline", () => {
    const document = applied({ type: "add_node", kind: "train", pipeline: "extra", name: "trainer" });
    expect(document.project.pipelines.extra).toEqual([{ name: "trainer", kind: "train", inputs: [""], outputs: ["trainer_model"] }]);
  });

  it("stores the position", () => {
    const document = applied({ type: "add_node", kind: "train", pipeline: "model", position: { x: 5, y: 7 } });
    expect(document.positions["node:train"]).toEqual({ x: 5, y: 7 });
  });

  it("is reported as not configured", () => {
    const document = applied({ type: "add_node", kind: "transform", pipeline: "model" });
    const problems = validateProject(document.project, kinds).filter((p) => p.node === "transform");
    expect(problems.map((p) => [p.code, p.params.port])).toEqual([
      ["UNCONNECTED_INPUT", "df"],
      ["UNCONNECTED_INPUT", "scaler"],
    ]);
  });
});

describe("remove_node", () => {
  it("removes the node and its positions", () => {
    const document = applied({ type: "remove_node", node: "fit_scaler" });
    expect(nodeOf(document, "fit_scaler")).toBeUndefined();
    expect(document.positions["node:fit_scaler"]).toBeUndefined();
    expect(document.positions["param:params:columns@fit_scaler"]).toBeUndefined();
    expect(document.positions["data:scaled"]).toEqual({ x: 30, y: 40 });
  });

  it("removes it from every pipeline", () => {
    const shared = testDocument();
    shared.project.pipelines.model.push({ ...shared.project.pipelines.prep[0] });
    const document = applied({ type: "remove_node", node: "fit_scaler" }, shared);
    expect(document.project.pipelines.prep.map((n) => n.name)).toEqual(["apply_scaler"]);
    expect(document.project.pipelines.model.map((n) => n.name)).toEqual(["train_model"]);
  });

  it("leaves consumers of its outputs dangling", () => {
    const document = applied({ type: "remove_node", node: "apply_scaler" });
    expect(nodeOf(document, "train_model")?.inputs).toEqual(["scaled"]);
    const problems = validateProject(document.project, kinds);
    expect(problems.map((p) => [p.code, p.dataset])).toContainEqual(["DANGLING_INPUT", "scaled"]);
  });
});

describe("rename_node", () => {
  it("renames in every pipeline and moves positions", () => {
    const shared = testDocument();
    shared.project.pipelines.model.push({ ...shared.project.pipelines.prep[0] });
    const document = applied({ type: "rename_node", node: "fit_scaler", to: "fit_scaler.v2" }, shared);
    expect(document.project.pipelines.prep[0].name).toBe("fit_scaler.v2");
    expect(document.project.pipelines.model[1].name).toBe("fit_scaler.v2");
    expect(document.positions["node:fit_scaler.v2"]).toEqual({ x: 10, y: 20 });
    expect(document.positions["node:fit_scaler"]).toBeUndefined();
    expect(document.positions["param:params:columns@fit_scaler.v2"]).toEqual({ x: 0, y: 0 });
  });

  it("accepts accented letters", () => {
    const document = applied({ type: "rename_node", node: "fit_scaler", to: "ajuste_padronização" });
    expect(nodeOf(document, "ajuste_padronização")?.kind).toBe("fit");
  });

  it("returns the same document for the same name", () => {
    const document = testDocument();
    expect(apply({ type: "rename_node", node: "fit_scaler", to: "fit_scaler" }, document)).toEqual({ ok: true, document });
  });
});

describe("rename_dataset", () => {
  it("renames inputs, outputs, catalog and positions", () => {
    const document = applied({ type: "rename_dataset", from: "scaler", to: "fitted_scaler" });
    expect(nodeOf(document, "fit_scaler")?.outputs).toEqual(["fitted_scaler"]);
    expect(nodeOf(document, "apply_scaler")?.inputs).toEqual(["raw", "fitted_scaler"]);
    expect(Object.keys(document.project.catalog)).toEqual(["raw", "fitted_scaler", "report", "blob"]);
    expect(document.project.catalog.fitted_scaler.type).toBe("pickle.PickleDataset");
  });

  it("moves the dataset's positions and reference copies", () => {
    const document = applied({ type: "rename_dataset", from: "scaled", to: "scaled_table" });
    expect(document.positions["data:scaled_table"]).toEqual({ x: 30, y: 40 });
    expect(document.positions["data:scaled_table@model"]).toEqual({ x: 50, y: 60 });
    expect(document.positions["data:scaled"]).toBeUndefined();
    expect(nodeOf(document, "train_model")?.inputs).toEqual(["scaled_table"]);
  });

  it("renames a dataset only in the catalog", () => {
    const document = applied({ type: "rename_dataset", from: "blob", to: "blob2" });
    expect(Object.keys(document.project.catalog)).toContain("blob2");
    expect(Object.keys(document.project.catalog)).not.toContain("blob");
  });

  it("may take a node's name", () => {
    const document = applied({ type: "rename_dataset", from: "scaled", to: "train_model" });
    expect(nodeOf(document, "train_model")?.inputs).toEqual(["train_model"]);
  });
});

describe("connect", () => {
  it.each<{ name: string; dataset: string; node: string; input: number }>([
    { name: "produced transformer", dataset: "scaler", node: "apply_scaler", input: 1 },
    { name: "catalog table", dataset: "raw", node: "train_model", input: 0 },
    { name: "new name as table", dataset: "brand_new", node: "train_model", input: 0 },
    { name: "pickle to a model port", dataset: "blob", node: "train_model", input: 0 },
    { name: "parameters to params port", dataset: "parameters", node: "fit_scaler", input: 1 },
    { name: "params key path", dataset: "params:columns.features", node: "fit_scaler", input: 1 },
  ])("accepts $name", ({ dataset, node, input }) => {
    const document = applied({ type: "connect", dataset, node, input });
    expect(nodeOf(document, node)?.inputs[input]).toBe(dataset);
  });

  it("fills an unconnected input", () => {
    let document = applied({ type: "add_node", kind: "evaluate", pipeline: "model" });
    document = applied({ type: "connect", dataset: "model", node: "evaluate", input: 0 }, document);
    expect(nodeOf(document, "evaluate")?.inputs).toEqual(["model", UNCONNECTED]);
  });

  it("pads a node with too few inputs", () => {
    const short = testDocument();
    short.project.pipelines.prep[1].inputs = [];
    const document = applied({ type: "connect", dataset: "scaler", node: "apply_scaler", input: 1 }, short);
    expect(nodeOf(document, "apply_scaler")?.inputs).toEqual([UNCONNECTED, "scaler"]);
  });

  it("returns the same document when already connected", () => {
    const document = testDocument();
    const result = apply({ type: "connect", dataset: "scaled", node: "train_model", input: 0 }, document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document).toBe(document);
  });
});

describe("disconnect", () => {
  it("sets the input to UNCONNECTED", () => {
    const document = applied({ type: "disconnect", node: "apply_scaler", input: 1 });
    expect(nodeOf(document, "apply_scaler")?.inputs).toEqual(["raw", UNCONNECTED]);
    expect(validateProject(document.project, kinds).map((p) => [p.code, p.node, p.input])).toContainEqual(["UNCONNECTED_INPUT", "apply_scaler", 1]);
  });

  it("disconnects on a node of an unknown kind", () => {
    const unknown = testDocument();
    unknown.project.pipelines.model[0].kind = "retired";
    const document = applied({ type: "disconnect", node: "train_model", input: 0 }, unknown);
    expect(nodeOf(document, "train_model")?.inputs).toEqual([UNCONNECTED]);
  });
});

describe("whole-document commands", () => {
  it("set_parameters replaces the parameters", () => {
    const document = applied({ type: "set_parameters", parameters: { seed: 1 } });
    expect(document.project.parameters).toEqual({ seed: 1 });
    expect(document.project.catalog).toEqual(testDocument().project.catalog);
  });

  it("set_catalog replaces the catalog", () => {
    const document = applied({ type: "set_catalog", catalog: { raw: { type: "pandas.ParquetDataset" } } });
    expect(document.project.catalog).toEqual({ raw: { type: "pandas.ParquetDataset" } });
  });

  it("move merges positions", () => {
    const document = applied({ type: "move", positions: { "node:fit_scaler": { x: 1, y: 2 }, "node:train_model": { x: 3, y: 4 } } });
    expect(document.positions["node:fit_scaler"]).toEqual({ x: 1, y: 2 });
    expect(document.positions["node:train_model"]).toEqual({ x: 3, y: 4 });
    expect(document.positions["data:scaled"]).toEqual({ x: 30, y: 40 });
  });

  it("auto_layout clears positions", () => {
    const document = applied({ type: "auto_layout" });
    expect(document.positions).toEqual({});
    expect(apply({ type: "auto_layout" }, document)).toEqual({ ok: true, document });
  });

  it("replace returns the given document", () => {
    const other = { ...testDocument(), exerciseId: "other" };
    const result = apply({ type: "replace", document: other });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document).toBe(other);
  });
});

describe("change_kind", () => {
  const realKinds = new Map(createRegistry().list().map((kind) => [kind.id, toSpec(kind)]));
  const diabetes = () => diabetesDocument();

  it("lists the MLP as the logistic regression's interchangeable kind, and back", () => {
    expect(interchangeableKinds(realKinds, "train_model")).toEqual(["train_mlp"]);
    expect(interchangeableKinds(realKinds, "train_mlp")).toEqual(["train_model"]);
    expect(interchangeableKinds(realKinds, "no_such_kind")).toEqual([]);
  });

  it("swaps the function and keeps the node's name and links", () => {
    const before = diabetes();
    const result = applyCommand(deepFreeze(before), { type: "change_kind", node: "train_model", kind: "train_mlp" }, realKinds);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const node = nodeOf(result.document, "train_model");
    expect(node?.kind).toBe("train_mlp");
    expect(node?.inputs).toEqual(nodeOf(before, "train_model")?.inputs);
    expect(node?.outputs).toEqual(["trained_model"]);
    expect(validateProject(result.document.project, createRegistry())).toEqual([]);
  });

  it("refuses a kind with other ports, naming both kinds", () => {
    const result = applyCommand(diabetes(), { type: "change_kind", node: "train_model", kind: "scaler_fit" }, realKinds);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: "INCOMPATIBLE_KIND", node: "train_model", params: { from: "train_model", kind: "scaler_fit" } });
  });

  it("names an unknown node or kind", () => {
    const ghost = applyCommand(diabetes(), { type: "change_kind", node: "ghost", kind: "train_mlp" }, realKinds);
    expect(ghost.ok).toBe(false);
    if (!ghost.ok) expect(ghost.error.code).toBe("NODE_NOT_FOUND");
    const unknown = applyCommand(diabetes(), { type: "change_kind", node: "train_model", kind: "svm" }, realKinds);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe("UNKNOWN_NODE_KIND");
  });

  it("returns the same document when the kind does not change", () => {
    const document = diabetes();
    const result = applyCommand(document, { type: "change_kind", node: "train_model", kind: "train_model" }, realKinds);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document).toBe(document);
  });
});
