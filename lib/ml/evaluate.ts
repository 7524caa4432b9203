/**
 * Evaluation kinds: compare the encoded true labels with a predictions
 * table from predict_model. The maths lives in metrics.ts.
 */
import type { Table } from "../data/table";
import { column } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { NodeKind, PortSpec } from "../pipeline/registry";
import { atPort, encodedColumnName, readClassIndices, readTarget, requireTable } from "./inputs";
import type { ClassificationReport, RocPoint } from "./metrics";
import { classificationReport, confusionMatrix, rocAuc, rocCurve } from "./metrics";
import { PREDICTION_COLUMN } from "./logistic";

/** Reads y_true (`<target>_encoded`) and y_pred (`prediction`), row for row. */
export function readTrueAndPredicted(dfTrue: unknown, predictions: unknown, columns: unknown): { yTrue: number[]; yPred: number[] } {
  const truth: Table = requireTable(dfTrue, "df_true");
  const predicted: Table = requireTable(predictions, "predictions");
  const target = readTarget(columns, "columns");
  if (truth.rowCount !== predicted.rowCount) {
    throw new EngineError("ROW_COUNT_MISMATCH", { expected: truth.rowCount, actual: predicted.rowCount }, "predictions");
  }
  if (truth.rowCount === 0) throw new EngineError("EMPTY_TABLE", {}, "df_true");

  return {
    yTrue: readClassIndices(truth, encodedColumnName(target), "df_true"),
    yPred: readClassIndices(predicted, PREDICTION_COLUMN, "predictions"),
  };
}

const comparedInputs: PortSpec[] = [
  { name: "df_true", type: "table", doc: "Rows with the true `<target>_encoded` labels." },
  { name: "predictions", type: "table", doc: "Output of predict_model on the same rows, in the same order." },
  { name: "columns", type: "parameters", doc: "The `columns` block; `target` names the label column." },
];

export const evaluatePredictionsKind: NodeKind = {
  id: "evaluate_predictions",
  group: "evaluation",
  doc: [
    "Builds scikit-learn's classification report: precision, recall, F1 and support per class.",
    "",
    "Keys are the class codes as strings ('0', '1', …) for the sorted union of true and predicted codes,",
    "then 'accuracy', 'macro avg' and 'weighted avg'. A score whose denominator is zero is 0,",
    "as with scikit-learn's default zero_division.",
    "",
    "@example",
    "evaluate_predictions(mt_test, test_predictions, params:columns, params:evaluate)",
    "// {'0': {precision: 1, recall: 1, 'f1-score': 1, support: 10}, …, accuracy: 0.93, 'macro avg': {…}, 'weighted avg': {…}}",
  ].join("\n"),
  inputs: [...comparedInputs, { name: "params", type: "parameters", doc: "The `evaluate` block; no keys are read yet." }],
  outputs: [{ name: "report", type: "metrics", doc: "The classification report as JSON." }],
  run([dfTrue, predictions, columns]) {
    const { yTrue, yPred } = readTrueAndPredicted(dfTrue, predictions, columns);
    return [classificationReport(yTrue, yPred)];
  },
};

export const confusionMatrixKind: NodeKind = {
  id: "confusion_matrix",
  group: "evaluation",
  doc: [
    "Counts each pair of true and predicted class: rows are true classes, columns predicted ones.",
    "",
    "`labels` is the sorted union of true and predicted codes, as in scikit-learn's confusion_matrix.",
    "",
    "@example",
    "confusion_matrix(mt_test, test_predictions, params:columns)",
    "// {kind: 'confusion_matrix', labels: [0, 1, 2], matrix: [[10, 0, 0], [0, 9, 1], [0, 1, 9]]}",
  ].join("\n"),
  inputs: comparedInputs,
  outputs: [{ name: "matrix", type: "metrics", doc: "{kind, labels, matrix} as JSON." }],
  run([dfTrue, predictions, columns]) {
    const { yTrue, yPred } = readTrueAndPredicted(dfTrue, predictions, columns);
    return [confusionMatrix(yTrue, yPred)];
  },
};

/** Class code of the positive class in binary evaluation: 1, as in scikit-learn's `pos_label` default. */
export const POSITIVE_CLASS = 1;

/** The classification report with the ROC AUC of the positive class added. */
export type BinaryReport = ClassificationReport & { roc_auc: number };

export interface RocCurve {
  kind: "roc_curve";
  /** Area under the full curve, computed before the points are thinned. */
  auc: number;
  points: RocPoint[];
}

/** Reads a probability column as float64 numbers; a cell that is not a finite number throws NON_NUMERIC_VALUE. */
function readProbabilities(table: Table, name: string): number[] {
  return column(table, name).map((cell, row) => {
    if (typeof cell !== "number" || !Number.isFinite(cell)) throw new EngineError("NON_NUMERIC_VALUE", { row, column: name, value: String(cell) });
    return cell;
  });
}

export const evaluateBinaryKind: NodeKind = {
  id: "evaluate_binary",
  group: "evaluation",
  doc: [
    "Builds the classification report plus ROC AUC and the ROC curve for a binary target with codes 0 and 1.",
    "",
    "The report has the keys of evaluate_predictions plus `roc_auc`. The AUC and the curve use `prob_1`,",
    "the predicted probability of code 1, like scikit-learn's roc_auc_score(y_true, proba[:, 1]); tied",
    "probabilities count one half. The curve has at most 200 points {fpr, tpr, threshold}, from the highest threshold down.",
    "",
    "@example",
    "evaluate_binary(mt_test, test_predictions, params:columns, params:evaluate) -> [test_report, test_roc_curve]",
    "// report: {'0': {...}, '1': {...}, accuracy: 0.75, 'macro avg': {...}, 'weighted avg': {...}, roc_auc: 0.83}",
  ].join("\n"),
  inputs: [...comparedInputs, { name: "params", type: "parameters", doc: "The `evaluate` block; no keys are read yet." }],
  outputs: [
    { name: "report", type: "metrics", doc: "The classification report with `roc_auc`, as JSON." },
    { name: "roc_curve", type: "metrics", doc: "{kind: 'roc_curve', auc, points: [{fpr, tpr, threshold}]} as JSON." },
  ],
  run([dfTrue, predictions, columns]) {
    const { yTrue, yPred } = readTrueAndPredicted(dfTrue, predictions, columns);
    const column = encodedColumnName(readTarget(columns, "columns"));
    const codes = new Set(yTrue);
    if (codes.size < 2) throw new EngineError("TOO_FEW_CLASSES", { classes: codes.size, column }, "df_true");
    if ([...codes].some((code) => code > POSITIVE_CLASS)) {
      throw new EngineError("NOT_BINARY", { column, classes: [...codes].sort((a, b) => a - b).join(", ") }, "df_true");
    }

    const probabilityColumn = `prob_${POSITIVE_CLASS}`;
    const scores = atPort("predictions", () => readProbabilities(predictions as Table, probabilityColumn));
    const auc = rocAuc(yTrue, scores, POSITIVE_CLASS);
    const report: BinaryReport = { ...classificationReport(yTrue, yPred), roc_auc: auc };
    const curve: RocCurve = { kind: "roc_curve", auc, points: rocCurve(yTrue, scores, POSITIVE_CLASS) };
    return [report, curve];
  },
};
