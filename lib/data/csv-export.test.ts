import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { formatCsvCell, tableToCsv } from "./csv-export";
import { tableFromColumns } from "./table";

describe("formatCsvCell", () => {
  it.each([
    ["=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
    ["+1", "'+1"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["plain", "plain"],
    ["a,b", "\"a,b\""],
    ["two\nlines", "\"two\nlines\""],
    ["", ""],
  ])("escapes %j", (cell, expected) => {
    expect(formatCsvCell(cell)).toBe(expected);
  });

  it("writes numbers unescaped", () => {
    expect(formatCsvCell(-0.5)).toBe("-0.5");
    expect(formatCsvCell(1)).toBe("1");
  });

  it("writes null and NaN as empty", () => {
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(Number.NaN)).toBe("");
  });
});

describe("tableToCsv", () => {
  it("writes header and rows", () => {
    const table = tableFromColumns({ prediction: [0, 1], prob_1: [0.25, 0.75], note: ["=1+1", null] }, ["prediction", "prob_1", "note"]);
    expect(tableToCsv(table)).toBe("prediction,prob_1,note\n0,0.25,'=1+1\n1,0.75,\n");
  });

  it("round-trips through parseCsv", () => {
    const table = tableFromColumns({ prediction: [1, 0], prob_0: [0.125, 0.875] }, ["prediction", "prob_0"]);
    const parsed = parseCsv(tableToCsv(table));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.table.columns).toEqual(table.columns);
  });
});
