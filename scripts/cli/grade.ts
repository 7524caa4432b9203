/**
 * `lab grade <files or folders>`: re-runs every exported submission in Node
 * with the browser's engine and checkers, and writes a gradebook CSV and one
 * feedback file per student. A file that cannot be graded gets an error row
 * with the reason; it never stops the batch.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadDiabetesCsv } from "../../lib/data/load-diabetes";
import type { Table } from "../../lib/data/table";
import { irisPredictRaw, irisTrainRaw } from "../../lib/examples/iris-data";
import { checkExercise, rawDataRead } from "../../lib/exercises/check";
import { fingerprintInputs } from "../../lib/exercises/fingerprint";
import { compareWithSubmission, feedbackMarkdown, gradebookCsv } from "../../lib/exercises/gradebook";
import type { ErrorRow, GradeRow, GradedRow } from "../../lib/exercises/gradebook";
import type { ExerciseSpec } from "../../lib/exercises/spec";
import { EXERCISE_SPECS, exerciseIds, findExerciseSpec } from "../../lib/exercises/specs";
import { parseSubmission, slugify } from "../../lib/exercises/submission";
import type { Submission } from "../../lib/exercises/submission";
import type { Locale } from "../../lib/i18n";
import { isLocale, translateError } from "../../lib/i18n";
import { initBackend } from "../../lib/ml/backend";
import { createRegistry } from "../../lib/ml/kinds";
import { UsageError } from "./usage";

export const GRADE_USAGE = `Usage: npm run lab -- grade <files or folders> --out grades.csv [options]

Re-runs each submission file (*.json; folders are searched recursively) with
the app's engine and checkers, and writes one CSV row per student and
exercise. The latest submission of a student for an exercise counts.

Options:
  --out FILE            Gradebook CSV to write (required)
  --feedback-dir DIR    Write one Markdown feedback file per student here
  --data FILE           A diabetes CSV: the labeled training file and, for the
                        inference exercise, the unlabeled file; repeat the
                        option for both. Iris data ships with the app.
  --lang LOCALE         Language of messages and feedback: pt-BR (default) or en
  --backend NAME        TensorFlow.js backend: wasm (default, as in the
                        browser) or cpu

Exit code: 0 when every file was graded or reported in the CSV, 2 on a usage
error, 1 when the outputs could not be written.
`;

export interface GradeOptions {
  locale: Locale;
  /** Raw datasets by base example, e.g. `{ diabetes: { diabetes_raw: table } }`. */
  data: Record<ExerciseSpec["base"], Record<string, unknown>>;
}

interface ParsedFile {
  file: string;
  submission: Submission;
}

/** Lists the submission files under the given paths, sorted; a path that does not exist is returned as is, to be reported. */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      files.push(path);
      continue;
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const found = readdirSync(path, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".json"))
      .map((name) => join(path, name))
      .sort();
    files.push(...found);
  }
  return files;
}

/**
 * Grades files: parses each, keeps the latest submission per student and
 * exercise, re-runs it and compares with what the file recorded. Returns
 * the rows in input order (error rows where the file failed).
 */
export async function gradeFiles(files: readonly string[], options: GradeOptions): Promise<GradeRow[]> {
  const rows = new Map<string, GradeRow>();
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const outcome = await readSubmission(file);
    if ("submission" in outcome) parsed.push(outcome);
    else rows.set(file, outcome);
  }

  const registry = createRegistry();
  for (const group of groupLatest(parsed)) {
    const { file, submission } = group.latest;
    const spec = findExerciseSpec(submission.exerciseId) as ExerciseSpec;
    rows.set(file, await gradeOne(file, submission, spec, registry, options, group.replaced));
  }
  return files.map((file) => rows.get(file)).filter((row): row is GradeRow => row !== undefined);
}

async function readSubmission(file: string): Promise<ParsedFile | ErrorRow> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return { status: "error", file, code: "FILE_UNREADABLE", params: { path: file, detail: (error as Error).message } };
  }
  const result = await parseSubmission(text, exerciseIds());
  if (!result.ok) return { status: "error", file, code: result.code, params: result.params, ...identity(text) };
  return { file, submission: result.submission };
}

/** Student and exercise of a file that failed a later check, read loosely so the error row can name them. */
function identity(text: string): { student?: string; exerciseId?: string } {
  try {
    const value = JSON.parse(text) as { student?: unknown; exerciseId?: unknown };
    return {
      ...(typeof value.student === "string" ? { student: value.student } : {}),
      ...(typeof value.exerciseId === "string" ? { exerciseId: value.exerciseId } : {}),
    };
  } catch {
    return {};
  }
}

/** Groups submissions by exercise and student (by slug, so case and accents do not split a student); the latest counts. */
function groupLatest(parsed: readonly ParsedFile[]): { latest: ParsedFile; replaced: string[] }[] {
  const groups = new Map<string, ParsedFile[]>();
  for (const entry of parsed) {
    const key = `${entry.submission.exerciseId}\u0000${slugify(entry.submission.student)}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].map((entries) => {
    const sorted = [...entries].sort((a, b) => a.submission.submittedAt.localeCompare(b.submission.submittedAt) || a.file.localeCompare(b.file));
    const latest = sorted[sorted.length - 1];
    return { latest, replaced: sorted.slice(0, -1).map((entry) => entry.file) };
  });
}

async function gradeOne(
  file: string,
  submission: Submission,
  spec: ExerciseSpec,
  registry: ReturnType<typeof createRegistry>,
  options: GradeOptions,
  replaced: string[],
): Promise<GradeRow> {
  const inputs = options.data[spec.base];
  const identityFields = { file, student: submission.student, exerciseId: submission.exerciseId };
  const { result } = await checkExercise(spec, submission.project, registry, {
    inputs,
    formatError: (code, params) => translateError(options.locale, code, params),
  });
  if (result.run.status === "data_missing") {
    return { status: "error", ...identityFields, code: "DATA_MISSING", params: { dataset: (result.run.missing ?? []).join(", ") } };
  }

  const gradedData = await fingerprintInputs(inputs, rawDataRead(spec, submission.project));
  const notes = compareWithSubmission(result, submission.score, submission.stamp.data, gradedData);
  if (replaced.length > 0) notes.push({ code: "REPLACED", files: replaced });
  const row: GradedRow = { status: "graded", ...identityFields, result, submitted: submission.score, notes };
  return row;
}

/** Loads `--data` files: a file with a target column becomes diabetes_raw, one without becomes diabetes_predict_raw. */
export function loadDiabetesFiles(paths: readonly string[], locale: Locale): Record<string, Table> {
  const tables: Record<string, Table> = {};
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new UsageError(translateError(locale, "DATA_FILE_UNREADABLE", { path, detail: (error as Error).message }));
    }
    const loaded = loadDiabetesCsv(bytes, { labeled: false, name: path });
    if (!loaded.ok) {
      throw new UsageError(translateError(locale, "DATA_FILE_INVALID", { path, detail: translateError(locale, loaded.error.code, loaded.error.params) }));
    }
    const dataset = Object.keys(loaded.loaded.classCounts).length > 0 ? "diabetes_raw" : "diabetes_predict_raw";
    if (tables[dataset]) throw new UsageError(`--data ${path}: a second ${dataset === "diabetes_raw" ? "labeled" : "unlabeled"} file; pass one labeled and at most one unlabeled file.`);
    tables[dataset] = loaded.loaded.table;
  }
  return tables;
}

export function baseData(diabetes: Record<string, Table>): GradeOptions["data"] {
  return { iris: { iris_train_raw: irisTrainRaw(), iris_predict_raw: irisPredictRaw() }, diabetes };
}

function parseGradeArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        "feedback-dir": { type: "string" },
        data: { type: "string", multiple: true },
        lang: { type: "string" },
        backend: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // parseArgs rejects unknown options and missing values with a TypeError.
    throw new UsageError((error as Error).message);
  }
}

export async function gradeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseGradeArgs(argv);
  if (values.help) {
    process.stdout.write(GRADE_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("grade needs at least one submission file or folder.");
  if (!values.out) throw new UsageError("missing --out FILE: the gradebook CSV to write, e.g. --out grades.csv.");
  const locale = values.lang ?? "pt-BR";
  if (!isLocale(locale)) throw new UsageError(`invalid --lang "${locale}": use pt-BR or en.`);
  const backendName = values.backend ?? "wasm";
  if (backendName !== "wasm" && backendName !== "cpu") throw new UsageError(`invalid --backend "${backendName}": use wasm or cpu.`);

  const options: GradeOptions = { locale, data: baseData(loadDiabetesFiles(values.data ?? [], locale)) };
  const backend = await initBackend(backendName);
  const files = collectFiles(positionals);
  const started = performance.now();
  const rows = await gradeFiles(files, options);
  const seconds = (performance.now() - started) / 1000;

  try {
    writeFileSync(values.out, gradebookCsv(rows, EXERCISE_SPECS, locale));
    if (values["feedback-dir"]) writeFeedback(values["feedback-dir"], rows, locale);
  } catch (error) {
    process.stderr.write(`[deploy-lab] could not write the outputs: ${(error as Error).message}\n`);
    return 1;
  }

  const graded = rows.filter((row) => row.status === "graded");
  const differing = graded.filter((row) => row.notes.some((note) => note.code === "SCORE_DIFFERS"));
  process.stdout.write(`[deploy-lab] ${files.length} files: ${graded.length} graded, ${rows.length - graded.length} errors, ${differing.length} with a score that differs from the file · backend ${backend} · ${seconds.toFixed(1)} s\n`);
  for (const row of differing) {
    const note = row.notes.find((candidate) => candidate.code === "SCORE_DIFFERS");
    if (note?.code === "SCORE_DIFFERS") process.stdout.write(`[deploy-lab] ${row.file}: re-run score ${note.regraded}, file says ${note.submitted}\n`);
  }
  for (const row of rows) {
    if (row.status === "error") process.stdout.write(`[deploy-lab] ${row.file}: ${row.code}\n`);
  }
  process.stdout.write(`[deploy-lab] wrote ${values.out}${values["feedback-dir"] ? ` and feedback in ${values["feedback-dir"]}` : ""}\n`);
  return 0;
}

/** Writes one Markdown file per student (`<slug>.md`). A file without a readable student name gets no feedback file. */
function writeFeedback(directory: string, rows: readonly GradeRow[], locale: Locale): void {
  mkdirSync(directory, { recursive: true });
  const byStudent = new Map<string, { name: string; rows: GradeRow[] }>();
  for (const row of rows) {
    if (!row.student) continue;
    const slug = slugify(row.student) || "aluno";
    const entry = byStudent.get(slug) ?? { name: row.student.trim(), rows: [] };
    entry.rows.push(row);
    byStudent.set(slug, entry);
  }
  for (const [slug, entry] of byStudent) writeFileSync(join(directory, `${slug}.md`), feedbackMarkdown(entry.name, entry.rows, EXERCISE_SPECS, locale));
}
