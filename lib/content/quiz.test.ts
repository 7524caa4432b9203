import { describe, expect, it } from "vitest";
import { gradeMatching, gradeMultiple, gradeOrdering, gradeSingle, quizProblems, seededPermutation } from "./quiz";
import type { QuizSpec } from "./quiz";

const single: QuizSpec = {
  id: "single-one",
  kind: "single",
  question: "Q?",
  options: [
    { text: "right", correct: true, explanation: "Because." },
    { text: "wrong", reason: "Not this." },
  ],
};

const multiple: QuizSpec = {
  id: "multi-one",
  kind: "multiple",
  question: "Q?",
  options: [
    { text: "a", correct: true, explanation: "a is right" },
    { text: "b", correct: true, explanation: "b is right" },
    { text: "c", reason: "c is wrong" },
  ],
};

const matching: QuizSpec = {
  id: "match-one",
  kind: "matching",
  question: "Q?",
  pairs: [
    { left: "L1", right: "R1", reason: "L1 goes with R1" },
    { left: "L2", right: "R2", reason: "L2 goes with R2" },
    { left: "L3", right: "R3", reason: "L3 goes with R3" },
  ],
};

const ordering: QuizSpec = {
  id: "order-one",
  kind: "ordering",
  question: "Q?",
  items: [
    { text: "first", reason: "first is first" },
    { text: "second", reason: "second is second" },
    { text: "third", reason: "third is third" },
  ],
  explanation: "Well done.",
};

describe("quizProblems", () => {
  it.each([single, multiple, matching, ordering])("accepts a valid $kind quiz", (spec) => {
    expect(quizProblems(spec)).toEqual([]);
  });

  it.each([
    ["no id", { ...single, id: "" }, /id "" is missing/],
    ["an id with spaces", { ...single, id: "Bad Id" }, /invalid/],
    ["an unknown kind", { ...single, kind: "essay" as QuizSpec["kind"] }, /kind "essay"/],
    ["two correct single options", { ...single, options: [{ text: "a", correct: true }, { text: "b", correct: true }] }, /exactly 1 option/],
    ["a wrong option without reason", { ...single, options: [{ text: "a", correct: true }, { text: "b" }] }, /"b" has no reason/],
    ["a missed-explanation gap", { ...multiple, options: [{ text: "a", correct: true }, { text: "c", reason: "r" }] }, /"a" has no explanation/],
    ["all options correct", { ...multiple, options: [{ text: "a", correct: true, explanation: "e" }, { text: "b", correct: true, explanation: "e" }] }, /at least 1 correct and 1 wrong/],
    ["duplicate option text", { ...single, options: [{ text: "a", correct: true }, { text: "a", reason: "r" }] }, /same text/],
    ["a pair without reason", { ...matching, pairs: [{ left: "x", right: "y", reason: "" }, { left: "z", right: "w", reason: "r" }] }, /pair "x" has no reason/],
    ["repeated right texts", { ...matching, pairs: [{ left: "x", right: "y", reason: "r" }, { left: "z", right: "y", reason: "r" }] }, /same right text/],
    ["two ordering steps", { ...ordering, items: ordering.items?.slice(0, 2) }, /at least 3 steps/],
  ])("rejects %s", (_name, spec, message) => {
    expect(quizProblems(spec as QuizSpec).join(" ")).toMatch(message);
  });
});

describe("gradeSingle", () => {
  it("explains a correct choice", () => {
    expect(gradeSingle(single, 0)).toEqual({ correct: true, feedback: [{ tone: "right", text: "Because." }] });
  });

  it("gives the reason of a wrong choice", () => {
    expect(gradeSingle(single, 1)).toEqual({ correct: false, feedback: [{ tone: "wrong", subject: "wrong", text: "Not this." }] });
  });
});

describe("gradeMultiple", () => {
  it("passes exactly the correct set", () => {
    expect(gradeMultiple(multiple, new Set([0, 1])).correct).toBe(true);
  });

  it("reports a wrong pick and a missed option", () => {
    const result = gradeMultiple(multiple, new Set([0, 2]));
    expect(result.correct).toBe(false);
    expect(result.feedback).toEqual([
      { tone: "missed", subject: "b", text: "b is right" },
      { tone: "wrong", subject: "c", text: "c is wrong" },
    ]);
  });

  it("fails a superset of the correct options", () => {
    expect(gradeMultiple(multiple, new Set([0, 1, 2])).correct).toBe(false);
  });
});

describe("gradeMatching", () => {
  it("passes when every row has its own pair", () => {
    expect(gradeMatching(matching, [0, 1, 2]).correct).toBe(true);
  });

  it("explains each wrong or empty row", () => {
    const result = gradeMatching(matching, [1, 0, null]);
    expect(result.correct).toBe(false);
    expect(result.feedback.map((item) => item.subject)).toEqual(["L1", "L2", "L3"]);
    expect(result.feedback[0].text).toBe("L1 goes with R1");
  });
});

describe("gradeOrdering", () => {
  it("passes the written order and adds the quiz explanation", () => {
    expect(gradeOrdering(ordering, [0, 1, 2])).toEqual({ correct: true, feedback: [{ tone: "right", text: "Well done." }] });
  });

  it("explains only the misplaced steps", () => {
    const result = gradeOrdering(ordering, [0, 2, 1]);
    expect(result.correct).toBe(false);
    expect(result.feedback.map((item) => item.subject)).toEqual(["third", "second"]);
  });

  it("fails an incomplete order", () => {
    expect(gradeOrdering(ordering, [0, 1]).correct).toBe(false);
  });
});

describe("seededPermutation", () => {
  it("returns every index once", () => {
    const order = seededPermutation(8, "kedro-eight-steps");
    expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("is the same for the same seed", () => {
    expect(seededPermutation(6, "deployment-cycle-order")).toEqual(seededPermutation(6, "deployment-cycle-order"));
  });

  it("never returns the identity", () => {
    for (let length = 2; length <= 8; length++) {
      for (const seed of ["a", "b", "c", "docker-instruction-order", "kedro-eight-steps"]) {
        const order = seededPermutation(length, seed);
        expect(order.some((value, index) => value !== index)).toBe(true);
      }
    }
  });

  it("handles one item", () => {
    expect(seededPermutation(1, "x")).toEqual([0]);
  });
});
