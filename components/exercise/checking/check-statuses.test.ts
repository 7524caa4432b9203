import { describe, expect, it } from "vitest";
import type { ExerciseResult } from "@/lib/exercises/result";
import { withCheckFindings } from "./check-statuses";

const RESULT: ExerciseResult = {
  exerciseId: "iris-data-engineering",
  score: 9,
  max: 12,
  items: [
    { id: "no_leakage", status: "incorrect", points: 0, max: 3, findings: [{ code: "LEAKAGE_TEST", node: "scaler_fit", params: { dataset: "iris_split" } }] },
    { id: "valid", status: "incorrect", points: 0, max: 1, findings: [{ code: "CYCLE", node: "a", nodes: ["a", "b"], params: { path: "a → b → a" } }] },
    { id: "unused", status: "incorrect", points: 0, max: 1, findings: [{ code: "UNUSED_PARAMETER", params: { key: "x" } }] },
  ],
  metrics: {},
  run: { status: "success" },
};
const phrase = (finding: { code: string; params: Record<string, string | number> }) => `${finding.code}:${Object.values(finding.params).join("|")}`;

describe("withCheckFindings", () => {
  it("returns the statuses unchanged without a result", () => {
    const statuses = { "node:a": { messages: [] } };
    expect(withCheckFindings(statuses, undefined, phrase)).toBe(statuses);
  });

  it("adds a finding to the node at fault and keeps its run state", () => {
    const statuses = withCheckFindings({ "node:scaler_fit": { state: "done", messages: [] } }, RESULT, phrase);
    expect(statuses["node:scaler_fit"]).toEqual({ state: "done", messages: [{ code: "LEAKAGE_TEST", text: "LEAKAGE_TEST:iris_split" }] });
  });

  it("puts a finding on every node it names", () => {
    const statuses = withCheckFindings({}, RESULT, phrase);
    expect(statuses["node:a"].messages).toEqual([{ code: "CYCLE", text: "CYCLE:a → b → a" }]);
    expect(statuses["node:b"].state).toBe("invalid");
  });

  it("does not repeat a message the validator already put there", () => {
    const statuses = withCheckFindings({ "node:a": { state: "invalid", messages: [{ code: "CYCLE", text: "CYCLE:a → b → a" }] } }, RESULT, phrase);
    expect(statuses["node:a"].messages).toHaveLength(1);
  });

  it("leaves findings without a node off the canvas", () => {
    expect(Object.keys(withCheckFindings({}, RESULT, phrase)).sort()).toEqual(["node:a", "node:b", "node:scaler_fit"]);
  });

  it("does not change its input", () => {
    const statuses = { "node:scaler_fit": { state: "done" as const, messages: [] } };
    withCheckFindings(statuses, RESULT, phrase);
    expect(statuses["node:scaler_fit"].messages).toEqual([]);
  });
});
