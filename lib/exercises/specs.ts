/**
 * Every exercise spec of the course, read from `content/exercises/` and
 * checked against the schema when this module loads. The exercise pages
 * import it while Next.js prerenders them, so an invalid spec fails
 * `npm run build` with the file and the path at fault.
 */
import diabetesBacktest from "../../content/exercises/diabetes-backtest.json" with { type: "json" };
import diabetesFeatureImportance from "../../content/exercises/diabetes-feature-importance.json" with { type: "json" };
import diabetesHpo from "../../content/exercises/diabetes-hpo.json" with { type: "json" };
import diabetesInference from "../../content/exercises/diabetes-inference.json" with { type: "json" };
import diabetesTraining from "../../content/exercises/diabetes-training.json" with { type: "json" };
import irisDataEngineering from "../../content/exercises/iris-data-engineering.json" with { type: "json" };
import irisInference from "../../content/exercises/iris-inference.json" with { type: "json" };
import irisTraining from "../../content/exercises/iris-training.json" with { type: "json" };
import type { ExerciseSpec } from "./spec";
import { parseExerciseSpec } from "./spec";

/** Spec files in course order, by file name. */
export const SPEC_FILES: Readonly<Record<string, unknown>> = {
  "iris-data-engineering.json": irisDataEngineering,
  "iris-training.json": irisTraining,
  "iris-inference.json": irisInference,
  "diabetes-training.json": diabetesTraining,
  "diabetes-inference.json": diabetesInference,
  "diabetes-hpo.json": diabetesHpo,
  "diabetes-backtest.json": diabetesBacktest,
  "diabetes-feature-importance.json": diabetesFeatureImportance,
};

/**
 * Parses every spec; throws on the first invalid one, naming its file. The
 * file name must be the spec's id, so a URL and a file always agree.
 */
export function loadSpecs(files: Readonly<Record<string, unknown>>): ExerciseSpec[] {
  return Object.entries(files).map(([file, value]) => {
    const parsed = parseExerciseSpec(value);
    if (!parsed.ok) throw new Error(`content/exercises/${file} is not a valid exercise spec: ${parsed.detail}`);
    if (`${parsed.spec.id}.json` !== file) throw new Error(`content/exercises/${file} has id "${parsed.spec.id}"; rename the file or the id so they match`);
    return parsed.spec;
  });
}

export const EXERCISE_SPECS: readonly ExerciseSpec[] = loadSpecs(SPEC_FILES);

export function findExerciseSpec(id: string): ExerciseSpec | undefined {
  return EXERCISE_SPECS.find((spec) => spec.id === id);
}

export function exerciseIds(): string[] {
  return EXERCISE_SPECS.map((spec) => spec.id);
}
