"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ExerciseResult } from "@/lib/exercises/result";
import type { RunStamp } from "@/lib/exercises/submission";
import type { Locale } from "@/lib/i18n";
import type { Project } from "@/lib/pipeline/types";
import { EXERCISE_SCORES_KEY, parseExerciseScores, recordExerciseScore } from "@/lib/progress/exercise-scores";
import type { ExerciseScore } from "@/lib/progress/exercise-scores";
import type { WorkerRequest, WorkerResponse } from "../protocol";

export interface CheckReport {
  result: ExerciseResult;
  stamp: RunStamp;
  /** The project as it was checked, to tell when the student edited it since. */
  project: Project;
}

export type CheckState =
  | { status: "idle" }
  | { status: "checking"; progress?: { node: string; index: number; total: number } }
  | { status: "done"; report: CheckReport }
  | { status: "cancelled"; report?: CheckReport }
  | { status: "failed"; message: string; report?: CheckReport };

/** The part of useRunner the check needs: posting to the worker and reading its responses. */
export interface WorkerChannel {
  send(request: WorkerRequest): void;
  subscribe(listener: (response: WorkerResponse) => void): () => void;
  /** Set when the worker crashed; a check in progress then fails. */
  workerError?: string;
}

/** A cancelled check that the worker does not acknowledge within this time is given up. */
const CANCEL_GRACE_MS = 1500;

/** Reads the stored best score of an exercise, or undefined when none is stored or storage is blocked. */
function readBestScore(exerciseId: string): ExerciseScore | undefined {
  try {
    return parseExerciseScores(window.localStorage.getItem(EXERCISE_SCORES_KEY))[exerciseId];
  } catch {
    return undefined;
  }
}

/** Keeps the better of the stored and the new score, so the progress page shows the best. */
function storeScore(result: ExerciseResult): ExerciseScore | undefined {
  try {
    const scores = parseExerciseScores(window.localStorage.getItem(EXERCISE_SCORES_KEY));
    const next = recordExerciseScore(scores, result.exerciseId, result.score, result.max, new Date());
    if (next !== scores) window.localStorage.setItem(EXERCISE_SCORES_KEY, JSON.stringify(next));
    return next[result.exerciseId];
  } catch {
    // Storage blocked or full: the score still shows on the page, it is only not remembered.
    return undefined;
  }
}

/**
 * Runs exercise checks in the pipeline worker and keeps the last report.
 * Each finished check records the exercise's best score in localStorage.
 */
export function useExerciseCheck(channel: WorkerChannel, exerciseId: string, locale: Locale) {
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const [best, setBest] = useState<ExerciseScore | undefined>();
  const nextId = useRef(1_000_000);
  const pending = useRef<{ id: number; project: Project; resolve(report: CheckReport | undefined): void } | null>(null);
  const lastReport = useRef<CheckReport | undefined>(undefined);

  useEffect(() => setBest(readBestScore(exerciseId)), [exerciseId]);

  const settle = useCallback((next: CheckState, report: CheckReport | undefined) => {
    const request = pending.current;
    pending.current = null;
    setState(next);
    request?.resolve(report);
  }, []);

  useEffect(
    () =>
      channel.subscribe((response) => {
        const request = pending.current;
        if (!request || !("id" in response) || response.id !== request.id) return;
        if (response.type === "check_progress") {
          setState({ status: "checking", progress: { node: response.node, index: response.index, total: response.total } });
        } else if (response.type === "checked") {
          const report: CheckReport = { result: response.result, stamp: response.stamp, project: request.project };
          lastReport.current = report;
          setBest(storeScore(response.result) ?? readBestScore(exerciseId));
          settle(response.result.run.status === "cancelled" ? { status: "cancelled", report } : { status: "done", report }, report);
        } else if (response.type === "check_failed") {
          settle({ status: "failed", message: response.message, report: lastReport.current }, undefined);
        }
      }),
    [channel, exerciseId, settle],
  );

  useEffect(() => {
    if (channel.workerError && pending.current) settle({ status: "failed", message: channel.workerError, report: lastReport.current }, undefined);
  }, [channel.workerError, settle]);

  /** Checks `project`; resolves with the report, or undefined when the check failed or was replaced. */
  const check = useCallback(
    (project: Project): Promise<CheckReport | undefined> => {
      pending.current?.resolve(undefined);
      const id = ++nextId.current;
      setState({ status: "checking" });
      return new Promise((resolve) => {
        pending.current = { id, project, resolve };
        channel.send({ type: "check", id, project, exerciseId, locale });
      });
    },
    [channel, exerciseId, locale],
  );

  const cancel = useCallback(() => {
    const request = pending.current;
    if (!request) return;
    channel.send({ type: "cancel", id: request.id });
    window.setTimeout(() => {
      if (pending.current?.id === request.id) settle({ status: "cancelled", report: lastReport.current }, undefined);
    }, CANCEL_GRACE_MS);
  }, [channel, settle]);

  return { state, best, check, cancel };
}
