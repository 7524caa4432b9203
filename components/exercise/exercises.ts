/**
 * The exercises the editor page can show: their starting document, titles,
 * and the CSV files the student loads (datasets not shipped with the app).
 */
import { diabetesDocument, irisDocument } from "@/lib/editor/documents";
import { DIABETES_DICTIONARY, DIABETES_TARGET } from "@/lib/data/diabetes";
import type { DictionaryEntry } from "@/lib/data/diabetes";
import type { EditorDocument } from "@/lib/editor/types";
import { EDITOR_SCHEMA_VERSION } from "@/lib/editor/types";
import { buildProject } from "@/lib/exercises/recipe";
import type { ExerciseSpec, Localized } from "@/lib/exercises/spec";
import { findExerciseSpec } from "@/lib/exercises/specs";

export interface DataFileSlot {
  /** Catalog dataset the file becomes, e.g. `diabetes_raw`. */
  dataset: string;
  /** A training file must have a target column; an inference file must not need one. */
  labeled: boolean;
  labelKey: string;
}

export interface ExerciseConfig {
  id: string;
  document(): EditorDocument;
  titleKey: string;
  summaryKey: string;
  dataFiles: DataFileSlot[];
  /** The data dictionary, shown and edited as YAML beside the data files. */
  dictionary?: ExerciseDictionary;
  /** A checked exercise's spec; its title and summary replace `titleKey` and `summaryKey`. */
  spec?: ExerciseSpec;
  title?: Localized;
  summary?: Localized;
}

export interface ExerciseDictionary {
  /** The original dictionary: its descriptions, and types for columns the parameters do not group. */
  entries: readonly DictionaryEntry[];
  /** Target column when the transformer parameters name none. */
  target: string;
  /** Catalog dataset whose loaded file's columns the dictionary is checked against. */
  trainingDataset: string;
}

export const IRIS_EXERCISE: ExerciseConfig = {
  id: "iris",
  document: irisDocument,
  titleKey: "exercise.iris.title",
  summaryKey: "exercise.iris.summary",
  dataFiles: [],
};

export const DIABETES_EXERCISE: ExerciseConfig = {
  id: "diabetes",
  document: diabetesDocument,
  titleKey: "exercise.diabetes.title",
  summaryKey: "exercise.diabetes.summary",
  dataFiles: [
    { dataset: "diabetes_raw", labeled: true, labelKey: "data.trainingFile" },
    { dataset: "diabetes_predict_raw", labeled: false, labelKey: "data.inferenceFile" },
  ],
  dictionary: { entries: DIABETES_DICTIONARY, target: DIABETES_TARGET, trainingDataset: "diabetes_raw" },
};

export const EXERCISES = { iris: IRIS_EXERCISE, diabetes: DIABETES_EXERCISE } as const;
/** Exercise ids; server pages pass one to the client editor, because a config contains functions. */
export type ExerciseId = keyof typeof EXERCISES;

/** Builds the page config of a checked exercise: its starter project on the data of its base example. */
function specExercise(spec: ExerciseSpec): ExerciseConfig {
  const base = spec.base === "diabetes" ? DIABETES_EXERCISE : IRIS_EXERCISE;
  return {
    ...base,
    id: spec.id,
    document: () => ({ schemaVersion: EDITOR_SCHEMA_VERSION, exerciseId: spec.id, project: buildProject(spec.starter), positions: {} }),
    spec,
    title: spec.title,
    summary: spec.summary,
  };
}

/** Returns the config of an example page (`iris`, `diabetes`) or of a checked exercise (`iris-training`, …). */
export function exerciseConfig(id: string): ExerciseConfig | undefined {
  if (id === "iris" || id === "diabetes") return EXERCISES[id];
  const spec = findExerciseSpec(id);
  return spec ? specExercise(spec) : undefined;
}
