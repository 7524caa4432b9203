/**
 * Events a run reports while it goes. They are plain objects, so they can be
 * posted from a Web Worker unchanged.
 */
import type { ErrorParams } from "./errors";
import type { DatasetName, NodeName, PipelineName } from "./types";

export type LogLevel = "INFO" | "WARNING" | "ERROR";

export interface NodeFailure {
  node: NodeName;
  /** Stable error code, e.g. `COLUMN_NOT_FOUND`; `NODE_ERROR` for an unexpected exception. */
  code: string;
  params: ErrorParams;
  /** The dataset the cause points at, when the node kind could tell. */
  input?: DatasetName;
  /** The cause in the run's language. */
  message: string;
}

export type RunStatus = "success" | "failed" | "cancelled" | "invalid";

export type RunEvent =
  | { type: "run_started"; pipeline: PipelineName; nodes: NodeName[]; reused: DatasetName[] }
  | { type: "node_started"; node: NodeName; index: number; total: number }
  | { type: "node_progress"; node: NodeName; step: number; total: number; loss?: number }
  | { type: "node_finished"; node: NodeName; durationMs: number; index: number; total: number }
  | { type: "node_failed"; node: NodeName; durationMs: number; failure: NodeFailure }
  | { type: "log"; level: LogLevel; message: string }
  | { type: "run_finished"; status: RunStatus; durationMs: number };
