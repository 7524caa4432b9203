/**
 * Starting documents of an exercise: the reference solution, and an empty
 * canvas that keeps only the raw datasets to build from.
 */
import { diabetesProject } from "../examples/diabetes-project";
import { irisProject } from "../examples/iris-project";
import type { EditorDocument } from "./types";
import { EDITOR_SCHEMA_VERSION } from "./types";

export function irisDocument(): EditorDocument {
  return { schemaVersion: EDITOR_SCHEMA_VERSION, exerciseId: "iris", project: irisProject(), positions: {} };
}

/** Returns the diabetes exercise: the workshop notebook's recipe as Kedro pipelines. The student loads its CSV files. */
export function diabetesDocument(): EditorDocument {
  return { schemaVersion: EDITOR_SCHEMA_VERSION, exerciseId: "diabetes", project: diabetesProject(), positions: {} };
}

/**
 * Empties the pipelines and parameters but keeps the catalog's raw layer,
 * so a student builds every node and writes `parameters.yml` from scratch.
 */
export function emptyDocument(from: EditorDocument): EditorDocument {
  const pipelines = Object.fromEntries(Object.keys(from.project.pipelines).map((name) => [name, []]));
  const catalog = Object.fromEntries(Object.entries(from.project.catalog).filter(([, entry]) => entry.layer === "raw"));
  return { ...from, project: { pipelines, catalog, parameters: {} }, positions: {} };
}
