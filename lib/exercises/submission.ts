/**
 * The submission file that "Entregar" downloads and the grading CLI reads:
 * exercise, student, the project, the run stamp, the metrics and the score
 * the browser computed, and a SHA-256 digest of all of it.
 *
 * The digest catches hand edits and damaged copies. It is not a signature:
 * anyone who edits the file can compute a new digest, which is why the CLI
 * re-runs every submission instead of trusting its score.
 */
import { z } from "zod";
import packageJson from "../../package.json" with { type: "json" };
import { projectSchema } from "../pipeline/schema";
import type { ParameterValue, Parameters, Project } from "../pipeline/types";
import type { DataFingerprint } from "./fingerprint";
import { canonicalJson, sha256Hex } from "./fingerprint";
import type { ExerciseResult, ItemStatus } from "./result";

export const SUBMISSION_FORMAT = "deploy-lab-submission";
export const SUBMISSION_VERSION = 1;
export const APP_VERSION: string = packageJson.version;

/** Run stamp of a check: seeds, backend, browser, app version and data fingerprints. */
export interface RunStamp {
  /** Every `seed` in the parameters, by dotted path (`split_params.seed`). */
  seeds: Record<string, number>;
  /** TensorFlow.js backend, e.g. `wasm`. */
  backend: string;
  /** The browser's user agent, or `Node v20.20.2` in the CLI. */
  browser: string;
  appVersion: string;
  /** Fingerprint of each raw dataset the run read. */
  data: Record<string, DataFingerprint>;
  /** ISO 8601 time of the check. */
  checkedAt: string;
}

export interface SubmittedScore {
  points: number;
  max: number;
  items: { id: string; status: ItemStatus; points: number; max: number }[];
}

export interface Submission {
  format: typeof SUBMISSION_FORMAT;
  formatVersion: number;
  exerciseId: string;
  student: string;
  /** ISO 8601 time of the download. */
  submittedAt: string;
  project: Project;
  stamp: RunStamp;
  metrics: Record<string, number>;
  score: SubmittedScore;
  /** `sha256:` digest of the canonical JSON of every other field. */
  digest: string;
}

const fingerprintSchema = z.object({ rows: z.number().int().nonnegative(), sha256: z.string().regex(/^sha256:[0-9a-f]{64}$/) });

const submissionSchema = z.object({
  format: z.literal(SUBMISSION_FORMAT),
  formatVersion: z.literal(SUBMISSION_VERSION),
  exerciseId: z.string().min(1).max(200),
  student: z.string().min(1).max(200).refine((name) => name.trim() !== "", "a name, not only spaces"),
  submittedAt: z.iso.datetime(),
  project: projectSchema,
  stamp: z.object({
    seeds: z.record(z.string(), z.number()),
    backend: z.string().max(100),
    browser: z.string().max(1000),
    appVersion: z.string().max(100),
    data: z.record(z.string(), fingerprintSchema),
    checkedAt: z.iso.datetime(),
  }),
  metrics: z.record(z.string(), z.number()),
  score: z.object({
    points: z.number().nonnegative(),
    max: z.number().positive(),
    items: z.array(
      z.object({
        id: z.string().min(1),
        status: z.enum(["not_attempted", "incorrect", "correct"]),
        points: z.number().nonnegative(),
        max: z.number().positive(),
      }),
    ),
  }),
  digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

/** Collects every `seed` number in the parameters, by dotted path. */
export function collectSeeds(parameters: Parameters): Record<string, number> {
  const seeds: Record<string, number> = {};
  const visit = (value: ParameterValue, path: string[]) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === "seed" && typeof child === "number") seeds[[...path, key].join(".")] = child;
      else visit(child, [...path, key]);
    }
  };
  visit(parameters, []);
  return seeds;
}

export interface SubmissionInput {
  student: string;
  project: Project;
  result: ExerciseResult;
  stamp: RunStamp;
  submittedAt: Date;
}

/** Assembles a submission and its digest. */
export async function createSubmission(input: SubmissionInput): Promise<Submission> {
  const { result } = input;
  const content: Omit<Submission, "digest"> = {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_VERSION,
    exerciseId: result.exerciseId,
    student: input.student.trim(),
    submittedAt: input.submittedAt.toISOString(),
    project: input.project,
    stamp: input.stamp,
    metrics: result.metrics,
    score: {
      points: result.score,
      max: result.max,
      items: result.items.map(({ id, status, points, max }) => ({ id, status, points, max })),
    },
  };
  return { ...content, digest: await sha256Hex(canonicalJson(content)) };
}

/** Indented JSON with a final newline, as the browser downloads it. */
export function serializeSubmission(submission: Submission): string {
  return `${JSON.stringify(submission, null, 2)}\n`;
}

/** File name for a download: exercise and student, ASCII only, e.g. `iris-training-maria-silva.json`. */
export function submissionFileName(submission: Pick<Submission, "exerciseId" | "student">): string {
  return `${submission.exerciseId}-${slugify(submission.student) || "aluno"}.json`;
}

/** Lowercase ASCII words joined by `-`, accents removed: `Maria José` → `maria-jose`. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const SUBMISSION_ERROR_CODES = [
  "EMPTY_FILE",
  "TRUNCATED",
  "INVALID_JSON",
  "NOT_A_SUBMISSION",
  "NEWER_VERSION",
  "WRONG_SCHEMA",
  "TAMPERED",
  "UNKNOWN_EXERCISE",
] as const;
export type SubmissionErrorCode = (typeof SUBMISSION_ERROR_CODES)[number];

export type SubmissionParseResult = { ok: true; submission: Submission } | { ok: false; code: SubmissionErrorCode; params: Record<string, string | number> };

/**
 * Reads a submission file and checks, in order: JSON syntax (a file cut
 * short is `TRUNCATED`), the format marker and version, the schema, the
 * digest (`TAMPERED`) and that `knownExercises` has the exercise.
 */
export async function parseSubmission(text: string, knownExercises: readonly string[]): Promise<SubmissionParseResult> {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, code: "EMPTY_FILE", params: {} };

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const detail = (error as Error).message;
    return { ok: false, code: looksTruncated(body) ? "TRUNCATED" : "INVALID_JSON", params: { detail } };
  }

  const format = (value as { format?: unknown } | null)?.format;
  if (format !== SUBMISSION_FORMAT) return { ok: false, code: "NOT_A_SUBMISSION", params: { format: JSON.stringify(format ?? null) } };
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === "number" && version > SUBMISSION_VERSION) {
    return { ok: false, code: "NEWER_VERSION", params: { version, supported: SUBMISSION_VERSION } };
  }

  const parsed = submissionSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "WRONG_SCHEMA", params: { path: issue.path.join(".") || "(root)", detail: issue.message } };
  }

  // The digest covers the file as written, so an added field or a changed space in a name counts as a change.
  const { digest, ...content } = value as Record<string, unknown>;
  if ((await sha256Hex(canonicalJson(content))) !== digest) return { ok: false, code: "TAMPERED", params: {} };
  const { exerciseId } = parsed.data;
  if (!knownExercises.includes(exerciseId)) {
    return { ok: false, code: "UNKNOWN_EXERCISE", params: { exercise: exerciseId, known: knownExercises.join(", ") } };
  }
  return { ok: true, submission: parsed.data as Submission };
}

/**
 * Tells whether a JSON text was cut short: brackets or a string left open
 * at the end. Any other syntax error is reported as invalid JSON.
 */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") depth--;
  }
  return inString || depth > 0;
}
