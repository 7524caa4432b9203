/**
 * Times the grading of a class of 60 distinct Iris submissions: 20 per Iris
 * exercise, each with its own split and training seeds, and a quarter of
 * them with a typical mistake. They are graded first in this process with
 * `gradeFiles`, then by the whole `npm run lab -- grade` command, start-up
 * included. The target is under 30 s for the 60 files.
 *
 *   npx tsx scripts/bench/grade.ts [--files N] [--backend wasm|cpu]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkExercise, rawDataRead } from "../../lib/exercises/check";
import { fingerprintInputs } from "../../lib/exercises/fingerprint";
import { scalerOnWholeTable } from "../../lib/exercises/fixtures/variants";
import { buildProject } from "../../lib/exercises/recipe";
import { findExerciseSpec } from "../../lib/exercises/specs";
import { collectSeeds, createSubmission, serializeSubmission } from "../../lib/exercises/submission";
import type { Project } from "../../lib/pipeline/types";
import { initBackend } from "../../lib/ml/backend";
import type { BackendName } from "../../lib/ml/backend";
import { createRegistry } from "../../lib/ml/kinds";
import { baseData, collectFiles, gradeFiles } from "../cli/grade";

const TARGET_SECONDS = 30;
const EXERCISES = ["iris-data-engineering", "iris-training", "iris-inference"] as const;

/**
 * Returns the solution of an exercise with its own seeds. Every fourth one
 * has a mistake: the scaler fitted on the whole table, the model kept in
 * memory only, or an inference input that no node produces.
 */
function studentProject(exerciseId: string, index: number): Project {
  const spec = findExerciseSpec(exerciseId)!;
  const project = index % 4 === 3 && exerciseId === "iris-data-engineering" ? scalerOnWholeTable() : buildProject(spec.solution);
  const split = project.parameters.split_params as Record<string, number>;
  project.parameters.split_params = { ...split, seed: 100 + index };
  if (project.parameters.train) project.parameters.train = { ...(project.parameters.train as Record<string, number>), seed: 200 + index };
  if (index % 4 === 3 && exerciseId === "iris-training") delete project.catalog.trained_model;
  if (index % 4 === 3 && exerciseId === "iris-inference") project.pipelines.model_predict[0].inputs[1] = "feature_scaler_fitted_missing";
  return project;
}

/** Writes the submissions with the scores a browser would have recorded; this part is not timed. */
async function writeSubmissions(directory: string, count: number): Promise<void> {
  const registry = createRegistry();
  const inputs = baseData({}).iris;
  for (let index = 0; index < count; index++) {
    const exerciseId = EXERCISES[index % EXERCISES.length];
    const spec = findExerciseSpec(exerciseId)!;
    const project = studentProject(exerciseId, index);
    const { result } = await checkExercise(spec, project, registry, { inputs });
    const stamp = {
      seeds: collectSeeds(project.parameters),
      backend: "wasm",
      browser: "bench",
      appVersion: "0.1.0",
      data: await fingerprintInputs(inputs, rawDataRead(spec, project)),
      checkedAt: new Date().toISOString(),
    };
    const student = `Aluno ${String(index + 1).padStart(2, "0")}`;
    const submission = await createSubmission({ student, project, result, stamp, submittedAt: new Date() });
    writeFileSync(join(directory, `${exerciseId}-${index + 1}.json`), serializeSubmission(submission));
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { files: { type: "string", default: "60" }, backend: { type: "string", default: "wasm" } } });
  const count = Number(values.files);
  const backendName = values.backend as BackendName;
  if (!Number.isInteger(count) || count < 1) throw new Error(`invalid --files "${values.files}": use a whole number of 1 or more`);
  if (backendName !== "wasm" && backendName !== "cpu") throw new Error(`invalid --backend "${values.backend}": use wasm or cpu`);

  const directory = mkdtempSync(join(tmpdir(), "bench-grade-"));
  try {
    const backend = await initBackend(backendName);
    await writeSubmissions(directory, count);

    const started = performance.now();
    const rows = await gradeFiles(collectFiles([directory]), { locale: "pt-BR", data: baseData({}) });
    const inProcess = (performance.now() - started) / 1000;
    const graded = rows.filter((row) => row.status === "graded").length;
    const differing = rows.filter((row) => row.status === "graded" && row.notes.some((note) => note.code === "SCORE_DIFFERS")).length;

    const cliStarted = performance.now();
    const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/lab.ts", "grade", directory, "--out", join(directory, "grades.csv"), "--backend", backendName], { encoding: "utf8" });
    const wholeCommand = (performance.now() - cliStarted) / 1000;
    if (cli.status !== 0) throw new Error(`lab grade exited with ${cli.status}: ${cli.stderr}`);

    process.stdout.write(`grading ${count} Iris submissions · backend ${backend} · Node ${process.version}\n\n`);
    process.stdout.write("measure                     seconds  ms per file  target s\n");
    process.stdout.write(`gradeFiles in this process  ${inProcess.toFixed(1).padStart(7)}  ${((inProcess * 1000) / count).toFixed(0).padStart(11)}  ${String(TARGET_SECONDS).padStart(8)}\n`);
    process.stdout.write(`npm run lab -- grade        ${wholeCommand.toFixed(1).padStart(7)}  ${((wholeCommand * 1000) / count).toFixed(0).padStart(11)}  ${String(TARGET_SECONDS).padStart(8)}\n\n`);
    process.stdout.write(`${graded} graded, ${rows.length - graded} errors, ${differing} scores differ from the files\n`);
    return wholeCommand < TARGET_SECONDS && differing === 0 ? 0 : 1;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
