/**
 * Toy node kinds and projects for engine tests: arithmetic on numbers, so a
 * test can check the runner without TensorFlow.js.
 */
import { EngineError } from "./errors";
import { NodeRegistry } from "./registry";
import type { NodeKind } from "./registry";
import type { Project } from "./types";

const add: NodeKind = {
  id: "add",
  group: "data",
  doc: "Adds two numbers.",
  inputs: [
    { name: "a", type: "table" },
    { name: "b", type: "table" },
  ],
  outputs: [{ name: "sum", type: "table" }],
  run: ([a, b]) => [(a as number) + (b as number)],
};

const double: NodeKind = {
  id: "double",
  group: "data",
  doc: "Doubles a number.",
  inputs: [{ name: "x", type: "table" }],
  outputs: [{ name: "y", type: "table" }],
  run: ([x]) => [(x as number) * 2],
};

const scale: NodeKind = {
  id: "scale",
  group: "preprocessing",
  doc: "Multiplies by params.factor; fails on a negative input.",
  inputs: [
    { name: "x", type: "table" },
    { name: "params", type: "parameters" },
  ],
  outputs: [{ name: "y", type: "table" }],
  run: ([x, params]) => {
    if ((x as number) < 0) throw new EngineError("NEGATIVE", { value: x as number }, "x");
    return [(x as number) * (params as { factor: number }).factor];
  },
};

export function toyRegistry(): NodeRegistry {
  return new NodeRegistry().register(add, double, scale);
}

/** raw → double → doubled → scale(params:scaling) → scaled; add(doubled, scaled) → total. */
export function toyProject(): Project {
  return {
    pipelines: {
      prepare: [
        { name: "double_raw", kind: "double", inputs: ["raw"], outputs: ["doubled"] },
        { name: "scale_doubled", kind: "scale", inputs: ["doubled", "params:scaling"], outputs: ["scaled"] },
      ],
      report: [{ name: "sum_all", kind: "add", inputs: ["doubled", "scaled"], outputs: ["total"] }],
    },
    catalog: {
      raw: { type: "pandas.CSVDataset", layer: "raw" },
      doubled: { type: "pandas.ParquetDataset", layer: "intermediate" },
      total: { type: "json.JSONDataset", layer: "reporting" },
    },
    parameters: { scaling: { factor: 3, nested: { deep: 1 } } },
  };
}
