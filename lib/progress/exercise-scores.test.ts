import { describe, expect, it } from "vitest";
import { parseExerciseScores, recordExerciseScore } from "./exercise-scores";

const NOW = new Date("2026-12-04T12:00:00Z");

describe("exercise scores", () => {
  it("reads nothing from an absent, corrupt or foreign value", () => {
    expect(parseExerciseScores(null)).toEqual({});
    expect(parseExerciseScores("{not json")).toEqual({});
    expect(parseExerciseScores("[1,2]")).toEqual({});
    expect(parseExerciseScores(JSON.stringify({ iris: { best: 9, max: 5, updatedAt: "x" } }))).toEqual({});
  });

  it("keeps the best score", () => {
    const first = recordExerciseScore({}, "iris-training", 6, 10, NOW);
    expect(first["iris-training"]).toEqual({ best: 6, max: 10, updatedAt: NOW.toISOString() });
    expect(recordExerciseScore(first, "iris-training", 4, 10, NOW)).toBe(first);
    expect(recordExerciseScore(first, "iris-training", 9, 10, NOW)["iris-training"].best).toBe(9);
  });

  it("round-trips through JSON", () => {
    const scores = recordExerciseScore({}, "diabetes-training", 7.5, 10, NOW);
    expect(parseExerciseScores(JSON.stringify(scores))).toEqual(scores);
  });
});
