/**
 * Builds an exercise's starting and solution projects from a recipe over
 * one of the example projects, so a spec stays short and follows the
 * reference when it changes.
 */
import { diabetesProject } from "../examples/diabetes-project";
import { irisProject } from "../examples/iris-project";
import { ALL_PARAMETERS, PARAMS_PREFIX, isParameterInput } from "../pipeline/types";
import type { Catalog, NodeSpec, ParameterValue, Parameters, Project } from "../pipeline/types";
import type { ProjectRecipe } from "./spec";

const BASES: Record<ProjectRecipe["base"], () => Project> = { iris: irisProject, diabetes: () => diabetesProject() };

/**
 * Returns a new project for `recipe`.
 *
 * @example
 * buildProject({ base: "iris", pipelines: ["data_engineering"], emptyPipelines: ["model_train"], add: … });
 * // data_engineering as in the reference, an empty model_train, the catalog and parameters it needs
 */
export function buildProject(recipe: ProjectRecipe): Project {
  const base = BASES[recipe.base]();
  const pipelines: Record<string, NodeSpec[]> = {};
  for (const name of recipe.pipelines) {
    const nodes = base.pipelines[name];
    if (!nodes) throw new Error(`recipe keeps pipeline "${name}", which the ${recipe.base} example does not have`);
    pipelines[name] = structuredClone(nodes);
  }
  for (const name of recipe.emptyPipelines) pipelines[name] ??= [];
  for (const [name, nodes] of Object.entries(recipe.add.pipelines)) pipelines[name] = [...(pipelines[name] ?? []), ...structuredClone(nodes)];

  const nodes = Object.values(pipelines).flat();
  const catalog = keptCatalog(base.catalog, nodes);
  Object.assign(catalog, structuredClone(recipe.add.catalog));

  // Added nodes bring their blocks in `add.parameters`, so only the kept nodes pick blocks from the example.
  const keptNodes = recipe.pipelines.flatMap((name) => base.pipelines[name]);
  const parameters = keptParameters(base.parameters, keptNodes, recipe.parameters);
  Object.assign(parameters, structuredClone(recipe.add.parameters as Parameters));
  return { pipelines, catalog, parameters };
}

/** Returns the raw layer and every entry that a kept node reads or writes. */
function keptCatalog(catalog: Catalog, nodes: readonly NodeSpec[]): Catalog {
  const used = new Set(nodes.flatMap((node) => [...node.inputs, ...node.outputs]));
  const kept: Catalog = {};
  for (const [name, entry] of Object.entries(catalog)) {
    if (entry.layer === "raw" || used.has(name)) kept[name] = structuredClone(entry);
  }
  return kept;
}

/**
 * Returns the blocks the kept nodes read (`params:<block>…`), every block
 * when one reads the whole `parameters`, or exactly `blocks` when given.
 */
function keptParameters(parameters: Parameters, nodes: readonly NodeSpec[], blocks?: readonly string[]): Parameters {
  const inputs = nodes.flatMap((node) => node.inputs.filter(isParameterInput));
  const readsAll = inputs.includes(ALL_PARAMETERS);
  const wanted = new Set(blocks ?? (readsAll ? Object.keys(parameters) : inputs.map(topLevelKey)));
  const kept: Parameters = {};
  for (const block of wanted) {
    if (!Object.hasOwn(parameters, block)) throw new Error(`recipe keeps parameters block "${block}", which the example does not have`);
    kept[block] = structuredClone(parameters[block]) as ParameterValue;
  }
  return kept;
}

/** `params:split_params.seed` → `split_params`. */
export function topLevelKey(input: string): string {
  return input.slice(PARAMS_PREFIX.length).split(".")[0];
}
