import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { createRegistry } from "../ml/kinds";
import { toSpec } from "../pipeline/registry";
import { canConnect, datasetPortType, portAccepts } from "./port-types";
import { testDocument, testKinds } from "./testing";

const kinds = testKinds();

describe("datasetPortType", () => {
  const { project } = testDocument();

  it.each([
    ["params:columns", "parameters"],
    ["parameters", "parameters"],
    ["scaler", "transformer"], // produced by `fit`; the producer wins over the pickle catalog entry
    ["model", "model"],
    ["scaled", "table"],
    ["raw", "table"], // pandas.CSVDataset
    ["report", "metrics"], // json.JSONDataset
    ["blob", "unknown"], // pickle.PickleDataset
    ["not_anywhere", "table"],
    ["constructor", "table"], // not inherited from Object.prototype
  ])("%s is %s", (dataset, expected) => {
    expect(datasetPortType(project, kinds, dataset)).toBe(expected);
  });

  it("reads kedro_datasets module paths", () => {
    const catalog = { full: { type: "kedro_datasets.json.JSONDataset" } };
    expect(datasetPortType({ ...project, catalog }, kinds, "full")).toBe("metrics");
  });

  it("is unknown when the producer's kind is unknown", () => {
    const odd = testDocument().project;
    odd.pipelines.model[0].kind = "retired";
    expect(datasetPortType(odd, kinds, "model")).toBe("unknown");
  });
});

describe("portAccepts", () => {
  it.each([
    ["table", "table", true],
    ["table", "model", false],
    ["model", "unknown", true],
    ["parameters", "unknown", false],
    ["parameters", "parameters", true],
    ["table", "parameters", false],
  ] as const)("%s port, %s dataset: %s", (port, dataset, expected) => {
    expect(portAccepts(port, dataset)).toBe(expected);
  });
});

describe("canConnect", () => {
  it("accepts a matching link", () => {
    expect(canConnect(testDocument().project, kinds, { dataset: "scaler", node: "apply_scaler", input: 1 })).toEqual({ ok: true });
  });

  it("rejects a mismatch on the port", () => {
    const check = canConnect(testDocument().project, kinds, { dataset: "raw", node: "apply_scaler", input: 1 });
    expect(check).toEqual({
      ok: false,
      error: {
        code: "PORT_TYPE_MISMATCH",
        params: { node: "apply_scaler", port: "scaler", dataset: "raw", expected: "transformer", actual: "table" },
        node: "apply_scaler",
        input: 1,
      },
    });
  });

  it("accepts every link of the Iris project", () => {
    const irisKinds = new Map(createRegistry().list().map((kind) => [kind.id, toSpec(kind)]));
    const project = irisProject();
    const rejected: string[] = [];
    for (const node of Object.values(project.pipelines).flat()) {
      node.inputs.forEach((dataset, input) => {
        const check = canConnect(project, irisKinds, { dataset, node: node.name, input });
        if (!check.ok) rejected.push(`${node.name}[${input}] ${dataset}: ${check.error.code}`);
      });
    }
    expect(rejected).toEqual([]);
  });
});
