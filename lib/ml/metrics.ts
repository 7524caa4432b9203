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
