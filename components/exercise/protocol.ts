/**
 * Messages between the exercise page and the pipeline worker. Everything is
 * structured-clone data: projects, engine events and dataset values.
 */
import type { ExerciseResult } from "@/lib/exercises/result";
import type { RunStamp } from "@/lib/exercises/submission";
import type { Locale } from "@/lib/i18n";
import type { NodeFailure, RunEvent, RunStatus } from "@/lib/pipeline/events";
import type { NodeKindSpec } from "@/lib/pipeline/registry";
import type { NodeName, PipelineName, Project } from "@/lib/pipeline/types";
import type { Problem } from "@/lib/pipeline/validate";

export type WorkerRequest =
  | { type: "validate"; id: number; project: Project; pipeline?: PipelineName }
  | { type: "run"; id: number; project: Project; pipeline?: PipelineName; fromNodes?: NodeName[]; locale: Locale }
  | { type: "cancel"; id: number }
  /** A CSV file the user picked for a catalog dataset; parsed and checked in the worker. */
  | { type: "load_data"; id: number; dataset: string; name: string; bytes: ArrayBuffer; labeled: boolean }
  /** A file the deployment preloads: downloaded from `url`, then parsed like a picked file. `location` names it in errors. */
  | { type: "preload_data"; id: number; dataset: string; url: string; location: string; name: string; labeled: boolean; stallTimeoutMs: number }
  | { type: "export_csv"; id: number; dataset: string }
  /** Checks the project against an exercise's rubric, with a run of its own. */
  | { type: "check"; id: number; project: Project; exerciseId: string; locale: Locale };

export type WorkerResponse =
  | { type: "ready"; backend: string; kinds: NodeKindSpec[] }
  | { type: "validated"; id: number; problems: Problem[] }
  | { type: "event"; id: number; event: RunEvent }
  | {
      type: "result";
      id: number;
      status: RunStatus;
      durationMs: number;
      problems: Problem[];
      failure?: NodeFailure;
      datasets: Record<string, unknown>;
      backend: string;
    }
  | { type: "error"; id: number; message: string }
  | { type: "load_progress"; id: number; dataset: string; fraction: number }
  | { type: "download_progress"; id: number; dataset: string; received: number; total?: number }
  | { type: "data_loaded"; id: number; dataset: string; name: string; rows: number; variant: string; classCounts: Record<string, number>; columns: string[] }
  | { type: "data_failed"; id: number; dataset: string; name: string; error: { code: string; params: Record<string, string | number> } }
  | { type: "csv"; id: number; dataset: string; text: string }
  | { type: "check_progress"; id: number; node: string; index: number; total: number }
  | { type: "checked"; id: number; result: ExerciseResult; stamp: RunStamp }
  | { type: "check_failed"; id: number; message: string };
