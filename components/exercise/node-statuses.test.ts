import { describe, expect, it } from "vitest";
import { nodeStatuses } from "./node-statuses";
import { INITIAL_RUNNER_STATE, applyEvent } from "./useRunner";
import type { RunnerState } from "./useRunner";

const EMPTY: RunnerState = INITIAL_RUNNER_STATE;
const phrase = (code: string, params: Record<string, string | number>) => `${code}:${Object.values(params).join("|")}`;

describe("applyEvent", () => {
  it("moves nodes from waiting to running to done", () => {
    let state = applyEvent(EMPTY, { type: "run_started", pipeline: "__default__", nodes: ["a", "b"], reused: [] });
    expect(state.nodeStates).toEqual({ a: "waiting", b: "waiting" });

    state = applyEvent(state, { type: "node_started", node: "a", index: 0, total: 2 });
    expect(state.nodeStates.a).toBe("running");

    state = applyEvent(state, { type: "node_finished", node: "a", durationMs: 3, index: 0, total: 2 });
    expect(state.nodeStates).toEqual({ a: "done", b: "waiting" });
  });

  it("records the wall time of finished nodes", () => {
    let state = applyEvent(EMPTY, { type: "node_finished", node: "a", durationMs: 3.5, index: 0, total: 2 });
    state = applyEvent(state, { type: "node_failed", node: "b", durationMs: 1, failure: { node: "b", code: "NODE_ERROR", params: {}, message: "" } });
    expect(state.nodeDurationsMs).toEqual({ a: 3.5 });
  });

  it("marks the running node cancelled on cancel", () => {
    const running = { ...EMPTY, nodeStates: { a: "done" as const, b: "running" as const, c: "waiting" as const } };
    const state = applyEvent(running, { type: "run_finished", status: "cancelled", durationMs: 5 });
    expect(state.status).toBe("cancelled");
    expect(state.nodeStates).toEqual({ a: "done", b: "cancelled", c: "waiting" });
  });

  it("records a failure on its node", () => {
    const failure = { node: "b", code: "EMPTY_SPLIT", params: { part: "test" }, message: "x" };
    const state = applyEvent(EMPTY, { type: "node_failed", node: "b", durationMs: 1, failure });
    expect(state.nodeStates.b).toBe("failed");
    expect(state.failure).toBe(failure);
  });

  it("collects the loss curve of a training node", () => {
    let state = applyEvent(EMPTY, { type: "node_progress", node: "train", step: 1, total: 3, loss: 0.9 });
    state = applyEvent(state, { type: "node_progress", node: "train", step: 2, total: 3, loss: 0.5 });
    expect(state.lossCurves.train).toEqual([
      { step: 1, loss: 0.9 },
      { step: 2, loss: 0.5 },
    ]);
    expect(state.progress.train).toEqual({ step: 2, total: 3, loss: 0.5 });
  });

  it("appends log lines with their level", () => {
    const state = applyEvent(EMPTY, { type: "log", level: "WARNING", message: "careful" });
    expect(state.log).toHaveLength(1);
    expect(state.log[0]).toMatchObject({ level: "WARNING", message: "careful" });
  });
});

describe("nodeStatuses", () => {
  it("puts a dangling input on the node and on the dataset", () => {
    const statuses = nodeStatuses(
      { ...EMPTY, problems: [{ code: "DANGLING_INPUT", node: "train_model", dataset: "mt_trian", params: { node: "train_model", dataset: "mt_trian" } }] },
      phrase,
    );
    expect(statuses["node:train_model"].messages).toEqual([{ code: "DANGLING_INPUT", text: "DANGLING_INPUT:train_model|mt_trian" }]);
    expect(statuses["data:mt_trian"].messages).toHaveLength(1);
  });

  it("puts a cycle on every node of it", () => {
    const statuses = nodeStatuses({ ...EMPTY, problems: [{ code: "CYCLE", node: "a", nodes: ["a", "b"], params: { path: "a → b → a" } }] }, phrase);
    expect(Object.keys(statuses).sort()).toEqual(["node:a", "node:b"]);
  });

  it("rephrases a failure and marks its input dataset", () => {
    const statuses = nodeStatuses(
      {
        ...EMPTY,
        nodeStates: { scaler: "failed" },
        failure: { node: "scaler", code: "COLUMN_NOT_FOUND", params: { column: "X" }, input: "train_raw", message: "old locale" },
      },
      phrase,
    );
    expect(statuses["node:scaler"]).toMatchObject({ state: "failed", messages: [{ code: "COLUMN_NOT_FOUND", text: "COLUMN_NOT_FOUND:X" }] });
    expect(statuses["data:train_raw"].messages[0].text).toBe("COLUMN_NOT_FOUND:X");
  });

  it("carries the time and last step of a finished node", () => {
    const statuses = nodeStatuses(
      { ...EMPTY, nodeStates: { train: "done" }, progress: { train: { step: 10, total: 10, loss: 0.5 } }, nodeDurationsMs: { train: 1870 } },
      phrase,
    );
    expect(statuses["node:train"].durationMs).toBe(1870);
    expect(statuses["node:train"].progress?.step).toBe(10);
  });

  it("leaves the time unset before a node finishes", () => {
    const statuses = nodeStatuses({ ...EMPTY, nodeStates: { train: "running" } }, phrase);
    expect(statuses["node:train"].durationMs).toBeUndefined();
  });

  it("skips parameter inputs when marking a failure", () => {
    const statuses = nodeStatuses(
      { ...EMPTY, failure: { node: "split", code: "SPLIT_RATIOS_SUM", params: { sum: 0.9 }, input: "params:split_params", message: "" } },
      phrase,
    );
    expect(Object.keys(statuses)).toEqual(["node:split"]);
  });
});
