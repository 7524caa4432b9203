/**
 * The submission corpus, table-driven: every file in fixtures/submissions
 * has a verdict written by hand in fixtures/expected.json, and the checkers
 * must reach it again in Node, matching the score the file recorded.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDiabetesCsv } from "../data/load-diabetes";
import { irisPredictRaw, irisTrainRaw } from "../examples/iris-data";
import { initBackend } from "../ml/backend";
import { createRegistry } from "../ml/kinds";
import { checkExercise } from "./check";
import expectedJson from "./fixtures/expected.json" with { type: "json" };
import { phraseFinding } from "./phrase";
import type { Finding } from "./result";
import { exerciseIds, findExerciseSpec } from "./specs";
import { parseSubmission } from "./submission";

interface ExpectedFinding {
  code: string;
  node?: string;
  dataset?: string;
  cause?: string;
}

type Expected =
  | { error: string }
  | {
      exercise: string;
      score: number;
      needsDiabetesData?: boolean;
      needsKinds?: string[];
      items: Record<string, { status: string; findings: ExpectedFinding[] }>;
    };

const EXPECTED = expectedJson as Record<string, Expected>;
const SUBMISSIONS = fileURLToPath(new URL("./fixtures/submissions/", import.meta.url));
const DATA_DIR = fileURLToPath(new URL("../../../shared/data/", import.meta.url));
const DIABETES_FILES = { diabetes_raw: "diabetes_binary_5050split_health_indicators_BRFSS2015.csv", diabetes_predict_raw: "diabetes_predict.csv" };
const diabetesAvailable = Object.values(DIABETES_FILES).every((file) => existsSync(join(DATA_DIR, file)));
if (!diabetesAvailable) console.info(`[corpus] diabetes fixtures skipped: the workshop CSV files are not in ${DATA_DIR}`);

const registry = createRegistry();
const inputs: Record<string, Record<string, unknown>> = { iris: { iris_train_raw: irisTrainRaw(), iris_predict_raw: irisPredictRaw() }, diabetes: {} };

beforeAll(async () => {
  await initBackend("wasm");
  if (!diabetesAvailable) return;
  for (const [dataset, file] of Object.entries(DIABETES_FILES)) {
    const loaded = loadDiabetesCsv(readFileSync(join(DATA_DIR, file)), { labeled: dataset === "diabetes_raw", name: file });
    if (!loaded.ok) throw new Error(`${file}: ${loaded.error.code}`);
    inputs.diabetes[dataset] = loaded.loaded.table;
  }
});

function summarize(finding: Finding): ExpectedFinding {
  return {
    code: finding.code,
    ...(finding.node ? { node: finding.node } : {}),
    ...(finding.dataset ? { dataset: finding.dataset } : {}),
    ...(finding.cause ? { cause: finding.cause.code } : {}),
  };
}

describe("submission corpus", () => {
  it("has a verdict for every file and a file for every verdict", () => {
    expect(readdirSync(SUBMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const errors = Object.entries(EXPECTED).filter((entry): entry is [string, { error: string }] => "error" in entry[1]);
  it.each(errors)("%s is reported, not graded", async (file, expected) => {
    const result = await parseSubmission(readFileSync(join(SUBMISSIONS, file), "utf8"), exerciseIds());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(expected.error);
  });

  const graded = Object.entries(EXPECTED).filter((entry): entry is [string, Exclude<Expected, { error: string }>] => !("error" in entry[1]));
  it.each(graded)("%s gets its verdict again", async (file, expected) => {
    if (expected.needsDiabetesData && !diabetesAvailable) return;
    for (const kind of expected.needsKinds ?? []) expect(registry.has(kind), `node kind ${kind}`).toBe(true);

    const parsed = await parseSubmission(readFileSync(join(SUBMISSIONS, file), "utf8"), exerciseIds());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { submission } = parsed;
    expect(submission.exerciseId).toBe(expected.exercise);
    const spec = findExerciseSpec(expected.exercise)!;

    const { result } = await checkExercise(spec, submission.project, registry, { inputs: inputs[spec.base] });
    for (const item of result.items) {
      const wanted = expected.items[item.id] ?? { status: "correct", findings: [] };
      expect({ item: item.id, status: item.status }).toEqual({ item: item.id, status: wanted.status });
      expect(item.findings.map(summarize)).toEqual(wanted.findings);
      for (const finding of item.findings) {
        for (const locale of ["pt-BR", "en"] as const) expect(phraseFinding(locale, finding)).not.toMatch(/grading\.|\{\w+\}/);
      }
    }
    expect(result.score).toBe(expected.score);
    // The browser's score in the file is reproduced by the re-run.
    expect(result.score).toBe(submission.score.points);
  });
});
