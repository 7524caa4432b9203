import type { ParameterValue, Parameters } from "./types";
import { ALL_PARAMETERS, PARAMS_PREFIX } from "./types";

/**
 * Resolves a parameter input the way Kedro does: `parameters` is the whole
 * dictionary, `params:split_params` one block, `params:split_params.seed`
 * a nested value. Returns `undefined` when a key on the path is missing.
 *
 * @example
 * resolveParameter({ split: { seed: 42 } }, "params:split.seed"); // 42
 */
export function resolveParameter(parameters: Parameters, input: string): ParameterValue | undefined {
  if (input === ALL_PARAMETERS) return parameters;
  if (!input.startsWith(PARAMS_PREFIX)) return undefined;

  const path = input.slice(PARAMS_PREFIX.length).split(".");
  let current: ParameterValue | undefined = parameters;
  for (const key of path) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, ParameterValue>)[key];
    if (current === undefined) return undefined;
  }
  return current;
}
