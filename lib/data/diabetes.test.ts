import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { translateError } from "../i18n";
import { parseCsv } from "./csv";
import {
  DIABETES_DICTIONARY,
  DIABETES_ERROR_CODES,
  DIABETES_FEATURES,
  recognizeDiabetes,
} from "./diabetes";
import type { DiabetesResult } from "./diabetes";
import type { Table } from "./table";

/** A valid value for every feature, as written in the Kaggle files. */
const VALID_ROW: Record<string, string> = {
  HighBP: "1",
  HighChol: "0",
  CholCheck: "1",
  BMI: "26",
  Smoker: "0",
  Stroke: "0",
  HeartDiseaseorAttack: "0",
  PhysActivity: "1",
  Fruits: "0",
  Veggies: "1",
  HvyAlcoholConsump: "0",
  AnyHealthcare: "1",
  NoDocbcCost: "0",
  GenHlth: "3",
  MentHlth: "5",
  PhysHlth: "30",
  DiffWalk: "0",
  Sex: "1",
  Age: "4",
  Education: "6",
  Income: "8",
};

/** Builds CSV text with `columns`. A row's unset cells take VALID_ROW's value, or 0 for a target. */
function buildCsv(columns: readonly string[], rows: readonly Record<string, string>[], separator = ","): string {
  const lines = [columns.join(separator)];
  for (const row of rows) lines.push(columns.map((name) => row[name] ?? VALID_ROW[name] ?? "0").join(separator));
  return lines.join("\n") + "\n";
}

function recognize(text: string): DiabetesResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`CSV did not parse: ${JSON.stringify(parsed.error)}`);
  return recognizeDiabetes(parsed.table);
}

function expectRecognized(result: DiabetesResult): Extract<DiabetesResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result;
}

function recognizedTable(result: DiabetesResult): Table {
  return expectRecognized(result).table;
}

describe("recognizeDiabetes variants", () => {
  it("reads Diabetes_binary with Kaggle floats", () => {
    const text = "Diabetes_binary," + DIABETES_FEATURES.join(",") + "\n" + "1.0," + DIABETES_FEATURES.map(() => "1.0").join(",") + "\n";
    const result = recognize(text);

    expect(expectRecognized(result).variant).toBe("kaggle_binary");
    expect(expectRecognized(result).targetColumn).toBe("Diabetes");
    expect(recognizedTable(result).columns.Diabetes).toEqual([1]);
    expect(recognizedTable(result).columns.BMI).toEqual([1]);
  });

  it("maps Diabetes_012 codes 1 and 2 to 1", () => {
    const result = recognize(buildCsv(["Diabetes_012", ...DIABETES_FEATURES], [{ Diabetes_012: "0" }, { Diabetes_012: "1" }, { Diabetes_012: "2" }]));

    expect(expectRecognized(result).variant).toBe("kaggle_012");
    expect(recognizedTable(result).columns.Diabetes).toEqual([0, 1, 1]);
    expect(recognizedTable(result).columnNames).not.toContain("Diabetes_012");
  });

  it("reads the workshop's Diabetes target", () => {
    const result = recognize(buildCsv(["Diabetes", ...DIABETES_FEATURES], [{ Diabetes: "1" }, { Diabetes: "0" }]));

    expect(expectRecognized(result).variant).toBe("workshop");
    expect(recognizedTable(result).columns.Diabetes).toEqual([1, 0]);
  });

  it("reads a file without target as unlabeled", () => {
    const result = recognize(buildCsv(DIABETES_FEATURES, [{}]));

    expect(expectRecognized(result).variant).toBe("unlabeled");
    expect(expectRecognized(result).targetColumn).toBeNull();
    expect(recognizedTable(result).columnNames).toEqual(DIABETES_FEATURES);
  });

  it("puts columns in the Kaggle order", () => {
    const shuffled = [...DIABETES_FEATURES].reverse();
    const table = recognizedTable(recognize(buildCsv([...shuffled, "Diabetes_binary"], [{ Age: "13", BMI: "31.5" }])));

    expect(table.columnNames).toEqual(["Diabetes", ...DIABETES_FEATURES]);
    expect(table.columns.Age).toEqual([13]);
    expect(table.columns.BMI).toEqual([31.5]);
  });

  it("accepts a pt-BR export with a decimal BMI", () => {
    const text = buildCsv(["Diabetes_binary", ...DIABETES_FEATURES], [{ BMI: "26,5" }], ";");
    expect(recognizedTable(recognize(text)).columns.BMI).toEqual([26.5]);
  });
});

interface ErrorCase {
  name: string;
  columns: readonly string[];
  rows: readonly Record<string, string>[];
  code: string;
  params: Record<string, string | number>;
}

const LABELED = ["Diabetes_binary", ...DIABETES_FEATURES];
const WITHOUT_AGE = LABELED.filter((name) => name !== "Age");

const ERROR_CASES: ErrorCase[] = [
  {
    name: "two target columns",
    columns: [...LABELED, "Diabetes"],
    rows: [{}],
    code: "CSV_MULTIPLE_TARGETS",
    params: { columns: "Diabetes_binary, Diabetes" },
  },
  {
    name: "Age missing",
    columns: WITHOUT_AGE,
    rows: [{}],
    code: "CSV_MISSING_COLUMN",
    params: { column: "Age", columns: "Age", found: WITHOUT_AGE.slice(0, 10).join(", ") + ", …" },
  },
  {
    name: "lowercase names",
    columns: ["diabetes_binary", "highbp"],
    rows: [{}],
    code: "CSV_MISSING_COLUMN",
    params: { column: "HighBP", columns: DIABETES_FEATURES.join(", "), found: "diabetes_binary, highbp" },
  },
  {
    name: "pandas index column",
    columns: ["", ...LABELED],
    rows: [{ "": "0" }],
    code: "CSV_UNKNOWN_COLUMN",
    params: { column: "Unnamed: 0", columns: "Unnamed: 0" },
  },
  {
    name: "two extra columns",
    columns: [...LABELED, "Id", "Notes"],
    rows: [{ Id: "1", Notes: "x" }],
    code: "CSV_UNKNOWN_COLUMN",
    params: { column: "Id", columns: "Id, Notes" },
  },
  {
    name: "three missing values",
    columns: LABELED,
    rows: [{}, { Age: "" }, { BMI: "", Age: "" }],
    code: "CSV_MISSING_VALUES",
    params: { count: 3, row: 3, column: "Age", columns: "BMI, Age" },
  },
  {
    name: "missing target",
    columns: LABELED,
    rows: [{ Diabetes_binary: "" }],
    code: "CSV_MISSING_VALUES",
    params: { count: 1, row: 2, column: "Diabetes_binary", columns: "Diabetes_binary" },
  },
  {
    name: "missing before non-numeric",
    columns: LABELED,
    rows: [{ Smoker: "sim" }, { Income: "" }],
    code: "CSV_MISSING_VALUES",
    params: { count: 1, row: 3, column: "Income", columns: "Income" },
  },
  {
    name: "text in Smoker",
    columns: LABELED,
    rows: [{}, {}, { Smoker: "sim", Sex: "M" }],
    code: "CSV_NON_NUMERIC",
    params: { row: 4, column: "Smoker", value: "sim" },
  },
  {
    name: "lowest row first",
    columns: LABELED,
    rows: [{}, { Income: "alta" }, { HighBP: "sim" }],
    code: "CSV_NON_NUMERIC",
    params: { row: 3, column: "Income", value: "alta" },
  },
  {
    name: "thousands separator",
    columns: LABELED,
    rows: [{ BMI: '"1.234,5"' }],
    code: "CSV_NON_NUMERIC",
    params: { row: 2, column: "BMI", value: "1.234,5" },
  },
  {
    name: "HighBP 3",
    columns: LABELED,
    rows: [{}, { HighBP: "3" }],
    code: "CSV_OUT_OF_RANGE",
    params: { row: 3, column: "HighBP", value: "3", range: "{0, 1}" },
  },
  { name: "Age 14", columns: LABELED, rows: [{ Age: "14" }], code: "CSV_OUT_OF_RANGE", params: { row: 2, column: "Age", value: "14", range: "{1, 2, …, 13}" } },
  { name: "Age 0", columns: LABELED, rows: [{ Age: "0" }], code: "CSV_OUT_OF_RANGE", params: { row: 2, column: "Age", value: "0", range: "{1, 2, …, 13}" } },
  {
    name: "GenHlth 2.5",
    columns: LABELED,
    rows: [{ GenHlth: "2.5" }],
    code: "CSV_OUT_OF_RANGE",
    params: { row: 2, column: "GenHlth", value: "2.5", range: "{1, 2, …, 5}" },
  },
  {
    name: "MentHlth 31",
    columns: LABELED,
    rows: [{ MentHlth: "31" }],
    code: "CSV_OUT_OF_RANGE",
    params: { row: 2, column: "MentHlth", value: "31", range: "{0, 1, …, 30}" },
  },
  {
    name: "Education 7",
    columns: LABELED,
    rows: [{ Education: "7" }],
    code: "CSV_OUT_OF_RANGE",
    params: { row: 2, column: "Education", value: "7", range: "{1, 2, …, 6}" },
  },
  {
    name: "Income 9",
    columns: LABELED,
    rows: [{ Income: "9" }],
    code: "CSV_OUT_OF_RANGE",
    params: { row: 2, column: "Income", value: "9", range: "{1, 2, …, 8}" },
  },
  { name: "Sex 2", columns: LABELED, rows: [{ Sex: "2" }], code: "CSV_OUT_OF_RANGE", params: { row: 2, column: "Sex", value: "2", range: "{0, 1}" } },
  { name: "BMI 0", columns: LABELED, rows: [{ BMI: "0" }], code: "CSV_OUT_OF_RANGE", params: { row: 2, column: "BMI", value: "0", range: "0 < BMI < 100" } },
  { name: "BMI 100", columns: LABELED, rows: [{ BMI: "100" }], code: "CSV_OUT_OF_RANGE", params: { row: 2, column: "BMI", value: "100", range: "0 < BMI < 100" } },
  {
    name: "Diabetes_binary 2",
    columns: LABELED,
    rows: [{ Diabetes_binary: "2" }],
    code: "CSV_OUT_OF_RANGE",
    params: { row: 2, column: "Diabetes_binary", value: "2", range: "{0, 1}" },
  },
  {
    name: "Diabetes_012 3",
    columns: ["Diabetes_012", ...DIABETES_FEATURES],
    rows: [{ Diabetes_012: "3" }],
    code: "CSV_OUT_OF_RANGE",
    params: { row: 2, column: "Diabetes_012", value: "3", range: "{0, 1, 2}" },
  },
];

describe("recognizeDiabetes errors", () => {
  it.each(ERROR_CASES)("$code: $name", ({ columns, rows, code, params }) => {
    const result = recognize(buildCsv(columns, rows));
    if (result.ok) throw new Error(`expected ${code}, got variant ${result.variant}`);

    expect(result.error.code).toBe(code);
    expect(result.error.params).toEqual(params);
  });

  it("covers every error code", () => {
    const tested = new Set(ERROR_CASES.map((errorCase) => errorCase.code));
    expect([...tested].sort()).toEqual([...DIABETES_ERROR_CODES].sort());
  });

  it.each(ERROR_CASES)("phrases $code ($name) in both locales", ({ columns, rows }) => {
    const result = recognize(buildCsv(columns, rows));
    if (result.ok) throw new Error("expected an error");

    for (const locale of ["pt-BR", "en"] as const) {
      const message = translateError(locale, result.error.code, result.error.params);
      expect(message).not.toMatch(/^Err/);
      expect(message).not.toMatch(/\{[A-Za-z_]+\}/);
    }
  });

  it("rejects NaN and Infinity cells of a table built in code", () => {
    const parsed = parseCsv(buildCsv(DIABETES_FEATURES, [{}, {}]));
    if (!parsed.ok) throw new Error("expected a table");
    const columns = { ...parsed.table.columns, BMI: [Number.NaN, 26], Age: [4, Number.POSITIVE_INFINITY] };
    const table: Table = { ...parsed.table, columns };

    const result = recognizeDiabetes(table);
    expect(result.ok || result.error.code).toBe("CSV_MISSING_VALUES");

    const withoutNaN: Table = { ...table, columns: { ...columns, BMI: [26, 26] } };
    const second = recognizeDiabetes(withoutNaN);
    expect(second.ok || second.error).toEqual({ code: "CSV_NON_NUMERIC", params: { row: 3, column: "Age", value: "Infinity" } });
  });
});

describe("diabetes dictionary", () => {
  it("lists the target and the 21 features", () => {
    expect(DIABETES_DICTIONARY.map((entry) => entry.column)).toEqual(["Diabetes", ...DIABETES_FEATURES]);
    expect(DIABETES_FEATURES).toHaveLength(21);
  });

  it("types the features as the survey codes them", () => {
    const typeOf = Object.fromEntries(DIABETES_DICTIONARY.map((entry) => [entry.column, entry.type]));
    expect(typeOf.BMI).toBe("Float");
    for (const column of ["GenHlth", "MentHlth", "PhysHlth"]) expect(typeOf[column]).toBe("Ordinal");
    for (const column of ["Sex", "Age", "Education", "Income"]) expect(typeOf[column]).toBe("Categorical");
    // 14 features are coded 0/1, but the workshop's dictionary types Sex as Categorical.
    expect(DIABETES_FEATURES.filter((column) => typeOf[column] === "Boolean")).toHaveLength(13);
  });
});

const DATA_DIR = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const HAS_DATA = existsSync(DATA_DIR);
if (!HAS_DATA) console.warn(`Skipping the workshop data file tests: folder ${DATA_DIR} not found.`);

function readData(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${DATA_DIR}${name}`));
}

function parseTimed(name: string) {
  const bytes = readData(name);
  const start = performance.now();
  const parsed = parseCsv(bytes);
  console.info(`parseCsv ${name}: ${(performance.now() - start).toFixed(0)} ms for ${(bytes.byteLength / 1e6).toFixed(1)} MB`);
  if (!parsed.ok) throw new Error(`${name} did not parse: ${JSON.stringify(parsed.error)}`);
  return parsed;
}

describe("workshop data files (skipped when the data folder is absent)", () => {
  it.skipIf(!HAS_DATA)("50/50 file is balanced kaggle_binary", () => {
    const parsed = parseTimed("diabetes_binary_5050split_health_indicators_BRFSS2015.csv");
    const result = recognizeDiabetes(parsed.table);

    expect(parsed.dialect).toEqual({ separator: ",", decimalComma: false, bom: false, lineEnding: "\n" });
    expect(expectRecognized(result).variant).toBe("kaggle_binary");
    const table = recognizedTable(result);
    expect(table.rowCount).toBe(70_692);
    expect(table.columns.Diabetes.filter((value) => value === 1)).toHaveLength(35_346);
    expect(table.columns.Diabetes.filter((value) => value === 0)).toHaveLength(35_346);
  });

  it.skipIf(!HAS_DATA)("predict file is unlabeled", () => {
    const result = recognizeDiabetes(parseTimed("diabetes_predict.csv").table);

    expect(expectRecognized(result).variant).toBe("unlabeled");
    expect(recognizedTable(result).rowCount).toBe(38_052);
    expect(recognizedTable(result).columnNames).toEqual(DIABETES_FEATURES);
  });

  it.skipIf(!HAS_DATA)("dictionary types match the workshop's", () => {
    const parsed = parseTimed("diabetes_columns.csv");
    const workshopTypes = Object.fromEntries(parsed.table.columns.column.map((column, i) => [column, parsed.table.columns.type[i]]));
    const ourTypes = Object.fromEntries(DIABETES_DICTIONARY.map((entry) => [entry.column, entry.type]));

    expect(ourTypes).toEqual(workshopTypes);
  });

  it.skipIf(!HAS_DATA)("pt-BR export parses to the same numbers", () => {
    const original = new TextDecoder().decode(readData("diabetes_binary_5050split_health_indicators_BRFSS2015.csv"));
    const lines = original.split("\n").slice(0, 41);
    const header = lines[0].split(",");
    const bmiIndex = header.indexOf("BMI");
    // A spreadsheet in pt-BR with BMI formatted to one decimal place.
    const exported = lines.map((line, lineIndex) =>
      line
        .split(",")
        .map((cell, j) => (lineIndex > 0 && j === bmiIndex ? Number(cell).toFixed(1).replace(".", ",") : cell))
        .join(";"),
    );
    const ptBR = parseCsv(new TextEncoder().encode("\uFEFF" + exported.join("\r\n") + "\r\n"));
    const source = parseCsv(lines.join("\n") + "\n");

    if (!ptBR.ok || !source.ok) throw new Error("expected both to parse");
    expect(exported[1]).toContain(";26,0;");
    expect(ptBR.dialect).toEqual({ separator: ";", decimalComma: true, bom: true, lineEnding: "\r\n" });
    expect(ptBR.table).toEqual(source.table);
    expect(recognizedTable(recognizeDiabetes(ptBR.table))).toEqual(recognizedTable(recognizeDiabetes(source.table)));
  });
});
