/**
 * Attaches runner states, validation problems and a node failure to the
 * canvas nodes they concern.
 */
import type { NodeFailure } from "@/lib/pipeline/events";
import type { Problem } from "@/lib/pipeline/validate";
import { datasetNodeId, functionNodeId, parameterNodeId } from "@/lib/pipeline/view-graph";
import { isParameterInput } from "@/lib/pipeline/types";
import type { NodeStatus } from "./PipelineCanvas";
import type { RunnerState } from "./useRunner";

type Translate = (code: string, params: Record<string, string | number>) => string;

export function nodeStatuses(state: RunnerState, translateError: Translate): Record<string, NodeStatus> {
  const statuses: Record<string, NodeStatus> = {};
  const at = (id: string): NodeStatus => (statuses[id] ??= { messages: [] });

  for (const [node, runState] of Object.entries(state.nodeStates)) {
    const status = at(functionNodeId(node));
    status.state = runState;
    const progress = state.progress[node];
    if (progress) status.progress = progress;
  }

  for (const problem of state.problems) {
    for (const id of problemTargets(problem)) at(id).messages.push({ code: problem.code, text: translateError(problem.code, problem.params) });
  }

  if (state.failure) attachFailure(state.failure, translateError(state.failure.code, state.failure.params), at);
  return statuses;
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
