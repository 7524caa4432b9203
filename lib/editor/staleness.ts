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
    // Hashed so a signature stays short: embedding upstream signatures as text
    // would grow them with the pipeline's depth (and JSON escaping doubles per level).
    const signature = hash53(JSON.stringify([node.kind, node.inputs, node.outputs, inputs]));
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

/**
 * Hashes a string to 53 bits (cyrb53), as 14 hex digits. It is not
 * cryptographic, and a collision would only hide a stale mark.
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
