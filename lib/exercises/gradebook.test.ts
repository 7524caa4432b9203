import { describe, expect, it } from "vitest";
import { parseCsv } from "../data/csv";
import { compareWithSubmission, feedbackMarkdown, gradebookCsv } from "./gradebook";
import type { GradeRow } from "./gradebook";
import type { ExerciseResult } from "./result";
import { EXERCISE_SPECS } from "./specs";

const RESULT: ExerciseResult = {
  exerciseId: "iris-data-engineering",
  score: 9,
  max: 12,
  items: [
    { id: "nodes", status: "correct", points: 2, max: 2, findings: [] },
    {
      id: "no_leakage",
      status: "incorrect",
      points: 0,
      max: 3,
      findings: [{ code: "LEAKAGE_TEST", node: "scaler_fit", params: { node: "scaler_fit", kind: "scaler_fit", dataset: "iris_split", split: "split_master_table", test: "test_raw" } }],
    },
    { id: "master_table", status: "correct", points: 2, max: 2, findings: [], figure: { name: "rows", value: 120, min: 120 } },
  ],
  metrics: {},
  run: { status: "success" },
};

const ROWS: GradeRow[] = [
  {
    status: "graded",
    file: "a.json",
    student: "=HYPERLINK(\"http://x\")",
    exerciseId: "iris-data-engineering",
    result: RESULT,
    submitted: { points: 12, max: 12, items: [] },
    notes: [{ code: "SCORE_DIFFERS", submitted: 12, regraded: 9 }],
  },
  { status: "error", file: "b.json", code: "TRUNCATED", params: { detail: "Unexpected end of JSON input" } },
  { status: "error", file: "c.json", student: "Ana", exerciseId: "diabetes-training", code: "DATA_MISSING", params: { dataset: "diabetes_raw" } },
];

function readCsv(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.table;
}

describe("gradebookCsv", () => {
  const table = readCsv(gradebookCsv(ROWS, EXERCISE_SPECS, "pt-BR"));

  it("has one row per graded or failed file", () => {
    expect(table.rowCount).toBe(3);
    expect(table.columns.status).toEqual(["graded", "error", "error"]);
  });

  it("adds one column per rubric item of the exercises present", () => {
    const itemColumns = table.columnNames.filter((name) => name.includes(":"));
    const present = EXERCISE_SPECS.filter((spec) => spec.id === "iris-data-engineering" || spec.id === "diabetes-training");
    expect(itemColumns).toEqual(present.flatMap((spec) => spec.rubric.map((item) => `${spec.id}:${item.id}`)));
  });

  it("writes the points of each item", () => {
    expect(table.columns["iris-data-engineering:no_leakage"][0]).toBe(0);
    expect(table.columns["iris-data-engineering:nodes"][0]).toBe(2);
  });

  it("flags a score that differs from the file", () => {
    expect(table.columns.score[0]).toBe(9);
    expect(table.columns.score_in_file[0]).toBe(12);
    expect(table.columns.score_matches[0]).toBe("no");
    expect(table.columns.notes[0]).toBe("A nota recalculada (9) difere da nota do navegador (12).");
  });

  it("phrases the reason of an error row", () => {
    expect(table.columns.error_code[1]).toBe("TRUNCATED");
    expect(table.columns.message[1]).toContain("termina no meio do JSON");
    expect(table.columns.message[2]).toContain("diabetes_raw");
  });

  it("keeps a spreadsheet from running a name as a formula", () => {
    expect(table.columns.student[0]).toBe("'=HYPERLINK(\"http://x\")");
  });
});

describe("feedbackMarkdown", () => {
  const text = feedbackMarkdown("Igor", ROWS.slice(0, 2), EXERCISE_SPECS, "pt-BR");

  it("gives the score and each item", () => {
    expect(text).toContain("# Devolutiva de Igor");
    expect(text).toContain("## Iris 1: engenharia de dados: 9 de 12 pontos");
    expect(text).toContain("- ✘ incorreto · Scaler e encoder veem só as linhas de treino (0/3)");
    expect(text).toContain("- ✔ correto · Os seis nós do pipeline estão presentes (2/2)");
  });

  it("explains the lost points and the figures", () => {
    expect(text).toContain("  - Vazamento de dados: o nó scaler_fit (scaler_fit) é ajustado em iris_split");
    expect(text).toContain("  - linhas: 120 (mínimo 120)");
  });

  it("lists the grader's notes and the failed files", () => {
    expect(text).toContain("> A nota recalculada (9) difere da nota do navegador (12).");
    expect(text).toContain("- b.json: a entrega não pôde ser corrigida.");
  });

  it("speaks English on request", () => {
    expect(feedbackMarkdown("Igor", ROWS.slice(0, 1), EXERCISE_SPECS, "en")).toContain("## Iris 1: data engineering: 9 of 12 points");
  });
});

describe("compareWithSubmission", () => {
  const fingerprint = { rows: 120, sha256: `sha256:${"a".repeat(64)}` };

  it("notes nothing when score and data match", () => {
    expect(compareWithSubmission(RESULT, { points: 9, max: 12, items: [] }, { iris_train_raw: fingerprint }, { iris_train_raw: fingerprint })).toEqual([]);
  });

  it("notes other data", () => {
    const other = { rows: 150, sha256: `sha256:${"b".repeat(64)}` };
    const notes = compareWithSubmission(RESULT, { points: 9, max: 12, items: [] }, { iris_train_raw: other }, { iris_train_raw: fingerprint });
    expect(notes).toEqual([{ code: "DATA_DIFFERS", dataset: "iris_train_raw", submitted: "150 rows, sha256:bbbbbbbbbbbb…", graded: "120 rows, sha256:aaaaaaaaaaaa…" }]);
  });
});
