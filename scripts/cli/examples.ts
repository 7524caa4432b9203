/**
 * Example projects the CLI can run, with the raw datasets they read.
 */
import { irisPredictRaw, irisTrainRaw } from "../../lib/examples/iris-data";
import { irisProject } from "../../lib/examples/iris-project";
import type { Project } from "../../lib/pipeline/types";

export interface Example {
  project(): Project;
  inputs(): Record<string, unknown>;
}

export const EXAMPLES: Record<string, Example> = {
  iris: { project: irisProject, inputs: () => ({ iris_train_raw: irisTrainRaw(), iris_predict_raw: irisPredictRaw() }) },
};

/** Returns the example, or writes the known names to stderr and returns undefined. */
export function findExample(name: string | undefined): Example | undefined {
  const example = name ? EXAMPLES[name] : undefined;
  if (!example) process.stderr.write(`[deploy-lab] unknown example "${name ?? ""}". Available: ${Object.keys(EXAMPLES).join(", ")}.\n`);
  return example;
}
