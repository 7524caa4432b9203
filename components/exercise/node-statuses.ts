/**
 * Attaches runner states, validation problems and a node failure to the
 * canvas nodes they concern, and resolves each function node's display
 * state: not configured, ready, waiting, running, done, failed, cancelled
 * or stale.
 */
import type { DisplayState, NodeStatus } from "@/components/pipeline-editor/canvas-nodes";
import type { NodeFailure } from "@/lib/pipeline/events";
import { isParameterInput } from "@/lib/pipeline/types";
import type { Problem } from "@/lib/pipeline/validate";
import { datasetNodeId, functionNodeId, parameterNodeId } from "@/lib/pipeline/view-graph";
import type { RunnerState } from "./useRunner";

type Translate = (code: string, params: Record<string, string | number>) => string;

export function nodeStatuses(state: RunnerState, translateError: Translate, stale: ReadonlySet<string> = new Set()): Record<string, NodeStatus> {
  const statuses: Record<string, NodeStatus> = {};
  const at = (id: string): NodeStatus => (statuses[id] ??= { messages: [] });

  for (const [node, runState] of Object.entries(state.nodeStates)) {
    const status = at(functionNodeId(node));
    status.state = runState === "done" && stale.has(node) ? "stale" : runState;
    const progress = state.progress[node];
    if (progress) status.progress = progress;
    const durationMs = state.nodeDurationsMs[node];
    if (durationMs !== undefined) status.durationMs = durationMs;
  }

  for (const problem of state.problems) {
    for (const id of problemTargets(problem)) at(id).messages.push({ code: problem.code, text: translateError(problem.code, problem.params) });
    if (!problem.node) continue;
    const status = at(functionNodeId(problem.node));
    if (status.state === undefined || status.state === "waiting") status.state = problemState(problem, status.state);
  }

  if (state.failure) attachFailure(state.failure, translateError(state.failure.code, state.failure.params), at);
  return statuses;
}

/** Maps a problem to a node state: an unconnected input means "not configured", any other problem "invalid". */
function problemState(problem: Problem, current: DisplayState | undefined): DisplayState {
  if (problem.code === "UNCONNECTED_INPUT" && current !== "invalid") return "not_configured";
  return "invalid";
}

function problemTargets(problem: Problem): string[] {
  const nodes = problem.nodes ?? (problem.node ? [problem.node] : []);
  const targets = nodes.map(functionNodeId);
  if (problem.dataset && problem.code === "DANGLING_INPUT") targets.push(datasetNodeId(problem.dataset));
  if (problem.dataset && problem.node && problem.code === "MISSING_PARAMETER") targets.push(parameterNodeId(problem.dataset, problem.node));
  return targets;
}

/** Puts the failure on its node and on the input dataset it names; `text` is re-phrased so a language switch applies. */
function attachFailure(failure: NodeFailure, text: string, at: (id: string) => NodeStatus): void {
  at(functionNodeId(failure.node)).messages.push({ code: failure.code, text });
  if (failure.input && !isParameterInput(failure.input)) {
    at(datasetNodeId(failure.input)).messages.push({ code: failure.code, text });
  }
}
