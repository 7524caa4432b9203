/**
 * Best score per exercise, kept in the browser's localStorage under one key.
 * The exercise checker records scores here and the progress page reads them;
 * both go through these pure functions, so a corrupt or foreign value never
 * breaks either page.
 */
import { parseStoredObject } from "./stored-json";

export const EXERCISE_SCORES_KEY = "deploy-lab:exercise-scores:v1";

export interface ExerciseScore {
  /** Best score reached so far. */
  best: number;
  /** Maximum score of the exercise's rubric. */
  max: number;
  /** ISO time of the check that set `best`. */
  updatedAt: string;
}

export type ExerciseScores = Record<string, ExerciseScore>;

/** Reads the stored value; anything that is not a well-formed record reads as no scores. */
export function parseExerciseScores(raw: string | null): ExerciseScores {
  const value = parseStoredObject(raw);
  if (!value) return {};
  const scores: ExerciseScores = {};
  for (const [id, entry] of Object.entries(value)) {
    if (isExerciseScore(entry)) scores[id] = entry;
  }
  return scores;
}

/** Keeps the better of the stored score and `score`; returns a new record. */
export function recordExerciseScore(scores: ExerciseScores, exerciseId: string, score: number, max: number, now: Date): ExerciseScores {
  const previous = scores[exerciseId];
  if (previous && previous.max === max && previous.best >= score) return scores;
  return { ...scores, [exerciseId]: { best: score, max, updatedAt: now.toISOString() } };
}

function isExerciseScore(entry: unknown): entry is ExerciseScore {
  if (!entry || typeof entry !== "object") return false;
  const { best, max, updatedAt } = entry as Record<string, unknown>;
  return typeof best === "number" && typeof max === "number" && max > 0 && best >= 0 && best <= max && typeof updatedAt === "string";
}
