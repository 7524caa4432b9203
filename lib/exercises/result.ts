/**
 * What checking an exercise returns: per rubric item a status, the points
 * earned and the findings that explain a lost point, each naming the node at
 * fault when there is one. Plain data, so it crosses the worker boundary and
 * goes into submission files.
 */
import type { ErrorParams } from "../pipeline/errors";
import type { DatasetName, NodeName } from "../pipeline/types";

/**
 * A reason a check failed. `code` is phrased through lib/i18n: as
 * `grading.reason.<code>` when that message exists, otherwise as the engine's
 * `error.<code>` (validation problems keep their codes, e.g. `CYCLE`).
 */
export interface Finding {
  code: string;
  /** Node at fault, where the canvas shows the reason. */
  node?: NodeName;
  /** Every node involved, e.g. the nodes on a cycle. */
  nodes?: NodeName[];
  dataset?: DatasetName;
  params: ErrorParams;
  /** An engine error behind this finding (a failed run), phrased into the `{reason}` placeholder. */
  cause?: { code: string; params: ErrorParams };
}

export type ItemStatus = "not_attempted" | "incorrect" | "correct";

/** The figure a run check reached, beside its threshold. */
export interface Figure {
  name: string;
  value: number;
  min?: number;
  max?: number;
}

export interface ItemResult {
  id: string;
  status: ItemStatus;
  /** Points earned: all of `max` when correct, otherwise 0. */
  points: number;
  max: number;
  findings: Finding[];
  figure?: Figure;
}

/** How the checking run went; `not_run` while the student's pipelines are empty. */
export interface CheckRun {
  status: "success" | "failed" | "invalid" | "cancelled" | "not_run" | "data_missing";
  durationMs?: number;
  /** Raw datasets the run needed and did not get (`data_missing`). */
  missing?: DatasetName[];
}

export interface ExerciseResult {
  exerciseId: string;
  score: number;
  max: number;
  items: ItemResult[];
  /** Figures of the metric checks by name, e.g. `{ test_accuracy: 0.9667 }`. */
  metrics: Record<string, number>;
  run: CheckRun;
}

/** Rounds a score to hundredths, so sums of fractional points compare equal in the browser and in Node. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Every finding of a result that names a node, by node, for the canvas. */
export function findingsByNode(result: ExerciseResult): Map<NodeName, Finding[]> {
  const byNode = new Map<NodeName, Finding[]>();
  for (const item of result.items) {
    for (const finding of item.findings) {
      const nodes = finding.nodes ?? (finding.node ? [finding.node] : []);
      for (const node of nodes) {
        const list = byNode.get(node) ?? [];
        if (!list.some((known) => known.code === finding.code && JSON.stringify(known.params) === JSON.stringify(finding.params))) list.push(finding);
        byNode.set(node, list);
      }
    }
  }
  return byNode;
}
