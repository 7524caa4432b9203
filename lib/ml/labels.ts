/**
 * Label ordering shared by the encoder and the metrics, so that class
 * indices and report keys come out in the order scikit-learn uses.
 */
import type { Cell } from "../data/table";

export type Label = number | string;

/**
 * Compares strings by Unicode code point, as NumPy sorts `str` arrays.
 * JavaScript's `<` compares UTF-16 code units, which orders characters
 * outside the Basic Multilingual Plane (e.g. emoji) before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const diff = (left[i].codePointAt(0) as number) - (right[i].codePointAt(0) as number);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/**
 * Returns the distinct labels sorted like `np.unique`: numbers ascending,
 * strings by code point. Mixed numbers and strings sort numbers first.
 * NumPy raises a TypeError for a mixed object array, so callers should
 * not pass one.
 */
export function sortedUniqueLabels(values: Iterable<Label>): Label[] {
  const unique = [...new Set(values)];
  return unique.sort((a, b) => {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return compareCodePoints(a, b);
  });
}

/** Narrows a table cell to a label. A missing cell (null) or a non-finite number is not a label. */
export function isLabel(cell: Cell): cell is Label {
  return typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell));
}
