import { describe, expect, it } from "vitest";
import { translateError } from "../i18n";
import { CSV_ERROR_CODES, parseCsv } from "./csv";
import type { CsvDialect } from "./csv";
import type { Cell } from "./table";

const encoder = new TextEncoder();
const BOM = "\uFEFF";

interface DialectCase {
  name: string;
  input: string | Uint8Array;
  dialect: CsvDialect;
  columns: Record<string, Cell[]>;
}

const DIALECT_CASES: DialectCase[] = [
  {
    name: "comma, LF, integers",
    input: "a,b\n1,2\n3,4\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { a: [1, 3], b: [2, 4] },
  },
  {
    name: "comma, CRLF",
    input: "a,b\r\n1,2\r\n3,4\r\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\r\n" },
    columns: { a: [1, 3], b: [2, 4] },
  },
  {
    name: "BOM, no final newline",
    input: `${BOM}a,b\n1,2`,
    dialect: { separator: ",", decimalComma: false, bom: true, lineEnding: "\n" },
    columns: { a: [1], b: [2] },
  },
  {
    name: "Kaggle floats",
    input: "Diabetes_binary,BMI\n0.0,26.0\n1.0,40.5\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { Diabetes_binary: [0, 1], BMI: [26, 40.5] },
  },
  {
    name: "pt-BR spreadsheet export",
    input: `${BOM}a;BMI\r\n1;26,5\r\n2;-0,25\r\n3;1,5E-3\r\n`,
    dialect: { separator: ";", decimalComma: true, bom: true, lineEnding: "\r\n" },
    columns: { a: [1, 2, 3], BMI: [26.5, -0.25, 0.0015] },
  },
  {
    name: "semicolon with dot decimals",
    input: "a;b\n1.5;x\n",
    dialect: { separator: ";", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { a: [1.5], b: ["x"] },
  },
  {
    name: "comma file keeps quoted 26,5 as text",
    input: 'a,b\n"26,5",1\n',
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { a: ["26,5"], b: [1] },
  },
  {
    name: "quoted cells",
    input: 'name,note,n\n"Silva, Ana","she said ""hi""","7"\n',
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { name: ["Silva, Ana"], note: ['she said "hi"'], n: [7] },
  },
  {
    name: "empty and blank cells",
    input: "a,b,c\n,2, \n1,,3\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { a: [null, 1], b: [2, null], c: [null, 3] },
  },
  {
    name: "strings that are not numbers",
    input: "a\n0x10\nInfinity\nNaN\n1e5\n 12 \nsim\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { a: ["0x10", "Infinity", "NaN", 100000, 12, "sim"] },
  },
  {
    name: "trailing empty lines",
    input: "a,b\n1,2\n\n\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { a: [1], b: [2] },
  },
  {
    name: "one column with an empty line",
    input: "a\n1\n\n3\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { a: [1, null, 3] },
  },
  {
    name: "header names trimmed, empty named",
    input: ",  BMI ,Age\n0,26,4\n",
    dialect: { separator: ",", decimalComma: false, bom: false, lineEnding: "\n" },
    columns: { "Unnamed: 0": [0], BMI: [26], Age: [4] },
  },
  {
    name: "UTF-8 bytes with BOM and accents",
    input: encoder.encode(`${BOM}município;população\r\nSão Paulo;12,3\r\n`),
    dialect: { separator: ";", decimalComma: true, bom: true, lineEnding: "\r\n" },
    columns: { município: ["São Paulo"], população: [12.3] },
  },
];

describe("parseCsv dialects", () => {
  it.each(DIALECT_CASES)("$name", ({ input, dialect, columns }) => {
    const result = parseCsv(input);
    if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);

    expect(result.dialect).toEqual(dialect);
    expect(result.table.columnNames).toEqual(Object.keys(columns));
    expect(result.table.rowCount).toBe(Object.values(columns)[0].length);
    for (const [name, values] of Object.entries(columns)) expect(result.table.columns[name]).toEqual(values);
  });
});

interface ErrorCase {
  name: string;
  input: string | Uint8Array;
  maxBytes?: number;
  code: string;
  params: Record<string, string | number>;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

const ERROR_CASES: ErrorCase[] = [
  { name: "empty string", input: "", code: "CSV_EMPTY_FILE", params: {} },
  { name: "only a BOM", input: BOM, code: "CSV_EMPTY_FILE", params: {} },
  { name: "only empty lines", input: "\r\n \n\n", code: "CSV_EMPTY_FILE", params: {} },
  { name: "zero bytes", input: new Uint8Array(0), code: "CSV_EMPTY_FILE", params: {} },
  { name: "header with newline", input: "a,b\n", code: "CSV_HEADER_ONLY", params: {} },
  { name: "header without newline", input: "a,b", code: "CSV_HEADER_ONLY", params: {} },
  { name: "header and empty lines", input: "a,b\r\n\r\n\r\n", code: "CSV_HEADER_ONLY", params: {} },
  { name: "NUL byte", input: Uint8Array.from([0x61, 0x0a, 0x31, 0x00, 0x32]), code: "CSV_NOT_TEXT", params: { line: 2 } },
  { name: "UTF-16 text", input: Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]), code: "CSV_NOT_TEXT", params: { line: 1 } },
  { name: "Windows-1252 header", input: latin1("município\n1\n"), code: "CSV_NOT_TEXT", params: { line: 1 } },
  {
    name: "Windows-1252 after the first KB",
    input: latin1(`a\n${"1\n".repeat(600)}São\n`),
    code: "CSV_NOT_TEXT",
    params: { line: 602 },
  },
  { name: "replacement character in text", input: "a\nS\uFFFDo\n", code: "CSV_NOT_TEXT", params: { line: 2 } },
  { name: "over a 1 MB limit", input: "a\n" + "1".repeat(1_500_000), maxBytes: 1_000_000, code: "CSV_TOO_LARGE", params: { size: 1.6, limit: 1 } },
  {
    name: "over the limit in UTF-8 bytes",
    input: "é".repeat(600_000),
    maxBytes: 1_000_000,
    code: "CSV_TOO_LARGE",
    params: { size: 1.2, limit: 1 },
  },
  { name: "over the default limit", input: new Uint8Array(100_000_001), code: "CSV_TOO_LARGE", params: { size: 100.1, limit: 100 } },
  { name: "row too long", input: "a,b\n1,2\n3,4,5\n", code: "CSV_ROW_LENGTH", params: { row: 3, expected: 2, actual: 3 } },
  { name: "row too short", input: "a;b;c\r\n1;2;3\r\n4;5\r\n", code: "CSV_ROW_LENGTH", params: { row: 3, expected: 3, actual: 2 } },
  { name: "empty line between rows", input: "a,b\n1,2\n\n3,4\n", code: "CSV_ROW_LENGTH", params: { row: 3, expected: 2, actual: 0 } },
  {
    name: "row after a multi-line cell",
    input: 'a,b\n"x\ny",1\n2\n',
    code: "CSV_ROW_LENGTH",
    params: { row: 3, expected: 2, actual: 1 },
  },
  { name: "duplicate column", input: "a,b,a\n1,2,3\n", code: "CSV_DUPLICATE_COLUMN", params: { column: "a" } },
  { name: "duplicate after trimming", input: "BMI, BMI\n1,2\n", code: "CSV_DUPLICATE_COLUMN", params: { column: "BMI" } },
  { name: "unclosed quote", input: 'a,b\n1,2\n"3,4\n5,6\n', code: "CSV_INVALID_QUOTE", params: { row: 3 } },
  { name: "text after a closing quote", input: 'a,b\n"1"x,2\n', code: "CSV_INVALID_QUOTE", params: { row: 2 } },
];

describe("parseCsv errors", () => {
  it.each(ERROR_CASES)("$code: $name", ({ input, maxBytes, code, params }) => {
    const result = parseCsv(input, { maxBytes });
    if (result.ok) throw new Error(`expected ${code}, got a table with ${result.table.rowCount} rows`);

    expect(result.error.code).toBe(code);
    expect(result.error.params).toEqual(params);
  });

  it("covers every error code", () => {
    const tested = new Set(ERROR_CASES.map((errorCase) => errorCase.code));
    expect([...tested].sort()).toEqual([...CSV_ERROR_CODES].sort());
  });

  it.each(ERROR_CASES)("phrases $code ($name) in both locales", ({ input, maxBytes }) => {
    const result = parseCsv(input, { maxBytes });
    if (result.ok) throw new Error("expected an error");

    for (const locale of ["pt-BR", "en"] as const) {
      const message = translateError(locale, result.error.code, result.error.params);
      expect(message).not.toMatch(/^Err/);
      expect(message).not.toMatch(/\{[A-Za-z_]+\}/);
    }
  });

  it("shows sizes in MB with the locale's decimal mark", () => {
    const params = { size: 100.1, limit: 100 };
    expect(translateError("pt-BR", "CSV_TOO_LARGE", params)).toContain("100,1 MB");
    expect(translateError("en", "CSV_TOO_LARGE", params)).toContain("100.1 MB");
  });
});

describe("parseCsv progress", () => {
  it("reports a bounded, rising fraction", () => {
    const text = "a,b\n" + "1,2\n".repeat(10_000);
    const fractions: number[] = [];

    const result = parseCsv(text, { onProgress: (fraction) => fractions.push(fraction) });

    expect(result.ok).toBe(true);
    expect(fractions.length).toBeGreaterThanOrEqual(10);
    expect(fractions.length).toBeLessThanOrEqual(21);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.at(-1)).toBe(1);
  });

  it("ends at 1 for a one-row file", () => {
    const fractions: number[] = [];
    parseCsv("a\n1\n", { onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.filter((fraction) => fraction === 1)).toHaveLength(1);
  });
});
