import { describe, expect, it } from "vitest";
import { mulberry32 } from "./random";

function take(seed: number, count: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => random());
}

describe("mulberry32", () => {
  it("same seed repeats the sequence", () => {
    expect(take(42, 100)).toEqual(take(42, 100));
  });

  it("different seeds differ", () => {
    expect(take(42, 10)).not.toEqual(take(43, 10));
  });

  it.each([
    [-1, 2 ** 32 - 1],
    [2 ** 32 + 7, 7],
  ])("seed %d equals seed %d modulo 2^32", (a, b) => {
    expect(take(a, 10)).toEqual(take(b, 10));
  });

  it("values lie in [0, 1) and average 0.5", () => {
    const values = take(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    // The standard error of the mean of 20,000 uniforms is about 0.002.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
  });
});
