/**
 * scikit-learn's LabelEncoder as two node kinds: class names become the
 * integer indices the model trains on. The fitted encoder is plain JSON.
 */
import type { Cell, Table } from "../data/table";
import { column, withColumn } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { NodeKind } from "../pipeline/registry";
import { atPort, encodedColumnName, readTarget, requireFitted, requireTable } from "./inputs";
import type { Label } from "./labels";
import { isLabel, sortedUniqueLabels } from "./labels";

export interface LabelEncoder {
  kind: "label_encoder";
  column: string;
  /** Distinct labels in sorted order. The position of a label is its code. */
  classes: Label[];
}

function readLabels(table: Table, name: string): Label[] {
  return column(table, name).map((cell: Cell, row) => {
    if (!isLabel(cell)) throw new EngineError("MISSING_VALUE", { row, column: name });
    return cell;
  });
}

/** Fits a LabelEncoder: the classes are the column's distinct values, sorted like `np.unique`. */
export function fitLabelEncoder(table: Table, target: string): LabelEncoder {
  return { kind: "label_encoder", column: target, classes: sortedUniqueLabels(readLabels(table, target)) };
}

/** Returns the code of each row's label, or throws UNSEEN_LABEL naming the first unknown one. */
export function encodeLabels(table: Table, encoder: LabelEncoder): number[] {
  const codes = new Map<Label, number>(encoder.classes.map((label, index) => [label, index]));
  return readLabels(table, encoder.column).map((label, row) => {
    const code = codes.get(label);
    if (code === undefined) throw new EngineError("UNSEEN_LABEL", { value: String(label), row, column: encoder.column });
    return code;
  });
}

export const encoderFitKind: NodeKind = {
  id: "encoder_fit",
  group: "preprocessing",
  doc: [
    "Fits a LabelEncoder on the target column: one integer code per distinct label.",
    "",
    "Codes follow sorted label order, as in scikit-learn, so 'Iris-setosa' < 'Iris-versicolor' < 'Iris-virginica'",
    "become 0, 1 and 2. Labels missing from these rows cannot be encoded later.",
    "",
    "@example",
    "encoder_fit(train_raw, {target: 'Species'})",
    "// {kind: 'label_encoder', column: 'Species', classes: ['Iris-setosa', 'Iris-versicolor', 'Iris-virginica']}",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Rows to fit on; the target column must have no missing cells." },
    { name: "params", type: "parameters", doc: "The `columns` block; `target` names the label column." },
  ],
  outputs: [{ name: "encoder", type: "transformer", doc: "The fitted encoder." }],
  run([dfIn, paramsValue]) {
    const table = requireTable(dfIn, "df_in");
    const target = readTarget(paramsValue, "params");
    return [atPort("df_in", () => fitLabelEncoder(table, target))];
  },
};

export const encoderTransformKind: NodeKind = {
  id: "encoder_transform",
  group: "preprocessing",
  doc: [
    "Adds `<target>_encoded` with each row's integer label code.",
    "",
    "The original label column is kept. A label the encoder did not see while fitting is an error,",
    "as in scikit-learn: fit the encoder on rows that contain every class.",
    "",
    "@example",
    "encoder_transform(iris_scaled, target_encoder_fitted, params:columns) -> master_table  // adds Species_encoded",
  ].join("\n"),
  inputs: [
    { name: "df_in", type: "table", doc: "Table with the target column." },
    { name: "encoder", type: "transformer", doc: "Output of encoder_fit." },
    { name: "params", type: "parameters", doc: "The `columns` block; `target` names the label column." },
  ],
  outputs: [{ name: "df_out", type: "table", doc: "The table with `<target>_encoded` added." }],
  run([dfIn, encoderValue, paramsValue]) {
    const table = requireTable(dfIn, "df_in");
    const encoder = requireFitted<LabelEncoder>(encoderValue, "label_encoder", "encoder");
    const target = readTarget(paramsValue, "params");
    if (target !== encoder.column) {
      throw new EngineError("FEATURES_MISMATCH", { fitted: encoder.column, requested: target }, "params");
    }
    const codes = atPort("df_in", () => encodeLabels(table, encoder));
    return [withColumn(table, encodedColumnName(target), codes)];
  },
};
