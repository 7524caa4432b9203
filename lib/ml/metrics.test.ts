import { describe, expect, it } from "vitest";
import type { ClassScores } from "./metrics";
import { classificationReport, confusionMatrix, rocAuc, rocCurve } from "./metrics";

function expectScores(actual: unknown, expected: ClassScores): void {
  const scores = actual as ClassScores;
  expect(scores.precision).toBeCloseTo(expected.precision, 12);
  expect(scores.recall).toBeCloseTo(expected.recall, 12);
  expect(scores["f1-score"]).toBeCloseTo(expected["f1-score"], 12);
  expect(scores.support).toBe(expected.support);
}

describe("confusionMatrix", () => {
  it("rows are true, columns predicted", () => {
    expect(confusionMatrix([0, 1, 1], [0, 1, 0])).toEqual({ kind: "confusion_matrix", labels: [0, 1], matrix: [[1, 0], [1, 1]] });
  });

  it("labels are the sorted union", () => {
    // True 2 predicted as 0, true 0 predicted as 2.
    expect(confusionMatrix([2, 0], [0, 2]).matrix).toEqual([[0, 1], [1, 0]]);
    expect(confusionMatrix([2, 2], [0, 0]).labels).toEqual([0, 2]);
  });

  it("explicit labels drop other pairs", () => {
    expect(confusionMatrix([0, 1, 2], [0, 2, 2], [0, 2]).matrix).toEqual([[1, 0], [0, 1]]);
  });

  it.each([
    [[0], [0, 1]],
    [[], []],
  ])("lengths %j and %j are rejected", (yTrue, yPred) => {
    expect(() => confusionMatrix(yTrue, yPred)).toThrow(RangeError);
  });
});

describe("classificationReport", () => {
  // Hand-computed from the confusion matrix [[2, 1, 0], [0, 1, 1], [0, 0, 1]].
  const report = classificationReport([0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 2, 2]);

  it.each([
    ["0", { precision: 1, recall: 2 / 3, "f1-score": 0.8, support: 3 }],
    ["1", { precision: 0.5, recall: 0.5, "f1-score": 0.5, support: 2 }],
    ["2", { precision: 0.5, recall: 1, "f1-score": 2 / 3, support: 1 }],
    ["macro avg", { precision: 2 / 3, recall: 13 / 18, "f1-score": 59 / 90, support: 6 }],
    ["weighted avg", { precision: 0.75, recall: 2 / 3, "f1-score": 61 / 90, support: 6 }],
  ])("scores of %s", (key, expected) => {
    expectScores(report[key], expected);
  });

  it("accuracy is the share of matches", () => {
    expect(report.accuracy).toBeCloseTo(4 / 6, 12);
  });

  it("keys match scikit-learn's order", () => {
    expect(Object.keys(report)).toEqual(["0", "1", "2", "accuracy", "macro avg", "weighted avg"]);
  });

  it("class never predicted scores 0", () => {
    const zero = classificationReport([0, 0, 1], [0, 0, 0]);
    expectScores(zero["1"], { precision: 0, recall: 0, "f1-score": 0, support: 1 });
    expectScores(zero["0"], { precision: 2 / 3, recall: 1, "f1-score": 0.8, support: 2 });
    expectScores(zero["macro avg"], { precision: 1 / 3, recall: 0.5, "f1-score": 0.4, support: 3 });
    expectScores(zero["weighted avg"], { precision: 4 / 9, recall: 2 / 3, "f1-score": 8 / 15, support: 3 });
  });

  it("label only predicted has support 0", () => {
    const extra = classificationReport([0, 0], [0, 1]);
    expectScores(extra["1"], { precision: 0, recall: 0, "f1-score": 0, support: 0 });
    expectScores(extra["macro avg"], { precision: 0.5, recall: 0.25, "f1-score": 1 / 3, support: 2 });
    expectScores(extra["weighted avg"], { precision: 1, recall: 0.5, "f1-score": 2 / 3, support: 2 });
    expect(extra.accuracy).toBe(0.5);
  });

  it("string labels become keys", () => {
    const named = classificationReport(["cat", "dog"], ["cat", "cat"]);
    expect(Object.keys(named).slice(0, 2)).toEqual(["cat", "dog"]);
  });
});

describe("rocAuc", () => {
  it("counts ordered positive-negative pairs", () => {
    // Pairs (positive, negative): (0.35, 0.1) right, (0.35, 0.4) wrong, (0.8, 0.1) and (0.8, 0.4) right: 3 of 4.
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
  });

  it("perfect and reversed rankings", () => {
    expect(rocAuc([0, 0, 1], [0.1, 0.2, 0.9])).toBe(1);
    expect(rocAuc([0, 0, 1], [0.8, 0.9, 0.1])).toBe(0);
  });

  it("ties count one half", () => {
    // Pairs: (0.5, 0.5) tie = 0.5, (0.5, 0.2) = 1, (0.9, 0.5) = 1, (0.9, 0.2) = 1: 3.5 of 4.
    expect(rocAuc([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.2])).toBe(0.875);
    expect(rocAuc([0, 1, 0, 1], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
  });

  it("uses the given positive label", () => {
    expect(rocAuc(["no", "no", "yes", "yes"], [0.1, 0.4, 0.35, 0.8], "yes")).toBe(0.75);
    expect(rocAuc(["no", "no", "yes", "yes"], [0.1, 0.4, 0.35, 0.8], "no")).toBe(0.25);
  });

  it("one class fails", () => {
    expect(() => rocAuc([1, 1], [0.2, 0.3])).toThrow(/only one class/);
  });

  it("bad scores fail", () => {
    expect(() => rocAuc([0, 1], [0.2])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [0.2, Number.NaN])).toThrow(/y_score\[1\]/);
  });
});

describe("rocCurve", () => {
  it("steps through distinct scores", () => {
    expect(rocCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toEqual([
      { fpr: 0, tpr: 0, threshold: 1.8 },
      { fpr: 0, tpr: 0.5, threshold: 0.8 },
      { fpr: 0.5, tpr: 0.5, threshold: 0.4 },
      { fpr: 0.5, tpr: 1, threshold: 0.35 },
      { fpr: 1, tpr: 1, threshold: 0.1 },
    ]);
  });

  it("tied scores share a point", () => {
    expect(rocCurve([1, 0, 1, 0], [0.5, 0.5, 0.9, 0.2])).toEqual([
      { fpr: 0, tpr: 0, threshold: 1.9 },
      { fpr: 0, tpr: 0.5, threshold: 0.9 },
      { fpr: 0.5, tpr: 1, threshold: 0.5 },
      { fpr: 1, tpr: 1, threshold: 0.2 },
    ]);
  });

  it("thins long curves to maxPoints", () => {
    const rows = 1000;
    const labels = Array.from({ length: rows }, (_, i) => i % 2);
    const scores = Array.from({ length: rows }, (_, i) => i / rows);
    const full = rocCurve(labels, scores, 1, rows + 1);
    expect(full).toHaveLength(rows + 1);

    const thinned = rocCurve(labels, scores);
    expect(thinned).toHaveLength(200);
    expect(thinned[0]).toEqual(full[0]);
    expect(thinned[199]).toEqual(full[rows]);
    for (let i = 1; i < thinned.length; i++) expect(thinned[i].threshold).toBeLessThan(thinned[i - 1].threshold);
  });

  it("maxPoints below 2 fails", () => {
    expect(() => rocCurve([0, 1], [0.1, 0.9], 1, 1)).toThrow(/maxPoints/);
  });
});
