/**
 * The exercises the editor page can show: their starting document, titles,
 * and the CSV files the student loads (datasets not shipped with the app).
 */
import { diabetesDocument, irisDocument } from "@/lib/editor/documents";
import { DIABETES_DICTIONARY, DIABETES_TARGET } from "@/lib/data/diabetes";
import type { DictionaryEntry } from "@/lib/data/diabetes";
import type { EditorDocument } from "@/lib/editor/types";

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
