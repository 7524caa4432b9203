import { describe, expect, it } from "vitest";
import { downstreamOf, freeInputs, producersOf, selectPipeline, topologicalSort } from "./graph";
import { resolveParameter } from "./params";
import { toyProject } from "./test-fixtures";
import type { NodeSpec } from "./types";

describe("selectPipeline", () => {
  it("sums all pipelines for __default__", () => {
    const names = selectPipeline(toyProject())?.map((node) => node.name);
    expect(names).toEqual(["double_raw", "scale_doubled", "sum_all"]);
  });

  it("returns one named pipeline", () => {
    expect(selectPipeline(toyProject(), "report")?.map((node) => node.name)).toEqual(["sum_all"]);
  });

  it("returns undefined for an unknown name", () => {
    expect(selectPipeline(toyProject(), "missing")).toBeUndefined();
  });
});

describe("topologicalSort", () => {
  it("orders producers before consumers whatever the declaration order", () => {
    const nodes: NodeSpec[] = [
      { name: "last", kind: "add", inputs: ["b", "c"], outputs: ["d"] },
      { name: "middle", kind: "double", inputs: ["a"], outputs: ["b"] },
      { name: "first", kind: "double", inputs: ["raw"], outputs: ["a"] },
      { name: "side", kind: "double", inputs: ["raw"], outputs: ["c"] },
    ];
    const result = topologicalSort(nodes);
    expect(result.ok).toBe(true);
    const order = result.ok ? result.order.map((node) => node.name) : [];
    expect(order.indexOf("first")).toBeLessThan(order.indexOf("middle"));
    expect(order.indexOf("middle")).toBeLessThan(order.indexOf("last"));
    expect(order.indexOf("side")).toBeLessThan(order.indexOf("last"));
    expect(order).toHaveLength(4);
  });

  it("keeps declaration order among independent nodes", () => {
    const nodes: NodeSpec[] = [
      { name: "b", kind: "double", inputs: ["raw"], outputs: ["x"] },
      { name: "a", kind: "double", inputs: ["raw"], outputs: ["y"] },
    ];
    const result = topologicalSort(nodes);
    expect(result.ok && result.order.map((node) => node.name)).toEqual(["b", "a"]);
  });

  it("returns the cycle path", () => {
    const nodes: NodeSpec[] = [
      { name: "a", kind: "double", inputs: ["y"], outputs: ["x"] },
      { name: "b", kind: "double", inputs: ["x"], outputs: ["y"] },
    ];
    const result = topologicalSort(nodes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.cycle).toEqual(["a", "b", "a"]);
  });
});

describe("freeInputs and downstreamOf", () => {
  it("lists inputs no node produces, without parameters", () => {
    expect(freeInputs(selectPipeline(toyProject())!)).toEqual(["raw"]);
  });

  it("skips unconnected inputs", () => {
    const nodes: NodeSpec[] = [
      { name: "a", kind: "add", inputs: ["raw", ""], outputs: ["x"] },
      { name: "b", kind: "add", inputs: ["", "x"], outputs: ["y"] },
      { name: "c", kind: "double", inputs: [""], outputs: [""] },
    ];
    expect(freeInputs(nodes)).toEqual(["raw"]);
    expect(producersOf(nodes).has("")).toBe(false);
    const sorted = topologicalSort(nodes);
    expect(sorted.ok && sorted.order.map((node) => node.name)).toEqual(["a", "b", "c"]);
  });

  it("follows dataset names downstream", () => {
    const nodes = selectPipeline(toyProject())!;
    expect(downstreamOf(nodes, ["scale_doubled"])).toEqual(new Set(["scale_doubled", "sum_all"]));
  });
});

describe("resolveParameter", () => {
  const parameters = toyProject().parameters;
  it.each([
    ["parameters", parameters],
    ["params:scaling", { factor: 3, nested: { deep: 1 } }],
    ["params:scaling.factor", 3],
    ["params:scaling.nested.deep", 1],
    ["params:scaling.missing", undefined],
    ["params:scaling.factor.deeper", undefined],
    ["raw", undefined],
  ])("resolves %s", (input, expected) => {
    expect(resolveParameter(parameters, input)).toEqual(expected);
  });
});
