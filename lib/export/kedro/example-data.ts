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
export function exportedRawData(exerciseId: string): Record<DatasetName, string> {
  if (exerciseId !== "iris") return {};
  return { iris_train_raw: irisCsv(irisTrainRaw()), iris_predict_raw: irisCsv(irisPredictRaw()) };
}

/**
 * Returns Markdown lines about an exercise's data files for the README
 * (`KedroExportOptions.dataNotes`). The browser renames Kaggle's diabetes
 * target to the dictionary's `Diabetes` when it loads the file, but
 * pandas.CSVDataset reads the header as it is.
 */
export function exportedDataNotes(exerciseId: string): string[] {
  if (exerciseId !== "diabetes") return [];
  return [
    "Os arquivos do Kaggle chamam a coluna alvo de `Diabetes_binary` (ou `Diabetes_012`), mas os parâmetros usam `Diabetes`, o nome do dicionário de dados do workshop. Renomeie essa coluna no cabeçalho antes de executar, por exemplo:",
    "",
    "```bash",
    "sed -i '1s/^Diabetes_binary,/Diabetes,/' data/01_raw/diabetes_binary_5050split_health_indicators_BRFSS2015.csv",
    "```",
  ];
}
