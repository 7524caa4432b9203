/**
 * Naming rules for nodes, datasets and pipelines in the editor.
 */
import type { DatasetName, NodeName, Project } from "../pipeline/types";
import { ALL_PARAMETERS, PARAMS_PREFIX, isParameterInput, isUnconnected } from "../pipeline/types";

/** The schema's limit on every name (`lib/pipeline/schema.ts`). */
export const MAX_NAME_LENGTH = 200;

/**
 * Kedro-style identifier: letters, digits and `_`, with `.` only between
 * parts as in a namespace (`model_input.train`). Letters include accented
 * ones, which Python 3 identifiers and Kedro dataset names accept.
 */
const IDENTIFIER = /^[\p{L}\p{N}_]+(\.[\p{L}\p{N}_]+)*$/u;

export function isValidName(name: string): boolean {
  return name.length <= MAX_NAME_LENGTH && IDENTIFIER.test(name);
}

/** Accepts `parameters` and `params:<key path>` with a valid dotted key path. */
export function isValidParameterInput(name: string): boolean {
  if (name === ALL_PARAMETERS) return true;
  return name.startsWith(PARAMS_PREFIX) && isValidName(name.slice(PARAMS_PREFIX.length));
}

/** Returns `base` if it is free, else the first free `base_2`, `base_3`, … */
export function uniqueName(base: string, usedNames: ReadonlySet<string>): string {
  if (!usedNames.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}_${suffix}`;
    if (!usedNames.has(candidate)) return candidate;
  }
}

/** Names of every node in every pipeline. */
export function nodeNames(project: Project): Set<NodeName> {
  return new Set(Object.values(project.pipelines).flatMap((nodes) => nodes.map((node) => node.name)));
}

/**
 * Collects every dataset name the project uses: node inputs and outputs and catalog
 * keys. Parameter inputs and unconnected inputs are not datasets.
 */
export function datasetNames(project: Project): Set<DatasetName> {
  const names = new Set<DatasetName>(Object.keys(project.catalog));
  for (const nodes of Object.values(project.pipelines)) {
    for (const node of nodes) {
      for (const name of [...node.inputs, ...node.outputs]) {
        if (!isUnconnected(name) && !isParameterInput(name)) names.add(name);
      }
    }
  }
  return names;
}
