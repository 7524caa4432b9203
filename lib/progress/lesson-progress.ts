/**
 * Checkpoint answers per lesson, kept in the browser's localStorage under one
 * key. The `<Quiz>` component records answers here; the lesson page, the
 * course home and the progress page read them. These functions are pure, so
 * a corrupt or foreign stored value reads as "no progress" and never breaks
 * a page.
 */
import { isPlainObject, parseStoredObject } from "./stored-json";

export const LESSON_PROGRESS_KEY = "deploy-lab:lesson-progress:v1";

export interface CheckpointRecord {
  /** True once the reader has answered correctly; a later wrong answer does not undo it. */
  passed: boolean;
  /** Times the reader pressed "check" on this checkpoint. */
  attempts: number;
  /** ISO time of the last answer. */
  updatedAt: string;
}

/** Records by lesson slug, then by checkpoint id. */
export type LessonProgress = Record<string, Record<string, CheckpointRecord>>;

export interface LessonProgressSummary {
  /** Checkpoints of the lesson answered correctly at least once. */
  passed: number;
  /** Checkpoints with at least one answer, right or wrong. */
  attempted: number;
  total: number;
}

/** Reads the stored value; entries that are not well-formed are dropped. */
export function parseLessonProgress(raw: string | null): LessonProgress {
  const value = parseStoredObject(raw);
  if (!value) return {};

  const progress: LessonProgress = {};
  for (const [slug, checkpoints] of Object.entries(value)) {
    if (!isPlainObject(checkpoints)) continue;
    const records: Record<string, CheckpointRecord> = {};
    for (const [id, record] of Object.entries(checkpoints)) {
      if (isCheckpointRecord(record)) records[id] = record;
    }
    if (Object.keys(records).length > 0) progress[slug] = records;
  }
  return progress;
}

/** Adds one answer to the record of `slug`/`checkpointId`; returns a new object and leaves `progress` unchanged. */
export function recordCheckpointAnswer(progress: LessonProgress, slug: string, checkpointId: string, correct: boolean, now: Date): LessonProgress {
  const previous = progress[slug]?.[checkpointId];
  const record: CheckpointRecord = {
    passed: correct || (previous?.passed ?? false),
    attempts: (previous?.attempts ?? 0) + 1,
    updatedAt: now.toISOString(),
  };
  return { ...progress, [slug]: { ...progress[slug], [checkpointId]: record } };
}

/**
 * Counts a lesson's checkpoints. Only ids in `checkpointIds` count, so records
 * of checkpoints since removed from the lesson do not inflate the total.
 */
export function summarizeLesson(progress: LessonProgress, slug: string, checkpointIds: readonly string[]): LessonProgressSummary {
  const records = progress[slug] ?? {};
  let passed = 0;
  let attempted = 0;
  for (const id of checkpointIds) {
    const record = Object.hasOwn(records, id) ? records[id] : undefined;
    if (!record) continue;
    attempted += 1;
    if (record.passed) passed += 1;
  }
  return { passed, attempted, total: checkpointIds.length };
}

/** Removes every record of `slug`; returns a new object. */
export function resetLesson(progress: LessonProgress, slug: string): LessonProgress {
  const { [slug]: _removed, ...rest } = progress;
  return rest;
}


function isCheckpointRecord(value: unknown): value is CheckpointRecord {
  if (!isPlainObject(value)) return false;
  const { passed, attempts, updatedAt } = value;
  return typeof passed === "boolean" && typeof attempts === "number" && Number.isInteger(attempts) && attempts >= 1 && typeof updatedAt === "string";
}
