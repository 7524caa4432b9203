/**
 * Pieces shared by the gradient-descent trainers (logistic.ts, mlp.ts):
 * seeded mini-batch order, row gathering and cooperative yielding.
 */
import type { RandomSource } from "./random";

/** Row-major feature matrix with its shape. */
export interface FeatureMatrix {
  values: Float32Array;
  rows: number;
  columns: number;
}

/** Shuffles `values` in place with Fisher–Yates, drawing from `random`. */
export function shuffleInPlace<T>(values: T[], random: RandomSource): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }
  return values;
}

/**
 * Splits the row indices 0 … rows - 1 into batches of `batchSize` (the last
 * one may be smaller). Rows are shuffled with `random` first unless one batch
 * contains them all, so full-batch training draws no random numbers.
 */
export function batchIndices(rows: number, batchSize: number, random: RandomSource): number[][] {
  const order = Array.from({ length: rows }, (_, i) => i);
  if (batchSize >= rows) return [order];
  shuffleInPlace(order, random);
  const batches: number[][] = [];
  for (let start = 0; start < rows; start += batchSize) batches.push(order.slice(start, start + batchSize));
  return batches;
}

/** Copies the rows `indices` of `x` into a new row-major matrix. */
export function gatherRows(x: FeatureMatrix, indices: readonly number[]): Float32Array {
  const out = new Float32Array(indices.length * x.columns);
  indices.forEach((row, i) => out.set(x.values.subarray(row * x.columns, (row + 1) * x.columns), i * x.columns));
  return out;
}

/** Copies the entries `indices` of `values`. */
export function gatherValues(values: readonly number[], indices: readonly number[]): number[] {
  return indices.map((i) => values[i]);
}

/**
 * Milliseconds of synchronous work between two yields to the event loop.
 * A Web Worker handles a cancel message only while it yields, and browsers
 * clamp nested `setTimeout(0)` to about 4 ms, so 50 ms bounds both the cancel
 * latency and the time lost to waiting (under 10 %).
 */
const YIELD_INTERVAL_MS = 50;

/** Returns a function that yields to the event loop when the last yield is more than 50 ms ago. */
export function createYielder(): () => Promise<void> {
  let lastYield = performance.now();
  return async () => {
    if (performance.now() - lastYield < YIELD_INTERVAL_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    lastYield = performance.now();
  };
}
