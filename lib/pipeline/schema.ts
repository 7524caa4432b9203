/**
 * Runtime schema of a Project, for data that crosses a trust boundary: a
 * shared link today, imported files later. Structure only; the validator
 * checks the pipeline's meaning.
 */
import { z } from "zod";
import { LAYERS } from "./types";
import type { Project } from "./types";

const name = z.string().min(1).max(200);

/** An input is a dataset name, or "" while the editor's user has not connected it. */
const inputName = z.union([z.literal(""), name]);

const nodeSpec = z.object({
  name,
  kind: name,
  inputs: z.array(inputName),
  outputs: z.array(name).min(1),
});

const catalogEntry = z.object({
  type: name,
  layer: z.enum(LAYERS).optional(),
  filepath: z.string().optional(),
});

const parameterValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(parameterValue), z.record(z.string(), parameterValue)]),
);

export const projectSchema = z.object({
  pipelines: z.record(name, z.array(nodeSpec)),
  catalog: z.record(name, catalogEntry),
  parameters: z.record(z.string(), parameterValue),
});

export type ParseResult = { ok: true; project: Project } | { ok: false; detail: string };

/** Checks untrusted JSON; `detail` names the first invalid path, e.g. `pipelines.model_train.0.inputs`. */
export function parseProject(value: unknown): ParseResult {
  const parsed = projectSchema.safeParse(value);
  if (parsed.success) return { ok: true, project: parsed.data as Project };
  const issue = parsed.error.issues[0];
  const path = issue.path.join(".") || "(root)";
  return { ok: false, detail: `${path}: ${issue.message}` };
}
