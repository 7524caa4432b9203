import { describe, expect, it } from "vitest";
import { COMPONENT_WORDS, DEFAULT_COMPONENT_WORDS, ON_TIME_TOLERANCE_MS, paceAt, planSlides, plannedSlideAt, slideWeights } from "./pace";

const MINUTE = 60_000;

describe("slideWeights", () => {
  it("adds component estimates to the words", () => {
    const weights = slideWeights([
      { words: 40, components: [] },
      { words: 10, components: ["Quiz"] },
      { words: 10, components: ["Callout"] },
      { words: 10, components: ["SomethingNew"] },
    ]);
    expect(weights).toEqual([40, 10 + COMPONENT_WORDS.Quiz, 10, 10 + DEFAULT_COMPONENT_WORDS]);
  });

  it("gives an empty slide a weight of 1", () => {
    expect(slideWeights([{ words: 0, components: [] }])).toEqual([1]);
  });

  it("does not read inherited names as components", () => {
    expect(slideWeights([{ words: 0, components: ["constructor"] }])).toEqual([DEFAULT_COMPONENT_WORDS]);
  });
});

describe("planSlides", () => {
  it("splits the duration by weight", () => {
    const plan = planSlides(
      [
        { words: 10, components: [] },
        { words: 30, components: [] },
      ],
      4 * MINUTE,
    );
    expect(plan).toEqual([
      { startMs: 0, endMs: MINUTE },
      { startMs: MINUTE, endMs: 4 * MINUTE },
    ]);
  });

  it("ends the last slide at the duration", () => {
    const plan = planSlides(Array.from({ length: 7 }, () => ({ words: 3, components: [] })), 10 * MINUTE);
    expect(plan[6].endMs).toBe(10 * MINUTE);
    for (let i = 1; i < plan.length; i += 1) expect(plan[i].startMs).toBe(plan[i - 1].endMs);
  });

  it("plans nothing for an empty deck", () => {
    expect(planSlides([], 10 * MINUTE)).toEqual([]);
  });
});

describe("paceAt", () => {
  // Three equal slides over 3 minutes: one minute each.
  const plan = planSlides(Array.from({ length: 3 }, () => ({ words: 5, components: [] })), 3 * MINUTE);

  it("is on time inside the slide's window", () => {
    expect(paceAt(plan, 1, 1.5 * MINUTE)).toEqual({ status: "on_time", offsetMs: 0 });
  });

  it("is on time within the tolerance", () => {
    expect(paceAt(plan, 1, MINUTE - ON_TIME_TOLERANCE_MS)).toEqual({ status: "on_time", offsetMs: 0 });
    expect(paceAt(plan, 1, 2 * MINUTE + ON_TIME_TOLERANCE_MS)).toEqual({ status: "on_time", offsetMs: 0 });
  });

  it("is ahead when the slide comes early", () => {
    expect(paceAt(plan, 2, 0.5 * MINUTE)).toEqual({ status: "ahead", offsetMs: 1.5 * MINUTE });
  });

  it("is behind when a slide runs long", () => {
    expect(paceAt(plan, 0, 2.5 * MINUTE)).toEqual({ status: "behind", offsetMs: 1.5 * MINUTE });
  });

  it("is behind after the lesson's end", () => {
    expect(paceAt(plan, 2, 4 * MINUTE)).toEqual({ status: "behind", offsetMs: MINUTE });
  });

  it("is on time for a slide outside the plan", () => {
    expect(paceAt(plan, 9, 10 * MINUTE)).toEqual({ status: "on_time", offsetMs: 0 });
  });
});

describe("plannedSlideAt", () => {
  const plan = planSlides(Array.from({ length: 3 }, () => ({ words: 5, components: [] })), 3 * MINUTE);

  it.each([
    [0, 0],
    [0.99 * MINUTE, 0],
    [MINUTE, 1],
    [2.5 * MINUTE, 2],
    [9 * MINUTE, 2],
  ])("expects at %i ms slide %i", (elapsed, expected) => {
    expect(plannedSlideAt(plan, elapsed)).toBe(expected);
  });

  it("returns 0 for an empty plan", () => {
    expect(plannedSlideAt([], MINUTE)).toBe(0);
  });
});
