/**
 * Exercise specs: the data a course author writes in `content/exercises/`.
 * A spec names the data offered, the starting and solution projects, the
 * rubric (each item a check with points), and numbered hints. The zod schema
 * below is the contract; `parseExerciseSpec` reports the first invalid path.
 */
import { z } from "zod";
import { projectSchema } from "../pipeline/schema";

/** Text in both interface languages. */
const localized = z.object({ "pt-BR": z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof localized>;

/** Paragraphs in both interface languages. */
const paragraphs = z.object({ "pt-BR": z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) });

const slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, "lowercase letters, digits, - and _");
const name = z.string().min(1).max(200);
const kindList = z.array(name).min(1);

/**
 * Which rows a node must read, traced through the DAG: `train` or `test`
 * rows of a split, or the unlabeled `inference` rows.
 */
export const ROW_CLASSES = ["train", "test", "inference"] as const;
export type RowClass = (typeof ROW_CLASSES)[number];
const rowClass = z.enum(ROW_CLASSES);

/** A node the student must add: one of `kinds`, optionally in one pipeline and reading one class of rows. */
const nodeRequirement = z.object({
  kinds: kindList,
  pipeline: name.optional(),
  rows: rowClass.optional(),
  /** Output indices that must be catalog datasets that are not memory datasets, or "all". */
  persist: z.union([z.literal("all"), z.array(z.number().int().nonnegative()).min(1)]).optional(),
});
export type NodeRequirement = z.infer<typeof nodeRequirement>;

/** An output of the first node of one of `kinds` (optionally reading `rows`) in the student's project. */
const outputSource = z.object({
  kinds: kindList,
  output: z.number().int().nonnegative().default(0),
  rows: rowClass.optional(),
});
export type OutputSource = z.infer<typeof outputSource>;

/**
 * A rule on the parameters a node reads at one port: `keys` must be written
 * out (not left to the function's default), `lists` must be lists (not
 * "all"), and `values` must equal the given values.
 */
const parameterRule = z.object({
  kinds: kindList,
  port: name,
  keys: z.array(name).default([]),
  lists: z.array(name).default([]),
  values: z.record(name, z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type ParameterRule = z.infer<typeof parameterRule>;

const check = z.discriminatedUnion("type", [
  z.object({ type: z.literal("nodes"), require: z.array(nodeRequirement).min(1) }),
  z.object({ type: z.literal("persisted"), require: z.array(nodeRequirement.required({ persist: true })).min(1) }),
  z.object({ type: z.literal("no_leakage") }),
  z.object({ type: z.literal("no_refit_in_inference") }),
  z.object({ type: z.literal("parameters"), rules: z.array(parameterRule).min(1) }),
  z.object({ type: z.literal("unused_parameters") }),
  z.object({ type: z.literal("valid") }),
  z.object({ type: z.literal("run_succeeds") }),
  z.object({
    type: z.literal("metric"),
    /** Name of the figure in the submission's `metrics`, e.g. `test_accuracy`. */
    name: slug,
    source: outputSource,
    /** Keys into the output's JSON, e.g. ["macro avg", "f1-score"]; `length` counts a list. */
    path: z.array(z.string().min(1)).min(1),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.object({
    type: z.literal("table"),
    source: outputSource,
    columns: z.array(name).default([]),
    minRows: z.number().int().nonnegative().optional(),
  }),
]);
export type Check = z.infer<typeof check>;
export type CheckType = Check["type"];

/** Check types that need a run of the pipeline. */
export const RUN_CHECK_TYPES: readonly CheckType[] = ["run_succeeds", "metric", "table"];

const rubricItem = z.object({
  id: slug,
  title: localized,
  points: z.number().positive(),
  check,
});
export type RubricItem = z.infer<typeof rubricItem>;

/**
 * A project built from an example project: the nodes of `pipelines` kept,
 * `emptyPipelines` added with no nodes, then `add` merged in. The catalog
 * keeps the raw layer and the entries the kept nodes read or write; the
 * parameters keep the blocks the kept nodes read, or exactly `parameters`
 * when it is given.
 */
const recipe = z.object({
  base: z.enum(["iris", "diabetes"]),
  pipelines: z.array(name).default([]),
  emptyPipelines: z.array(name).default([]),
  parameters: z.array(name).optional(),
  add: z
    .object({
      pipelines: projectSchema.shape.pipelines.default({}),
      catalog: projectSchema.shape.catalog.default({}),
      parameters: projectSchema.shape.parameters.default({}),
    })
    .default({ pipelines: {}, catalog: {}, parameters: {} }),
});
export type ProjectRecipe = z.infer<typeof recipe>;

export const exerciseSpecSchema = z
  .object({
    id: slug,
    /** The example whose data and page layout the exercise uses. */
    base: z.enum(["iris", "diabetes"]),
    title: localized,
    summary: localized,
    instructions: paragraphs,
    /** Pipelines the student writes; the exercise is "not attempted" while they have no nodes. */
    scope: z.array(name).min(1),
    /** Pipeline that must predict with the fitted transformers and model instead of fitting new ones. */
    inferencePipeline: name.optional(),
    /** Raw datasets offered: `labeled` rows are split into train and test, `inference` rows are predicted. */
    data: z.array(z.object({ dataset: name, rows: z.enum(["labeled", "inference"]) })).min(1),
    starter: recipe,
    solution: recipe,
    rubric: z.array(rubricItem).min(1),
    hints: z.array(localized).min(1),
  })
  .superRefine((spec, context) => {
    const ids = spec.rubric.map((item) => item.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) context.addIssue({ code: "custom", path: ["rubric", index, "id"], message: `duplicate rubric item id "${id}"` });
    });
    spec.rubric.forEach((item, index) => {
      const { check: itemCheck } = item;
      if (itemCheck.type === "metric" && itemCheck.min === undefined && itemCheck.max === undefined) {
        context.addIssue({ code: "custom", path: ["rubric", index, "check"], message: "a metric check needs min, max or both" });
      }
    });
    if (spec.starter.base !== spec.base || spec.solution.base !== spec.base) {
      context.addIssue({ code: "custom", path: ["base"], message: "starter and solution must use the exercise's base example" });
    }
  });

export type ExerciseSpec = z.infer<typeof exerciseSpecSchema>;

export type SpecParseResult = { ok: true; spec: ExerciseSpec } | { ok: false; detail: string };

/** Checks one spec; `detail` names the first invalid path, e.g. `rubric.2.check.min: …`. */
export function parseExerciseSpec(value: unknown): SpecParseResult {
  const parsed = exerciseSpecSchema.safeParse(value);
  if (parsed.success) return { ok: true, spec: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, detail: `${issue.path.join(".") || "(root)"}: ${issue.message}` };
}

/** Sum of the rubric's points. */
export function maxScore(spec: ExerciseSpec): number {
  return spec.rubric.reduce((sum, item) => sum + item.points, 0);
}
