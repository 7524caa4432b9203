/**
 * Seeded pseudo-random numbers. `Math.random` cannot be seeded and differs
 * between engines, so splits and weight initialisation use this generator to
 * give the same values in the browser, in a Web Worker and in Node.
 */

/** A function that returns the next float in [0, 1) on each call. */
export type RandomSource = () => number;

/**
 * Creates a mulberry32 generator: 32 bits of state, period 2^32, integer-only
 * arithmetic (`Math.imul`, shifts), so every JS engine produces the same
 * sequence. Good enough for splits and initial weights, not for cryptography.
 *
 * @param seed Any integer, reduced modulo 2^32, so `-1` and `2 ** 32 - 1` give the same sequence.
 * @example
 * const random = mulberry32(42);
 * random(); // same value on every run and every platform
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
