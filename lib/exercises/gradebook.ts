/**
 * The grading CLI's outputs as pure functions: one gradebook row per
 * student and exercise (or per file that could not be graded), the CSV, and
 * one feedback text per student.
 */
import type { Cell } from "../data/table";
import { tableFromRows } from "../data/table";
import { tableToCsv } from "../data/csv-export";
import type { Locale } from "../i18n";
import { translate } from "../i18n";
import type { DataFingerprint } from "./fingerprint";
import { formatNumber, phraseFigure, phraseFinding } from "./phrase";
import type { ExerciseResult, ItemStatus } from "./result";
import type { ExerciseSpec } from "./spec";
import type { SubmittedScore } from "./submission";

/** Something the instructor should know about a graded row. */
export type GradeNote =
  | { code: "SCORE_DIFFERS"; submitted: number; regraded: number }
  | { code: "DATA_DIFFERS"; dataset: string; submitted: string; graded: string }
  | { code: "REPLACED"; files: string[] };

export interface GradedRow {
  status: "graded";
  file: string;
  student: string;
  exerciseId: string;
  result: ExerciseResult;
  submitted: SubmittedScore;
  notes: GradeNote[];
}

export interface ErrorRow {
  status: "error";
  file: string;
  /** Known when the file parsed far enough to name them. */
  student?: string;
  exerciseId?: string;
  /** A `grading.submission.<code>` or `grading.reason.<code>` message. */
  code: string;
  params: Record<string, string | number>;
}

export type GradeRow = GradedRow | ErrorRow;

/** Notes comparing the re-run with what the submission recorded. */
export function compareWithSubmission(
  result: ExerciseResult,
  submitted: SubmittedScore,
  submittedData: Record<string, DataFingerprint>,
  gradedData: Record<string, DataFingerprint>,
): GradeNote[] {
  const notes: GradeNote[] = [];
  if (result.score !== submitted.points) notes.push({ code: "SCORE_DIFFERS", submitted: submitted.points, regraded: result.score });
  for (const [dataset, graded] of Object.entries(gradedData)) {
    const recorded = submittedData[dataset];
    if (!recorded || recorded.sha256 !== graded.sha256) {
      notes.push({ code: "DATA_DIFFERS", dataset, submitted: recorded ? describeFingerprint(recorded) : "—", graded: describeFingerprint(graded) });
    }
  }
  return notes;
}

function describeFingerprint(fingerprint: DataFingerprint): string {
  return `${fingerprint.rows} rows, ${fingerprint.sha256.slice(0, 19)}…`;
}

export function phraseNote(locale: Locale, note: GradeNote): string {
  switch (note.code) {
    case "SCORE_DIFFERS":
      return translate(locale, "grading.feedback.scoreDiffers", { submitted: note.submitted, regraded: note.regraded });
    case "DATA_DIFFERS":
      return translate(locale, "grading.feedback.dataDiffers", { dataset: note.dataset, submitted: note.submitted, graded: note.graded });
    case "REPLACED":
      return translate(locale, "grading.feedback.replaced", { files: note.files.join(", ") });
  }
}

/** Phrases the reason of an error row in the user's language. */
export function phraseError(locale: Locale, row: ErrorRow): string {
  const submissionKey = `grading.submission.${row.code}`;
  const text = translate(locale, submissionKey, row.params);
  return text === submissionKey ? phraseFinding(locale, { code: row.code, params: row.params }) : text;
}

/**
 * Lays the rows out as a gradebook: fixed columns, then one column per
 * rubric item (`<exercise>:<item>`, points earned) of every exercise that
 * appears, in course order.
 */
export function gradebookCsv(rows: readonly GradeRow[], specs: readonly ExerciseSpec[], locale: Locale): string {
  const present = new Set(rows.map((row) => row.exerciseId));
  const itemColumns = specs.filter((spec) => present.has(spec.id)).flatMap((spec) => spec.rubric.map((item) => `${spec.id}:${item.id}`));
  const fixed = ["file", "student", "exercise", "status", "score", "max", "score_in_file", "score_matches", "data_matches"];
  const columns = [...fixed, ...itemColumns, "error_code", "message", "notes"];

  const records = rows.map((row): Record<string, Cell> => {
    const record: Record<string, Cell> = { file: row.file, student: row.student ?? null, exercise: row.exerciseId ?? null, status: row.status };
    if (row.status === "error") {
      record.error_code = row.code;
      record.message = phraseError(locale, row);
      return record;
    }
    record.score = row.result.score;
    record.max = row.result.max;
    record.score_in_file = row.submitted.points;
    record.score_matches = row.notes.some((note) => note.code === "SCORE_DIFFERS") ? "no" : "yes";
    record.data_matches = row.notes.some((note) => note.code === "DATA_DIFFERS") ? "no" : "yes";
    for (const item of row.result.items) record[`${row.exerciseId}:${item.id}`] = item.points;
    record.notes = row.notes.map((note) => phraseNote(locale, note)).join(" ") || null;
    return record;
  });
  return tableToCsv(tableFromRows(records, columns));
}

const STATUS_MARKS: Record<ItemStatus, string> = { correct: "✔", incorrect: "✘", not_attempted: "○" };

/**
 * Writes one student's feedback as Markdown. Each exercise gets its score,
 * each rubric item with its status, reasons and figure, and the grader's
 * notes. Files that could not be graded follow.
 */
export function feedbackMarkdown(student: string, rows: readonly GradeRow[], specs: readonly ExerciseSpec[], locale: Locale): string {
  const lines = [`# ${translate(locale, "grading.feedback.title", { student })}`, ""];
  for (const row of rows) {
    if (row.status === "error") {
      lines.push(`- ${translate(locale, "grading.feedback.error", { file: row.file, reason: phraseError(locale, row) })}`, "");
      continue;
    }
    const spec = specs.find((candidate) => candidate.id === row.exerciseId);
    const title = spec?.title[locale] ?? row.exerciseId;
    lines.push(`## ${translate(locale, "grading.feedback.exercise", { title, score: formatNumber(locale, row.result.score), max: formatNumber(locale, row.result.max) })}`, "");
    for (const item of row.result.items) {
      const itemTitle = spec?.rubric.find((rubricItem) => rubricItem.id === item.id)?.title[locale] ?? item.id;
      const status = `${STATUS_MARKS[item.status]} ${translate(locale, `grading.status.${item.status}`)}`;
      lines.push(`- ${translate(locale, "grading.feedback.item", { status, title: itemTitle, points: formatNumber(locale, item.points), max: formatNumber(locale, item.max) })}`);
      if (item.figure) lines.push(`  - ${phraseFigure(locale, item.figure)}`);
      for (const finding of item.findings) lines.push(`  - ${phraseFinding(locale, finding)}`);
    }
    for (const note of row.notes) lines.push("", `> ${phraseNote(locale, note)}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
