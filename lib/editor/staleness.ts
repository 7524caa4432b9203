/**
 * Stale-node detection. A node's result is out of date when the node itself,
 * a parameter it reads, a catalog entry it reads, or anything upstream of it
 * changed since the run that produced the result.
 */
import { producersOf, selectPipeline } from "../pipeline/graph";
import { resolveParameter } from "../pipeline/params";
import type { NodeName, NodeSpec, Project } from "../pipeline/types";
import { isParameterInput } from "../pipeline/types";

/**
 * Returns a signature per node that changes whenever the node's result could.
 *
 * @example
 * const before = nodeSignatures(ranProject);
 * const stale = [...nodeSignatures(project)].filter(([node, sig]) => before.get(node) !== sig);
 */
export function nodeSignatures(project: Project): Map<NodeName, string> {
  const nodes = selectPipeline(project) ?? [];
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const producers = producersOf(nodes);
  const signatures = new Map<NodeName, string>();
  const visiting = new Set<NodeName>();

  const sign = (node: NodeSpec): string => {
    const known = signatures.get(node.name);
    if (known !== undefined) return known;
    // A cycle has no meaningful result; stop the recursion and sign it as such.
    if (visiting.has(node.name)) return "cycle";
    visiting.add(node.name);

    const inputs = node.inputs.map((input) => {
      if (isParameterInput(input)) return [input, resolveParameter(project.parameters, input) ?? null];
      const upstream = (producers.get(input) ?? []).map((name) => sign(byName.get(name)!));
      return [input, project.catalog[input] ?? null, upstream];
    });
    const signature = JSON.stringify([node.kind, node.inputs, node.outputs, inputs]);
    visiting.delete(node.name);
    signatures.set(node.name, signature);
    return signature;
  };

  for (const node of nodes) sign(node);
  return signatures;
}

/**
 * Names of nodes whose last result was computed under a different signature
 * than the current project gives them. `ranSignatures` holds, per node, the
 * signature at the run that last finished it, so a resumed run that skips
 * upstream nodes leaves those nodes stale.
 */
export function staleNodes(ranSignatures: ReadonlyMap<NodeName, string>, current: Project): Set<NodeName> {
  const stale = new Set<NodeName>();
  for (const [node, signature] of nodeSignatures(current)) {
    const ran = ranSignatures.get(node);
    if (ran !== undefined && ran !== signature) stale.add(node);
  }
  return stale;
}
