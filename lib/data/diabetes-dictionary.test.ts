import { describe, expect, it } from "vitest";
import { translate, translateError } from "../i18n";
import { DIABETES_DICTIONARY, DICTIONARY_ERROR_CODES, dictionaryToYaml, parseDictionaryYaml } from "./diabetes-dictionary";
import type { DictionaryCheckOptions } from "./diabetes-dictionary";

const FULL = dictionaryToYaml(DIABETES_DICTIONARY);
const COLUMNS = DIABETES_DICTIONARY.map((entry) => entry.column);

/** 1-based line of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string, from = 0): number {
  const lines = text.split("\n");
  const index = lines.findIndex((line, i) => i >= from && line.startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${prefix}`);
  return index + 1;
}

describe("parseDictionaryYaml", () => {
  it("round-trips through YAML", () => {
    expect(FULL).toContain("BMI:\n  type: Float\n");
    expect(parseDictionaryYaml(FULL)).toEqual({ ok: true, dictionary: DIABETES_DICTIONARY });
  });

  it("returns entries in the order of the columns", () => {
    const reversed = dictionaryToYaml([...DIABETES_DICTIONARY].reverse());
    expect(parseDictionaryYaml(reversed)).toEqual({ ok: true, dictionary: DIABETES_DICTIONARY });
  });

  it("takes a changed type and no description", () => {
    const yaml = FULL.replace(/Age:\n {2}type: Categorical\n {2}description: .*\n/, "Age:\n  type: Ordinal\n");
    const result = parseDictionaryYaml(yaml);

    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dictionary.find((entry) => entry.column === "Age")).toEqual({ column: "Age", type: "Ordinal", description: "" });
  });

  it("checks against the loaded file's columns", () => {
    const fileColumns = COLUMNS.filter((column) => column !== "Income");
    const yaml = dictionaryToYaml(DIABETES_DICTIONARY.filter((entry) => entry.column !== "Income"));

    const result = parseDictionaryYaml(yaml, { columns: fileColumns, fileName: "sem-renda.csv" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.dictionary.map((entry) => entry.column)).toEqual(fileColumns);
  });

  it("reports every problem, sorted by line", () => {
    const yaml = FULL.replace("BMI:\n  type: Float", "BMI:\n  type: Floot").replace("Sex:\n  type: Categorical", "Sex:\n  type: Nominal");
    const result = parseDictionaryYaml(yaml);
    if (result.ok) throw new Error("expected errors");

    expect(result.errors.map((error) => [error.code, error.params.column])).toEqual([
      ["DICTIONARY_UNKNOWN_TYPE", "BMI"],
      ["DICTIONARY_UNKNOWN_TYPE", "Sex"],
    ]);
    expect(result.errors[0].line).toBe(lineOf(yaml, "BMI:") + 1);
    expect(result.errors[1].line).toBe(lineOf(yaml, "Sex:") + 1);
  });

  interface BadCase {
    name: string;
    yaml: string;
    options?: DictionaryCheckOptions;
    code: (typeof DICTIONARY_ERROR_CODES)[number];
    line: number;
    column: number;
    params?: Record<string, string | number>;
  }

  const withWeight = FULL + "Weight:\n  type: Float\n";
  const duplicated = FULL + "BMI:\n  type: Ordinal\n";
  const withoutIncome = FULL.replace(/Income:\n(?: {2}.*\n)+/, "");
  const renamedTarget = FULL.replace("Diabetes:", "Diabetes_binary:");
  const BAD_CASES: BadCase[] = [
    { name: "bad indentation", yaml: FULL.replace("BMI:\n  type: Float\n", "BMI:\n  type: Float\n type: x\n"), code: "YAML_SYNTAX", line: lineOf(FULL, "BMI:") + 2, column: 1 },
    { name: "unclosed quote", yaml: FULL.replace("description: Body", 'description: "Body'), code: "YAML_SYNTAX", line: lineOf(FULL, "BMI:") + 2, column: 40 },
    { name: "a list", yaml: "- BMI\n- Age\n", code: "DICTIONARY_NOT_MAPPING", line: 1, column: 1, params: {} },
    { name: "empty text", yaml: "", code: "DICTIONARY_NOT_MAPPING", line: 1, column: 1, params: {} },
    {
      name: "entry is a string",
      yaml: FULL.replace(/Sex:\n(?: {2}.*\n)+/, "Sex: Categorical\n"),
      code: "DICTIONARY_ENTRY_INVALID",
      line: lineOf(FULL, "Sex:"),
      column: 6,
      params: { column: "Sex" },
    },
    { name: "unknown key", yaml: FULL.replace("Sex:\n", "Sex:\n  unit: none\n"), code: "DICTIONARY_ENTRY_INVALID", line: lineOf(FULL, "Sex:") + 1, column: 3, params: { column: "Sex" } },
    {
      name: "unknown column",
      yaml: withWeight,
      code: "DICTIONARY_UNKNOWN_COLUMN",
      line: lineOf(withWeight, "Weight:"),
      column: 1,
      params: { column: "Weight", known: COLUMNS.join(", ") },
    },
    {
      name: "column not in the loaded file",
      yaml: renamedTarget,
      options: { columns: COLUMNS, fileName: "diabetes.csv" },
      code: "DICTIONARY_COLUMN_NOT_IN_FILE",
      line: lineOf(renamedTarget, "Diabetes_binary:"),
      column: 1,
      params: { column: "Diabetes_binary", file: "diabetes.csv", known: COLUMNS.join(", ") },
    },
    {
      name: "duplicate column",
      yaml: duplicated,
      code: "DICTIONARY_DUPLICATE_COLUMN",
      line: lineOf(duplicated, "BMI:", lineOf(duplicated, "BMI:")),
      column: 1,
      params: { column: "BMI", firstLine: lineOf(duplicated, "BMI:") },
    },
    {
      name: "unknown type",
      yaml: FULL.replace("BMI:\n  type: Float", "BMI:\n  type: Numeric"),
      code: "DICTIONARY_UNKNOWN_TYPE",
      line: lineOf(FULL, "BMI:") + 1,
      column: 9,
      params: { column: "BMI", type: "Numeric", known: "Boolean, Float, Ordinal, Categorical" },
    },
    {
      name: "target typed as a feature",
      yaml: FULL.replace("Diabetes:\n  type: Categorical", "Diabetes:\n  type: Float"),
      code: "DICTIONARY_TARGET_TYPE",
      line: lineOf(FULL, "Diabetes:") + 1,
      column: 9,
      params: { column: "Diabetes", type: "Float", expected: "Categorical" },
    },
    {
      name: "renamed target typed Boolean",
      yaml: FULL.replace("Diabetes:\n  type: Categorical", "Diabetes:\n  type: Boolean").replace("Diabetes:", "Outcome:"),
      options: { columns: ["Outcome", ...COLUMNS.slice(1)], target: "Outcome" },
      code: "DICTIONARY_TARGET_TYPE",
      line: 3,
      column: 9,
      params: { column: "Outcome", type: "Boolean", expected: "Categorical" },
    },
    {
      name: "Income left out",
      yaml: withoutIncome,
      code: "DICTIONARY_MISSING_COLUMN",
      line: withoutIncome.trimEnd().split("\n").length,
      column: 1,
      params: { column: "Income" },
    },
  ];

  it.each(BAD_CASES)("$code: $name", ({ yaml, options, code, line, column, params }) => {
    const result = parseDictionaryYaml(yaml, options);
    if (result.ok) throw new Error(`expected ${code}`);

    const [error] = result.errors;
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    if (params) expect(error.params).toEqual(params);
    else expect(error.params.message).toEqual(expect.any(String));
  });

  it.each(BAD_CASES)("phrases $code ($name) in both locales", ({ yaml, options }) => {
    const result = parseDictionaryYaml(yaml, options);
    if (result.ok) throw new Error("expected errors");

    for (const locale of ["pt-BR", "en"] as const) {
      const message = translateError(locale, result.errors[0].code, result.errors[0].params);
      expect(message).not.toMatch(/\{[A-Za-z_]+\}/);
      expect(message).not.toContain(translate(locale, "error.UNKNOWN", { code: result.errors[0].code }));
    }
  });

  it("covers every dictionary error code", () => {
    expect([...new Set(BAD_CASES.map((entry) => entry.code))].sort()).toEqual([...DICTIONARY_ERROR_CODES].sort());
  });
});
