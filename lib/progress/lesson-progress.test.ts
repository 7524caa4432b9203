import { describe, expect, it } from "vitest";
import { parseLessonProgress, recordCheckpointAnswer, resetLesson, summarizeLesson } from "./lesson-progress";

const NOW = new Date("2025-03-14T10:00:00.000Z");
const LATER = new Date("2025-03-14T11:00:00.000Z");

describe("parseLessonProgress", () => {
  it.each([
    ["null", null],
    ["an empty string", ""],
    ["invalid JSON", "{not json"],
    ["an array", "[1, 2]"],
    ["a number", "42"],
  ])("reads %s as no progress", (_name, raw) => {
    expect(parseLessonProgress(raw)).toEqual({});
  });

  it("keeps well-formed records and drops the rest", () => {
    const raw = JSON.stringify({
      kedro: {
        good: { passed: true, attempts: 2, updatedAt: NOW.toISOString() },
        noAttempts: { passed: true, attempts: 0, updatedAt: NOW.toISOString() },
        wrongType: { passed: "yes", attempts: 1, updatedAt: NOW.toISOString() },
      },
      docker: "not an object",
      empty: {},
    });
    expect(parseLessonProgress(raw)).toEqual({ kedro: { good: { passed: true, attempts: 2, updatedAt: NOW.toISOString() } } });
  });

  it("round-trips what recordCheckpointAnswer writes", () => {
    const progress = recordCheckpointAnswer({}, "kedro", "kedro-memory-dataset", true, NOW);
    expect(parseLessonProgress(JSON.stringify(progress))).toEqual(progress);
  });
});

describe("recordCheckpointAnswer", () => {
  it("records a wrong first answer as not passed", () => {
    const progress = recordCheckpointAnswer({}, "kedro", "q1", false, NOW);
    expect(progress.kedro.q1).toEqual({ passed: false, attempts: 1, updatedAt: NOW.toISOString() });
  });

  it("passes after a correct answer and counts attempts", () => {
    const wrong = recordCheckpointAnswer({}, "kedro", "q1", false, NOW);
    const right = recordCheckpointAnswer(wrong, "kedro", "q1", true, LATER);
    expect(right.kedro.q1).toEqual({ passed: true, attempts: 2, updatedAt: LATER.toISOString() });
  });

  it("keeps a pass after a later wrong answer", () => {
    const right = recordCheckpointAnswer({}, "kedro", "q1", true, NOW);
    expect(recordCheckpointAnswer(right, "kedro", "q1", false, LATER).kedro.q1.passed).toBe(true);
  });

  it("leaves its input unchanged", () => {
    const before = recordCheckpointAnswer({}, "kedro", "q1", false, NOW);
    const snapshot = JSON.stringify(before);
    recordCheckpointAnswer(before, "kedro", "q2", true, LATER);
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

describe("summarizeLesson", () => {
  const progress = [
    ["q1", true],
    ["q2", false],
    ["removed", true],
  ].reduce((current, [id, correct]) => recordCheckpointAnswer(current, "kedro", id as string, correct as boolean, NOW), {});

  it("counts passed and attempted checkpoints of the current list only", () => {
    expect(summarizeLesson(progress, "kedro", ["q1", "q2", "q3"])).toEqual({ passed: 1, attempted: 2, total: 3 });
  });

  it("reads an unknown lesson as untouched", () => {
    expect(summarizeLesson(progress, "docker", ["a", "b"])).toEqual({ passed: 0, attempted: 0, total: 2 });
  });

  it("ignores inherited object keys", () => {
    expect(summarizeLesson(progress, "kedro", ["toString", "constructor"])).toEqual({ passed: 0, attempted: 0, total: 2 });
  });
});

describe("resetLesson", () => {
  it("removes one lesson and keeps the others", () => {
    const progress = recordCheckpointAnswer(recordCheckpointAnswer({}, "kedro", "q1", true, NOW), "docker", "d1", true, NOW);
    expect(Object.keys(resetLesson(progress, "kedro"))).toEqual(["docker"]);
    expect(Object.keys(progress)).toEqual(["kedro", "docker"]);
  });
});
