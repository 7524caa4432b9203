import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../lib/data/csv";
import type { Table } from "../../lib/data/table";
import { fingerprintInputs } from "../../lib/exercises/fingerprint";
import type { ExerciseResult } from "../../lib/exercises/result";
import { createSubmission, serializeSubmission } from "../../lib/exercises/submission";
import { buildProject } from "../../lib/exercises/recipe";
import { findExerciseSpec } from "../../lib/exercises/specs";
import { initBackend } from "../../lib/ml/backend";
import { baseData, collectFiles, gradeFiles } from "./grade";

const FIXTURES = "lib/exercises/fixtures/submissions";
const work = mkdtempSync(join(tmpdir(), "lab-grade-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function lab(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/lab.ts", ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function readCsv(path: string): Table {
  const parsed = parseCsv(readFileSync(path, "utf8"));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.code}`);
  return parsed.table;
}

function rowOf(table: Table, file: string): Record<string, unknown> {
  const index = table.columns.file.findIndex((cell) => String(cell).endsWith(file));
  if (index < 0) throw new Error(`no row for ${file}`);
  return Object.fromEntries(table.columnNames.map((name) => [name, table.columns[name][index]]));
}

describe("lab grade on the corpus", () => {
  const out = join(work, "grades.csv");
  const feedback = join(work, "feedback");
  let run: ReturnType<typeof lab>;
  let table: Table;

  beforeAll(() => {
    // Without --data the diabetes submissions get error rows, which also shows one bad file does not stop the batch.
    run = lab("grade", FIXTURES, "--out", out, "--feedback-dir", feedback);
    table = readCsv(out);
  }, 120_000);

  it("exits 0 after reporting every file", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(table.rowCount).toBe(readdirSync(FIXTURES).length);
  });

  it("summarizes the batch", () => {
    expect(run.stdout).toMatch(/\d+ files: \d+ graded, \d+ errors, 0 with a score that differs from the file · backend wasm/);
  });

  it("grades the leakage variant as the browser did", () => {
    const row = rowOf(table, "iris-data-engineering-scaler-whole-table.json");
    expect(row).toMatchObject({ status: "graded", student: "Igor Pereira", exercise: "iris-data-engineering", score: 9, max: 12, score_in_file: 9, score_matches: "yes", data_matches: "yes" });
    expect(row["iris-data-engineering:no_leakage"]).toBe(0);
  });

  it.each([
    ["broken-truncated.json", "TRUNCATED"],
    ["broken-malformed.json", "INVALID_JSON"],
    ["broken-empty.json", "EMPTY_FILE"],
    ["broken-editor-export.json", "NOT_A_SUBMISSION"],
    ["broken-tampered-score.json", "TAMPERED"],
    ["broken-unknown-exercise.json", "UNKNOWN_EXERCISE"],
    ["diabetes-training-solution.json", "DATA_MISSING"],
  ])("reports %s as %s", (file, code) => {
    const row = rowOf(table, file);
    expect(row.status).toBe("error");
    expect(row.error_code).toBe(code);
    expect(String(row.message).length).toBeGreaterThan(10);
  });

  it("names the student of a tampered file", () => {
    expect(rowOf(table, "broken-tampered-score.json").student).toBe("Vitor Hugo Lopes");
  });

  it("writes pt-BR feedback per student", () => {
    const text = readFileSync(join(feedback, "igor-pereira.md"), "utf8");
    expect(text).toContain("# Devolutiva de Igor Pereira");
    expect(text).toContain("Vazamento de dados: o nó create_feature_scaler (scaler_fit) é ajustado em iris_split");
  });
});

describe("gradeFiles", () => {
  beforeAll(async () => {
    await initBackend("wasm");
  });

  async function write(name: string, student: string, submittedAt: string, score: number): Promise<string> {
    const spec = findExerciseSpec("iris-data-engineering")!;
    const result: ExerciseResult = { exerciseId: spec.id, score, max: 12, items: [], metrics: {}, run: { status: "success" } };
    const data = await fingerprintInputs(baseData({}).iris, ["iris_train_raw"]);
    const stamp = { seeds: {}, backend: "wasm", browser: "test", appVersion: "0.1.0", data, checkedAt: submittedAt };
    const submission = await createSubmission({ student, project: buildProject(spec.solution), result, stamp, submittedAt: new Date(submittedAt) });
    const path = join(work, "batch", name);
    writeFileSync(path, serializeSubmission(submission));
    return path;
  }

  it("keeps the latest submission of a student and notes a differing score", async () => {
    mkdirSync(join(work, "batch"), { recursive: true });
    const older = await write("older.json", "Júlia Ribeiro", "2025-11-20T10:00:00.000Z", 3);
    const newer = await write("newer.json", "julia ribeiro", "2025-11-20T11:00:00.000Z", 5);
    copyFileSync(join(FIXTURES, "broken-empty.json"), join(work, "batch", "empty.json"));

    const rows = await gradeFiles(collectFiles([join(work, "batch"), join(work, "missing.json")]), { locale: "pt-BR", data: baseData({}) });
    expect(rows.map((row) => [row.file.split("/").pop(), row.status])).toEqual([
      ["empty.json", "error"],
      ["newer.json", "graded"],
      ["missing.json", "error"],
    ]);
    const graded = rows[1];
    if (graded.status !== "graded") throw new Error("expected a graded row");
    expect(graded.result.score).toBe(12);
    expect(graded.notes).toEqual([
      { code: "SCORE_DIFFERS", submitted: 5, regraded: 12 },
      { code: "REPLACED", files: [older] },
    ]);
    expect(newer).toContain("newer.json");
    expect(rows[2]).toMatchObject({ status: "error", code: "FILE_UNREADABLE" });
  });
});

describe("lab grade usage", () => {
  it.each([
    [["grade", FIXTURES], "missing --out FILE"],
    [["grade", "--out", "x.csv"], "at least one submission file or folder"],
    [["grade", FIXTURES, "--out", "x.csv", "--lang", "fr"], 'invalid --lang "fr"'],
    [["grade", FIXTURES, "--out", "x.csv", "--outt", "y"], "Unknown option '--outt'"],
    [["grade", FIXTURES, "--out", "x.csv", "--data", "no-such.csv"], "no-such.csv"],
  ])("rejects %j with exit 2", (args, message) => {
    const { code, stderr } = lab(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
