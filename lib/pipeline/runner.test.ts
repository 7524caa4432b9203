import { describe, expect, it } from "vitest";
import type { RunEvent } from "./events";
import { runPipeline } from "./runner";
import { toyProject, toyRegistry } from "./test-fixtures";

async function run(options: Parameters<typeof runPipeline>[2] = {}) {
  const events: RunEvent[] = [];
  const result = await runPipeline(toyProject(), toyRegistry(), { inputs: { raw: 5 }, onEvent: (e) => events.push(e), ...options });
  return { result, events };
}

describe("runPipeline", () => {
  it("runs every node in order and keeps every dataset", async () => {
    const { result } = await run();
    expect(result.status).toBe("success");
    expect(result.datasets).toMatchObject({ raw: 5, doubled: 10, scaled: 30, total: 40 });
    expect(result.timings.map((t) => t.node)).toEqual(["double_raw", "scale_doubled", "sum_all"]);
  });

  it("emits started and finished events per node with durations", async () => {
    const { events } = await run();
    const types = events.filter((e) => e.type !== "log").map((e) => e.type);
    expect(types[0]).toBe("run_started");
    expect(types.at(-1)).toBe("run_finished");
    expect(types.filter((t) => t === "node_started")).toHaveLength(3);
    const finished = events.filter((e): e is Extract<RunEvent, { type: "node_finished" }> => e.type === "node_finished");
    expect(finished).toHaveLength(3);
    for (const event of finished) expect(event.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("writes a log like kedro run", async () => {
    const { events } = await run();
    const lines = events.flatMap((e) => (e.type === "log" ? [e.message] : []));
    expect(lines).toContain("Loading data from raw (CSVDataset)...");
    expect(lines).toContain("Running node: double_raw: double([raw]) -> [doubled]");
    expect(lines).toContain("Saving data to doubled (ParquetDataset)...");
    expect(lines).toContain("Completed 3 out of 3 tasks");
    expect(lines.at(-1)).toBe("Pipeline execution completed successfully.");
  });

  it("runs one named pipeline only", async () => {
    const { result } = await run({ pipeline: "prepare" });
    expect(result.status).toBe("success");
    expect(result.timings.map((t) => t.node)).toEqual(["double_raw", "scale_doubled"]);
    expect(result.datasets).not.toHaveProperty("total");
  });

  it("stops at the failing node naming node, input and cause", async () => {
    const { result, events } = await run({ inputs: { raw: -1 } });
    expect(result.status).toBe("failed");
    expect(result.failure).toMatchObject({ node: "scale_doubled", code: "NEGATIVE", input: "doubled", params: { value: -2 } });
    expect(result.timings.map((t) => t.node)).toEqual(["double_raw", "scale_doubled"]);
    expect(events.some((e) => e.type === "node_started" && e.node === "sum_all")).toBe(false);
    const failed = events.find((e) => e.type === "node_failed");
    expect(failed).toMatchObject({ node: "scale_doubled" });
  });

  it("phrases the failure with formatError", async () => {
    const { result } = await run({ inputs: { raw: -1 }, formatError: (code, params) => `${code}=${params.value}` });
    expect(result.failure?.message).toBe("NEGATIVE=-2");
  });

  it("returns problems without running an invalid pipeline", async () => {
    const project = toyProject();
    project.pipelines.report[0].inputs = ["doubled", "nowhere"];
    const events: RunEvent[] = [];
    const result = await runPipeline(project, toyRegistry(), { inputs: { raw: 1 }, onEvent: (e) => events.push(e) });
    expect(result.status).toBe("invalid");
    expect(result.problems.map((p) => p.code)).toEqual(["DANGLING_INPUT"]);
    expect(events.some((e) => e.type === "node_started")).toBe(false);
  });

  it("fails with DATASET_NOT_LOADED when a catalog input has no data", async () => {
    const { result } = await run({ inputs: {} });
    expect(result.status).toBe("failed");
    expect(result.failure).toMatchObject({ node: "double_raw", code: "DATASET_NOT_LOADED", input: "raw" });
  });

  it("names the pipeline that produces a missing dataset", async () => {
    const project = toyProject();
    project.catalog.scaled = { type: "pickle.PickleDataset" };
    const result = await runPipeline(project, toyRegistry(), { pipeline: "report", inputs: { raw: 1, scaled: 2 } });
    expect(result.status).toBe("failed");
    expect(result.failure).toMatchObject({ node: "sum_all", code: "DATASET_NOT_PRODUCED_YET", input: "doubled", params: { pipeline: "prepare" } });
  });

  it("rejects --from-nodes names not in the pipeline", async () => {
    const { result } = await run({ fromNodes: ["nope"] });
    expect(result.status).toBe("invalid");
    expect(result.problems).toEqual([expect.objectContaining({ code: "UNKNOWN_NODE", params: expect.objectContaining({ node: "nope" }) })]);
  });

  it("logs problems with the formatted message", async () => {
    const events: RunEvent[] = [];
    await runPipeline(toyProject(), toyRegistry(), { pipeline: "nope", onEvent: (e) => events.push(e), formatError: (code) => `message for ${code}` });
    const errors = events.flatMap((e) => (e.type === "log" && e.level === "ERROR" ? [e.message] : []));
    expect(errors).toEqual(["UNKNOWN_PIPELINE: message for UNKNOWN_PIPELINE"]);
  });

  it("resumes from a node reusing earlier datasets", async () => {
    const { result, events } = await run({ fromNodes: ["scale_doubled"], inputs: { doubled: 4 } });
    expect(result.status).toBe("success");
    expect(result.timings.map((t) => t.node)).toEqual(["scale_doubled", "sum_all"]);
    expect(result.datasets.total).toBe(16);
    expect(events[0]).toMatchObject({ type: "run_started", reused: ["doubled"] });
    const lines = events.flatMap((e) => (e.type === "log" ? [e.message] : []));
    expect(lines).toContain("Reusing datasets from the previous run: doubled");
  });

  it("stops when the signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    const { result } = await run({ signal: controller.signal });
    expect(result.status).toBe("cancelled");
    expect(result.timings).toEqual([]);
  });
});
