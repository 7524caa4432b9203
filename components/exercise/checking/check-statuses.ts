/**
 * Puts the findings of an exercise check on the canvas nodes they name,
 * next to the run's and the validator's messages.
 */
import type { NodeStatus } from "@/components/pipeline-editor/canvas-nodes";
import type { ExerciseResult, Finding } from "@/lib/exercises/result";
import { findingsByNode } from "@/lib/exercises/result";
import { functionNodeId } from "@/lib/pipeline/view-graph";

/**
 * Returns a copy of `statuses` with each finding that names a node added to
 * that node's messages. A message the node already has (the same validation
 * problem, say) is not repeated. A node without a state is drawn invalid.
 */
export function withCheckFindings(statuses: Record<string, NodeStatus>, result: ExerciseResult | undefined, phrase: (finding: Finding) => string): Record<string, NodeStatus> {
  if (!result) return statuses;
  const merged = { ...statuses };
  for (const [node, findings] of findingsByNode(result)) {
    const id = functionNodeId(node);
    const current = merged[id] ?? { messages: [] };
    const messages = [...current.messages];
    for (const finding of findings) {
      const text = phrase(finding);
      if (!messages.some((message) => message.code === finding.code && message.text === text)) messages.push({ code: finding.code, text });
    }
    merged[id] = { ...current, state: current.state ?? "invalid", messages };
  }
  return merged;
}
