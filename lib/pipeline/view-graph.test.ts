import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { buildViewGraph } from "./view-graph";

describe("buildViewGraph", () => {
  const graph = buildViewGraph(irisProject());

  it("draws function, dataset and parameter nodes apart", () => {
    const byType = (type: string) => graph.nodes.filter((node) => node.type === type).map((node) => node.name);
    expect(byType("function")).toHaveLength(13);
    expect(byType("parameters")).toEqual(expect.arrayContaining(["params:columns", "params:split_params", "params:train"]));
    expect(byType("dataset")).toEqual(expect.arrayContaining(["iris_train_raw", "master_table", "predicted"]));
  });

  it("gives datasets their catalog layer and memory datasets none", () => {
    const node = (name: string) => graph.nodes.find((n) => n.type === "dataset" && n.name === name);
    expect(node("master_table")?.layer).toBe("primary");
    expect(node("iris_train_raw")?.layer).toBe("raw");
    expect(node("train_raw")?.layer).toBeUndefined();
    expect(node("train_raw")?.datasetType).toBe("MemoryDataset");
  });

  it("lays out left to right along the data flow", () => {
    const x = (id: string) => graph.nodes.find((n) => n.id === id)!.position.x;
    for (const edge of graph.edges) expect(x(edge.source), edge.id).toBeLessThan(x(edge.target));
  });

  it("draws a parameter node per consumer", () => {
    const columns = graph.nodes.filter((n) => n.type === "parameters" && n.name === "params:columns");
    expect(columns.length).toBeGreaterThan(5);
    for (const node of columns) expect(graph.edges.filter((edge) => edge.source === node.id)).toHaveLength(1);
  });

  it("stacks one lane per pipeline", () => {
    const lanes = graph.nodes.filter((n) => n.type === "pipeline");
    expect(lanes.map((n) => n.name)).toEqual(["data_engineering", "model_train", "model_predict"]);
    for (let i = 1; i < lanes.length; i++) {
      expect(lanes[i].position.y).toBeGreaterThanOrEqual(lanes[i - 1].position.y + lanes[i - 1].height);
    }
    const trainLane = lanes[1];
    const train = graph.nodes.find((n) => n.id === "node:train_model")!;
    expect(train.position.y).toBeGreaterThan(trainLane.position.y);
    expect(train.position.y + train.height).toBeLessThanOrEqual(trainLane.position.y + trainLane.height);
  });

  it("draws a shared dataset once plus references", () => {
    const masterTables = graph.nodes.filter((n) => n.type === "dataset" && n.name === "master_table");
    expect(masterTables.map((n) => n.id).sort()).toEqual(["data:master_table", "data:master_table@model_train"]);
    expect(masterTables.find((n) => n.id.includes("@"))?.ref).toBe("data:master_table");
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("labels function nodes with their pipelines", () => {
    const node = graph.nodes.find((n) => n.id === "node:train_model");
    expect(node?.pipelines).toEqual(["model_train"]);
  });

  it("filters to one pipeline without lanes", () => {
    const filtered = buildViewGraph(irisProject(), "model_predict");
    expect(filtered.nodes.some((n) => n.type === "pipeline")).toBe(false);
    expect(filtered.nodes.filter((n) => n.type === "function").map((n) => n.name)).toEqual(["scale_predict_table", "predict_unlabeled"]);
  });
});

describe("buildViewGraph options", () => {
  it("uses stored positions and refits the lane around them", () => {
    const graph = buildViewGraph(irisProject(), "__default__", { positions: { "node:train_model": { x: 5000, y: 700 } } });
    const train = graph.nodes.find((n) => n.id === "node:train_model")!;
    expect(train.position).toEqual({ x: 5000, y: 700 });
    const lane = graph.nodes.find((n) => n.id === "pipeline:model_train")!;
    expect(lane.position.x + lane.width).toBeGreaterThanOrEqual(5000 + train.width);
  });

  it("draws unused catalog datasets when asked", () => {
    const project = irisProject();
    project.pipelines = { data_engineering: [] };
    expect(buildViewGraph(project).nodes).toHaveLength(0);
    const names = buildViewGraph(project, "__default__", { includeUnusedCatalog: true }).nodes.map((n) => n.name);
    expect(names).toContain("iris_train_raw");
    expect(names).toContain("master_table");
  });

  it("leaves unconnected inputs without edges but keeps their port", () => {
    const project = irisProject();
    project.pipelines.data_engineering[2].inputs = ["", "params:columns"];
    const graph = buildViewGraph(project);
    const scaler = graph.nodes.find((n) => n.id === "node:create_feature_scaler")!;
    expect(scaler.inputs).toEqual(["", "params:columns"]);
    expect(graph.edges.some((e) => e.target === scaler.id && e.targetHandle === "in-0")).toBe(false);
    expect(graph.edges.some((e) => e.target === scaler.id && e.targetHandle === "in-1")).toBe(true);
  });
});
