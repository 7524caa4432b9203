/**
 * Classification metrics as pure functions (no tfjs), shaped like
 * scikit-learn's `classification_report(output_dict=True)` and
 * `confusion_matrix`.
 */
import type { Label } from "./labels";
import { sortedUniqueLabels } from "./labels";

export interface ClassScores {
  precision: number;
  recall: number;
  "f1-score": number;
  /** Number of rows whose true label is this class (for averages: all rows). */
  support: number;
}

/**
 * Per-class scores keyed by the label as a string ("0", "1", …), plus
 * "accuracy", "macro avg" and "weighted avg", as scikit-learn returns them.
 */
export type ClassificationReport = Record<string, ClassScores | number> & {
  accuracy: number;
  "macro avg": ClassScores;
  "weighted avg": ClassScores;
};

export interface ConfusionMatrix {
  kind: "confusion_matrix";
  labels: Label[];
  /** `matrix[i][j]` counts rows with true label `labels[i]` predicted as `labels[j]`. */
  matrix: number[][];
}

function checkLengths(yTrue: readonly Label[], yPred: readonly Label[]): void {
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`y_true has ${yTrue.length} labels but y_pred has ${yPred.length}`);
  }
  if (yTrue.length === 0) throw new RangeError("y_true and y_pred are empty");
}

/**
 * Counts true/predicted label pairs. Labels default to the sorted union of
 * both arrays, as in scikit-learn.
 *
 * @example
 * confusionMatrix([0, 1, 1], [0, 1, 0]).matrix; // [[1, 0], [1, 1]]
 */
export function confusionMatrix(yTrue: readonly Label[], yPred: readonly Label[], labels?: readonly Label[]): ConfusionMatrix {
  checkLengths(yTrue, yPred);
  const order = labels ? [...labels] : sortedUniqueLabels([...yTrue, ...yPred]);
  const index = new Map(order.map((label, i) => [label, i]));
  const matrix = order.map(() => order.map(() => 0));
  yTrue.forEach((label, row) => {
    const i = index.get(label);
    const j = index.get(yPred[row]);
    // scikit-learn ignores pairs with a label outside `labels`.
    if (i !== undefined && j !== undefined) matrix[i][j] += 1;
  });
  return { kind: "confusion_matrix", labels: order, matrix };
}

/** Divides, returning 0 for 0/0 like scikit-learn's default `zero_division="warn"` (which also warns). */
function safeDivide(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function averageScores(scores: readonly ClassScores[], weights: readonly number[]): ClassScores {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const average = (key: "precision" | "recall" | "f1-score") =>
    safeDivide(scores.reduce((sum, s, i) => sum + s[key] * weights[i], 0), total);
  const support = scores.reduce((sum, s) => sum + s.support, 0);
  return { precision: average("precision"), recall: average("recall"), "f1-score": average("f1-score"), support };
}

/**
 * Builds scikit-learn's classification report for the sorted union of labels.
 *
 * Precision, recall and F1 with a zero denominator are 0, as with
 * scikit-learn's default. F1 is 2·TP / (2·TP + FP + FN), which equals
 * 2·P·R / (P + R) whenever P + R > 0. Because the labels cover every value in both arrays,
 * micro-averaged F1 equals accuracy and the report has "accuracy" instead of
 * "micro avg".
 *
 * @example
 * classificationReport([0, 1, 1], [0, 1, 0])["1"];
 * // { precision: 1, recall: 0.5, "f1-score": 0.666…, support: 2 }
 */
export function classificationReport(yTrue: readonly Label[], yPred: readonly Label[]): ClassificationReport {
  const { labels, matrix } = confusionMatrix(yTrue, yPred);
  const perClass: ClassScores[] = labels.map((_, k) => {
    const truePositives = matrix[k][k];
    const support = matrix[k].reduce((sum, n) => sum + n, 0);
    const predicted = matrix.reduce((sum, row) => sum + row[k], 0);
    return {
      precision: safeDivide(truePositives, predicted),
      recall: safeDivide(truePositives, support),
      "f1-score": safeDivide(2 * truePositives, predicted + support),
      support,
    };
  });

  const correct = labels.reduce<number>((sum, _, k) => sum + matrix[k][k], 0);
  const report: Record<string, ClassScores | number> = {};
  labels.forEach((label, k) => (report[String(label)] = perClass[k]));
  report.accuracy = correct / yTrue.length;
  report["macro avg"] = averageScores(perClass, perClass.map(() => 1));
  report["weighted avg"] = averageScores(perClass, perClass.map((s) => s.support));
  return report as ClassificationReport;
}

function checkScores(yTrue: readonly Label[], scores: readonly number[], positive: Label): { positives: number; negatives: number } {
  if (yTrue.length !== scores.length) {
    throw new RangeError(`y_true has ${yTrue.length} labels but y_score has ${scores.length} scores`);
  }
  const bad = scores.findIndex((score) => !Number.isFinite(score));
  if (bad >= 0) throw new RangeError(`y_score[${bad}] is ${scores[bad]}, not a finite number`);
  const positives = yTrue.filter((label) => label === positive).length;
  const negatives = yTrue.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new RangeError("ROC AUC is undefined when y_true has only one class");
  }
  return { positives, negatives };
}

/**
 * Computes the area under the ROC curve of a binary problem, like
 * scikit-learn's `roc_auc_score(y_true == positive, y_score)`.
 *
 * It uses the Mann–Whitney form: the probability that a random positive row
 * scores above a random negative row. Tied scores get the average of their
 * ranks, so a tie between a positive and a negative counts one half.
 *
 * @param scores Score per row, higher meaning more likely `positive` (e.g. the probability of class 1).
 * @throws RangeError when the lengths differ, a score is not finite or y_true has one class only.
 * @example
 * rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]); // 0.75
 */
export function rocAuc(yTrue: readonly Label[], scores: readonly number[], positive: Label = 1): number {
  const { positives, negatives } = checkScores(yTrue, scores, positive);
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);

  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
    // Ranks are 1-based; the tied rows start … end share the mean of their ranks.
    const averageRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) if (yTrue[order[i]] === positive) positiveRankSum += averageRank;
    start = end + 1;
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface RocPoint {
  /** False positive rate: negatives scored at or above the threshold / all negatives. */
  fpr: number;
  /** True positive rate (recall): positives scored at or above the threshold / all positives. */
  tpr: number;
  threshold: number;
}

/** Maximum number of points rocCurve returns, enough to draw the curve on a chart. */
export const ROC_CURVE_MAX_POINTS = 200;

/**
 * Computes the ROC curve: one point per distinct score, from the highest
 * threshold to the lowest, like scikit-learn's `roc_curve` with
 * `drop_intermediate=False`. The first point is (0, 0) at threshold
 * max(score) + 1, as scikit-learn 1.2 writes it (later versions use +∞,
 * which JSON cannot store). Curves with more than `maxPoints` points are
 * thinned to `maxPoints` evenly spaced ones, always keeping the first and
 * the last.
 *
 * @throws RangeError for the same inputs as rocAuc, or when maxPoints < 2.
 * @example
 * rocCurve([0, 1], [0.2, 0.7]);
 * // [{fpr: 0, tpr: 0, threshold: 1.7}, {fpr: 0, tpr: 1, threshold: 0.7}, {fpr: 1, tpr: 1, threshold: 0.2}]
 */
export function rocCurve(yTrue: readonly Label[], scores: readonly number[], positive: Label = 1, maxPoints = ROC_CURVE_MAX_POINTS): RocPoint[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError(`maxPoints must be an integer >= 2, got ${maxPoints}`);
  const { positives, negatives } = checkScores(yTrue, scores, positive);
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);

  const points: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: scores[order[0]] + 1 }];
  let truePositives = 0;
  let falsePositives = 0;
  for (let i = 0; i < order.length; i++) {
    if (yTrue[order[i]] === positive) truePositives++;
    else falsePositives++;
    const threshold = scores[order[i]];
    // Rows with the same score pass or fail a threshold together, so a point closes a run of ties.
    if (i + 1 < order.length && scores[order[i + 1]] === threshold) continue;
    points.push({ fpr: falsePositives / negatives, tpr: truePositives / positives, threshold });
  }

  if (points.length <= maxPoints) return points;
  return Array.from({ length: maxPoints }, (_, i) => points[Math.round((i * (points.length - 1)) / (maxPoints - 1))]);
}
