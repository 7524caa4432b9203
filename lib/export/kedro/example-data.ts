/**
 * Raw data files that an exported project ships in `data/01_raw`: the Iris
 * files, which come with the app. Other exercises' data is loaded by the
 * student and stays out of the zip.
 */
import type { Table } from "../../data/table";
import { irisPredictRaw, irisTrainRaw } from "../../examples/iris-data";
import type { DatasetName } from "../../pipeline/types";

/**
 * Writes an Iris table as the workshop's CSV files are written: measurements
 * always with a decimal point (`3.0`, as pandas writes floats), Id as an
 * integer. No Iris cell needs quoting.
 */
function irisCsv(table: Table): string {
  const lines = [table.columnNames.join(",")];
  for (let row = 0; row < table.rowCount; row++) {
    const cells = table.columnNames.map((name) => {
      const cell = table.columns[name][row];
      if (typeof cell === "number" && name !== "Id" && Number.isInteger(cell)) return cell.toFixed(1);
      return String(cell);
    });
    lines.push(cells.join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** Returns CSV text by catalog dataset name for `KedroExportOptions.rawData`. */
// TODO: the diabetes export reads the target as Diabetes, but Kaggle's files name it Diabetes_binary or Diabetes_012; the README does not yet tell the student to rename that header.
export function exportedRawData(exerciseId: string): Record<DatasetName, string> {
  if (exerciseId !== "iris") return {};
  return { iris_train_raw: irisCsv(irisTrainRaw()), iris_predict_raw: irisCsv(irisPredictRaw()) };
}
