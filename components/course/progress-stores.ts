"use client";

import { EXERCISE_SCORES_KEY, parseExerciseScores } from "@/lib/progress/exercise-scores";
import type { ExerciseScores } from "@/lib/progress/exercise-scores";
import { LESSON_PROGRESS_KEY, parseLessonProgress, recordCheckpointAnswer, resetLesson } from "@/lib/progress/lesson-progress";
import type { LessonProgress } from "@/lib/progress/lesson-progress";
import { createLocalStore } from "./local-store";

const EMPTY_PROGRESS: LessonProgress = {};
const EMPTY_SCORES: ExerciseScores = {};

const lessonProgressStore = createLocalStore(LESSON_PROGRESS_KEY, parseLessonProgress, EMPTY_PROGRESS);
// Read-only here: the exercise checker writes this key.
const exerciseScoresStore = createLocalStore(EXERCISE_SCORES_KEY, parseExerciseScores, EMPTY_SCORES);

export const useLessonProgress = lessonProgressStore.useValue;
export const useExerciseScores = exerciseScoresStore.useValue;

export function recordAnswer(slug: string, checkpointId: string, correct: boolean): void {
  lessonProgressStore.update((progress) => recordCheckpointAnswer(progress, slug, checkpointId, correct, new Date()));
}

export function resetLessonProgress(slug: string): void {
  lessonProgressStore.update((progress) => resetLesson(progress, slug));
}
