import { describe, expect, it } from "vitest";
import { toyProject, toyRegistry } from "./test-fixtures";
import type { Project } from "./types";
import { validateProject } from "./validate";

function withNodes(pipelines: Project["pipelines"]): Project {
  return { ...toyProject(), pipelines };
}

describe("validateProject", () => {
  it("accepts the toy project", () => {
    expect(validateProject(toyProject(), toyRegistry())).toEqual([]);
  });

  it.each([
    {
      name: "cycle",
      project: withNodes({
        p: [
          { name: "a", kind: "double", inputs: ["y"], outputs: ["x"] },
          { name: "b", kind: "double", inputs: ["x"], outputs: ["y"] },
        ],
      }),
      code: "CYCLE",
      node: "a",
    },
    {
      name: "dangling input",
      project: withNodes({ p: [{ name: "a", kind: "double", inputs: ["not_there"], outputs: ["x"] }] }),
      code: "DANGLING_INPUT",
      node: "a",
      dataset: "not_there",
    },
    {
      name: "output produced twice",
      project: withNodes({
        p: [
          { name: "a", kind: "double", inputs: ["raw"], outputs: ["x"] },
          { name: "b", kind: "double", inputs: ["raw"], outputs: ["x"] },
        ],
      }),
      code: "DUPLICATE_OUTPUT",
      node: "b",
      dataset: "x",
    },
    {
      name: "unknown kind",
      project: withNodes({ p: [{ name: "a", kind: "triple", inputs: ["raw"], outputs: ["x"] }] }),
      code: "UNKNOWN_NODE_KIND",
      node: "a",
    },
    {
      name: "missing parameter key",
      project: withNodes({ p: [{ name: "a", kind: "scale", inputs: ["raw", "params:scaling.missing"], outputs: ["x"] }] }),
      code: "MISSING_PARAMETER",
      node: "a",
      dataset: "params:scaling.missing",
    },
    {
      name: "duplicate node name",
      project: withNodes({
        p: [
          { name: "a", kind: "double", inputs: ["raw"], outputs: ["x"] },
          { name: "a", kind: "double", inputs: ["raw"], outputs: ["y"] },
        ],
      }),
      code: "DUPLICATE_NODE_NAME",
      node: "a",
    },
    {
      name: "wrong input count",
      project: withNodes({ p: [{ name: "a", kind: "add", inputs: ["raw"], outputs: ["x"] }] }),
      code: "INPUT_COUNT",
      node: "a",
    },
    {
      name: "wrong output count",
      project: withNodes({ p: [{ name: "a", kind: "double", inputs: ["raw"], outputs: ["x", "y"] }] }),
      code: "OUTPUT_COUNT",
      node: "a",
    },
  ])("reports $name as $code on node $node", ({ project, code, node, dataset }) => {
    const problems = validateProject(project, toyRegistry());
    const problem = problems.find((p) => p.code === code);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.node).toBe(node);
    if (dataset) expect(problem?.dataset).toBe(dataset);
  });

  it("lists every node of a cycle and its path", () => {
    const project = withNodes({
      p: [
        { name: "a", kind: "double", inputs: ["z"], outputs: ["x"] },
        { name: "b", kind: "double", inputs: ["x"], outputs: ["y"] },
        { name: "c", kind: "double", inputs: ["y"], outputs: ["z"] },
      ],
    });
    const [problem] = validateProject(project, toyRegistry());
    expect(problem.code).toBe("CYCLE");
    expect(new Set(problem.nodes)).toEqual(new Set(["a", "b", "c"]));
    expect(problem.params.path).toBe("a → b → c → a");
  });

  it("reports an unknown pipeline with the known names", () => {
    const [problem] = validateProject(toyProject(), toyRegistry(), { pipeline: "nope" });
    expect(problem.code).toBe("UNKNOWN_PIPELINE");
    expect(problem.params.known).toBe("prepare, report");
  });

  it("accepts catalog inputs of a single pipeline", () => {
    // `report` reads `doubled` (in the catalog) and `scaled` (a memory dataset produced elsewhere).
    const problems = validateProject(toyProject(), toyRegistry(), { pipeline: "report" });
    expect(problems.map((p) => p.code)).toEqual(["DANGLING_INPUT"]);
    expect(problems[0].dataset).toBe("scaled");
  });

  it("reports unconnected inputs with port names", () => {
    const project = withNodes({ p: [{ name: "a", kind: "scale", inputs: ["", ""], outputs: ["x"] }] });
    const problems = validateProject(project, toyRegistry());
    expect(problems).toEqual([
      { code: "UNCONNECTED_INPUT", node: "a", input: 0, params: { node: "a", input: 0, port: "x" } },
      { code: "UNCONNECTED_INPUT", node: "a", input: 1, params: { node: "a", input: 1, port: "params" } },
    ]);
  });

  it("does not treat an unconnected input as a dataset", () => {
    const project = withNodes({
      p: [
        { name: "a", kind: "add", inputs: ["raw", ""], outputs: ["x"] },
        { name: "b", kind: "add", inputs: ["", "x"], outputs: ["y"] },
      ],
    });
    const codes = validateProject(project, toyRegistry()).map((p) => p.code);
    expect(codes).toEqual(["UNCONNECTED_INPUT", "UNCONNECTED_INPUT"]);
  });

  it("accepts inputs made available by a previous run", () => {
    const problems = validateProject(toyProject(), toyRegistry(), { pipeline: "report", available: ["scaled"] });
    expect(problems).toEqual([]);
  });
});

describe("validateProject with prototype-like names", () => {
  it("reports a dataset named constructor as dangling", () => {
    const project: Project = { ...toyProject(), pipelines: { p: [{ name: "a", kind: "double", inputs: ["constructor"], outputs: ["x"] }] } };
    const problems = validateProject(project, toyRegistry());
    expect(problems.map((p) => p.code)).toEqual(["DANGLING_INPUT"]);
  });
});
