/**
 * Node kind specs and a document for editor tests: one kind per port type,
 * so port typing can be checked without TensorFlow.js.
 */
import type { NodeKindSpec } from "../pipeline/registry";
import type { EditorDocument, KindCatalog } from "./types";

const specs: NodeKindSpec[] = [
  {
    id: "fit",
    group: "preprocessing",
    doc: "Fits a scaler.",
    inputs: [
      { name: "df", type: "table" },
      { name: "params", type: "parameters" },
    ],
    outputs: [{ name: "scaler", type: "transformer" }],
  },
  {
    id: "transform",
    group: "preprocessing",
    doc: "Applies a scaler.",
    inputs: [
      { name: "df", type: "table" },
      { name: "scaler", type: "transformer" },
    ],
    outputs: [{ name: "df_out", type: "table" }],
  },
  {
    id: "train",
    group: "models",
    doc: "Trains a model.",
    inputs: [{ name: "df", type: "table" }],
    outputs: [{ name: "model", type: "model" }],
  },
  {
    id: "evaluate",
    group: "evaluation",
    doc: "Scores a model.",
    inputs: [
      { name: "model", type: "model" },
      { name: "df", type: "table" },
    ],
    outputs: [
      { name: "report", type: "metrics" },
      { name: "matrix", type: "metrics" },
    ],
  },
];

export function testKinds(): KindCatalog {
  return new Map(specs.map((spec) => [spec.id, spec]));
}

/** raw → fit → scaler; (raw, scaler) → transform → scaled; scaled → train → model. */
export function testDocument(): EditorDocument {
  return {
    schemaVersion: 1,
    exerciseId: "toy",
    project: {
      pipelines: {
        prep: [
          { name: "fit_scaler", kind: "fit", inputs: ["raw", "params:columns"], outputs: ["scaler"] },
          { name: "apply_scaler", kind: "transform", inputs: ["raw", "scaler"], outputs: ["scaled"] },
        ],
        model: [{ name: "train_model", kind: "train", inputs: ["scaled"], outputs: ["model"] }],
      },
      catalog: {
        raw: { type: "pandas.CSVDataset", layer: "raw" },
        scaler: { type: "pickle.PickleDataset", layer: "models" },
        report: { type: "json.JSONDataset", layer: "reporting" },
        blob: { type: "pickle.PickleDataset" },
      },
      parameters: { columns: { features: ["a", "b"] } },
    },
    positions: {
      "node:fit_scaler": { x: 10, y: 20 },
      "param:params:columns@fit_scaler": { x: 0, y: 0 },
      "data:scaled": { x: 30, y: 40 },
      "data:scaled@model": { x: 50, y: 60 },
    },
  };
}

/** Freezes a value and everything in it, so a test fails if code mutates it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
