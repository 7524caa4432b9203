/**
 * Structural checks: what the DAG, the catalog and the parameters show
 * without running anything. Each returns whether the student attempted what
 * it checks and the findings, each with the node at fault where one exists.
 */
import { selectPipeline } from "../pipeline/graph";
import { resolveParameter } from "../pipeline/params";
import type { NodeName, NodeSpec, Project } from "../pipeline/types";
import { ALL_PARAMETERS, isParameterInput, isUnconnected } from "../pipeline/types";
import type { KindLookup, Problem } from "../pipeline/validate";
import { atomsOverlap, readsOnly, rowClasses } from "./lineage";
import type { FitNode, ProjectLineage } from "./lineage";
import { topLevelKey } from "./recipe";
import type { Finding } from "./result";
import type { ExerciseSpec, NodeRequirement, ParameterRule } from "./spec";

export interface StructuralContext {
  spec: ExerciseSpec;
  project: Project;
  kinds: KindLookup;
  lineage: ProjectLineage;
  /** `validateProject` problems of the whole project. */
  problems: Problem[];
}

export interface CheckOutcome {
  /** False when the student has not started what the check looks at. */
  attempted: boolean;
  findings: Finding[];
}

/** Nodes of the pipelines the student writes, in declaration order. */
export function scopeNodes(context: Pick<StructuralContext, "spec" | "project">): NodeSpec[] {
  return context.spec.scope.flatMap((pipeline) => context.project.pipelines[pipeline] ?? []);
}

function allNodes(project: Project): NodeSpec[] {
  return selectPipeline(project) ?? [];
}

/** Nodes a requirement looks at: its pipeline's, or the student's pipelines'. */
function requirementPool(context: StructuralContext, requirement: Pick<NodeRequirement, "pipeline">): NodeSpec[] {
  return requirement.pipeline ? (context.project.pipelines[requirement.pipeline] ?? []) : scopeNodes(context);
}

/**
 * Nodes that meet a requirement's kind, pipeline and rows, in declaration
 * order. Rows are not judged while a cycle leaves the lineage incomplete:
 * the validity check reports the cycle instead.
 */
export function matchingNodes(context: StructuralContext, requirement: Pick<NodeRequirement, "kinds" | "pipeline" | "rows">): NodeSpec[] {
  const judgeRows = requirement.rows !== undefined && context.lineage.complete;
  return requirementPool(context, requirement).filter(
    (node) => requirement.kinds.includes(node.kind) && (!judgeRows || readsOnly(node, requirement.rows!, context.lineage, context.kinds)),
  );
}

function missingNode(requirement: NodeRequirement, context: StructuralContext): Finding {
  const kinds = requirement.kinds.join(" / ");
  const pipeline = requirement.pipeline ?? context.spec.scope.join(", ");
  // A node of the right kind that reads other rows gets a finding of its own, on that node.
  const wrongRows = requirement.rows ? requirementPool(context, requirement).find((node) => requirement.kinds.includes(node.kind)) : undefined;
  if (wrongRows && requirement.rows) {
    const classes = [...rowClassesOfNode(wrongRows, context)].join(", ") || "—";
    return { code: "NODE_WRONG_ROWS", node: wrongRows.name, params: { node: wrongRows.name, kind: wrongRows.kind, rows: requirement.rows, actual: classes } };
  }
  if (requirement.rows) return { code: "NODE_MISSING_ROWS", params: { kinds, pipeline, rows: requirement.rows } };
  return { code: "NODE_MISSING", params: { kinds, pipeline } };
}

function rowClassesOfNode(node: NodeSpec, context: StructuralContext): Set<string> {
  const fit = context.lineage.fitNodes.find((candidate) => candidate.node.name === node.name);
  const atoms = fit
    ? fit.tables.flatMap((table) => table.atoms)
    : node.inputs.flatMap((input) => context.lineage.datasets.get(input)?.atoms ?? []);
  return rowClasses(atoms, context.lineage.sources);
}

/** Required node kinds are present, in the right pipeline and reading the right rows. */
export function checkNodes(context: StructuralContext, requirements: readonly NodeRequirement[]): CheckOutcome {
  const findings = requirements.filter((requirement) => matchingNodes(context, requirement).length === 0).map((requirement) => missingNode(requirement, context));
  return { attempted: scopeNodes(context).length > 0, findings };
}

const MEMORY_DATASET = /(^|\.)MemoryDataset$/;

/** Returns whether a dataset is written to storage: a catalog entry whose class is not a memory dataset. */
export function isPersisted(project: Project, dataset: string): boolean {
  return Object.hasOwn(project.catalog, dataset) && !MEMORY_DATASET.test(project.catalog[dataset].type);
}

/** Checks that the outputs a requirement names (a trained model, the report) are persisted in the catalog. */
export function checkPersisted(context: StructuralContext, requirements: readonly NodeRequirement[]): CheckOutcome {
  const findings: Finding[] = [];
  let attempted = false;
  for (const requirement of requirements) {
    const node = matchingNodes(context, requirement)[0];
    if (!node) {
      findings.push(missingNode(requirement, context));
      continue;
    }
    attempted = true;
    const indices = requirement.persist === "all" || requirement.persist === undefined ? node.outputs.map((_, i) => i) : requirement.persist;
    for (const index of indices) {
      const dataset = node.outputs[index];
      if (dataset === undefined || isPersisted(context.project, dataset)) continue;
      findings.push({ code: "OUTPUT_NOT_PERSISTED", node: node.name, dataset, params: { node: node.name, kind: node.kind, dataset } });
    }
  }
  return { attempted, findings };
}

function inInferencePipeline(context: StructuralContext, node: NodeName): boolean {
  const pipeline = context.spec.inferencePipeline;
  return pipeline !== undefined && (context.project.pipelines[pipeline] ?? []).some((candidate) => candidate.name === node);
}

/**
 * Data leakage: a fit node (scaler, encoder, model, search) whose rows
 * overlap rows a split set aside as test, or include inference rows. Fit
 * nodes of the inference pipeline are left to `checkRefit`.
 */
export function checkLeakage(context: StructuralContext): CheckOutcome {
  const findings: Finding[] = [];
  const inScope = new Set(scopeNodes(context).map((node) => node.name));
  const scopedFits = context.lineage.fitNodes.filter((fit) => inScope.has(fit.node.name) && !inInferencePipeline(context, fit.node.name));
  // Where the exercise's own pipelines fit something, leakage is judged once such a node reads rows, so an
  // unwired model earns no credit. Elsewhere (inference, backtest) any node of the exercise counts as a start.
  // A cycle leaves the trace incomplete, so there every wired node counts as a start.
  const readsRows = scopedFits.some((fit) => fit.tables.some((table) => table.atoms.length > 0));
  const attempted = scopedFits.length > 0 && context.lineage.complete ? readsRows : inScope.size > 0;
  for (const fit of context.lineage.fitNodes) {
    if (inInferencePipeline(context, fit.node.name)) continue;
    const finding = leakageOf(fit, context.lineage);
    if (finding) findings.push(finding);
  }
  return { attempted, findings };
}

function leakageOf(fit: FitNode, lineage: ProjectLineage): Finding | undefined {
  const { name, kind } = fit.node;
  for (const table of fit.tables) {
    for (const atom of table.atoms) {
      const test = lineage.testParts.find((part) => atomsOverlap(atom, part.atom));
      if (test) {
        return { code: "LEAKAGE_TEST", node: name, dataset: table.dataset, params: { node: name, kind, dataset: table.dataset, split: test.node, test: test.dataset } };
      }
      if (lineage.sources.get(atom.source) === "inference") {
        return { code: "LEAKAGE_INFERENCE", node: name, dataset: table.dataset, params: { node: name, kind, dataset: table.dataset, source: atom.source } };
      }
    }
  }
  return undefined;
}

/**
 * Refit in inference: a fit node in the inference pipeline, or a node that
 * predicts inference rows without the fitted transformers the model's
 * training rows went through.
 */
export function checkRefit(context: StructuralContext): CheckOutcome {
  const findings: Finding[] = [];
  const pipeline = context.spec.inferencePipeline ?? "";
  for (const fit of context.lineage.fitNodes) {
    if (!inInferencePipeline(context, fit.node.name)) continue;
    findings.push({ code: "REFIT_IN_INFERENCE", node: fit.node.name, params: { node: fit.node.name, kind: fit.node.kind, pipeline } });
  }

  const predictors = allNodes(context.project).filter((node) => readsOnly(node, "inference", context.lineage, context.kinds));
  for (const node of predictors) findings.push(...missingTransforms(node, context));

  const inferenceNodes = context.project.pipelines[pipeline] ?? [];
  return { attempted: inferenceNodes.length > 0 || predictors.length > 0, findings };
}

/** Transformers applied to the model's training rows but not to the rows this node predicts. */
function missingTransforms(node: NodeSpec, context: StructuralContext): Finding[] {
  const kind = context.kinds.get(node.kind);
  if (!kind) return [];
  const modelInput = node.inputs.find((_, index) => kind.inputs[index]?.type === "model");
  const tableInput = node.inputs.find((input, index) => kind.inputs[index]?.type === "table" && !isUnconnected(input));
  const model = modelInput ? context.lineage.datasets.get(modelInput)?.fittedBy : undefined;
  const rows = tableInput ? context.lineage.datasets.get(tableInput) : undefined;
  if (!model || !tableInput) return [];

  const applied = new Set(rows?.transforms ?? []);
  return model.transforms
    .filter((transformer) => !applied.has(transformer))
    .map((transformer) => ({
      code: "INFERENCE_TRANSFORM_MISSING",
      node: node.name,
      dataset: tableInput,
      params: { node: node.name, dataset: tableInput, transformer, model: modelInput ?? "", trainer: model.node },
    }));
}

/**
 * Values that belong in parameters.yml: keys left to the node function's
 * default, feature lists given as "all", a parameters port wired to a
 * dataset, and values the exercise fixes (the target column).
 */
export function checkParameters(context: StructuralContext, rules: readonly ParameterRule[]): CheckOutcome {
  const findings: Finding[] = [];
  let attempted = false;
  for (const rule of rules) {
    for (const node of scopeNodes(context).filter((candidate) => rule.kinds.includes(candidate.kind))) {
      // An unconnected parameters port does not yet show where the values come from.
      if (parameterInput(node, rule, context) !== undefined) attempted = true;
      findings.push(...parameterFindings(node, rule, context));
    }
  }
  return { attempted, findings };
}

/** Returns the dataset or parameter a rule's port reads, or undefined while the port is unconnected. */
function parameterInput(node: NodeSpec, rule: ParameterRule, context: StructuralContext): string | undefined {
  const portIndex = context.kinds.get(node.kind)?.inputs.findIndex((port) => port.name === rule.port) ?? -1;
  const input = portIndex >= 0 ? node.inputs[portIndex] : undefined;
  return input === undefined || isUnconnected(input) ? undefined : input;
}

function parameterFindings(node: NodeSpec, rule: ParameterRule, context: StructuralContext): Finding[] {
  const input = parameterInput(node, rule, context);
  if (input === undefined) return [];
  const at = { node: node.name, port: rule.port, input };
  if (!isParameterInput(input)) return [{ code: "PARAMETER_FROM_DATASET", node: node.name, dataset: input, params: at }];

  const block = resolveParameter(context.project.parameters, input);
  if (block === null || typeof block !== "object" || Array.isArray(block)) return [];
  const values = block as Record<string, unknown>;
  const findings: Finding[] = [];
  for (const key of rule.keys) {
    if (!Object.hasOwn(values, key)) findings.push({ code: "HARDCODED_DEFAULT", node: node.name, params: { ...at, key } });
  }
  for (const key of rule.lists) {
    if (Object.hasOwn(values, key) && !Array.isArray(values[key])) {
      findings.push({ code: "PARAMETER_NOT_LIST", node: node.name, params: { ...at, key, value: JSON.stringify(values[key]) } });
    }
  }
  for (const [key, expected] of Object.entries(rule.values)) {
    if (Object.hasOwn(values, key) && values[key] !== expected) {
      findings.push({ code: "PARAMETER_VALUE", node: node.name, params: { ...at, key, value: JSON.stringify(values[key]), expected: JSON.stringify(expected) } });
    }
  }
  return findings;
}

/** Top-level parameter blocks that no node reads. */
export function checkUnusedParameters(context: StructuralContext): CheckOutcome {
  const inputs = allNodes(context.project).flatMap((node) => node.inputs.filter(isParameterInput));
  const attempted = scopeNodes(context).length > 0;
  if (inputs.includes(ALL_PARAMETERS)) return { attempted, findings: [] };

  const read = new Set(inputs.map(topLevelKey));
  const findings = Object.keys(context.project.parameters)
    .filter((key) => !read.has(key))
    .map((key) => ({ code: "UNUSED_PARAMETER", params: { key } }));
  return { attempted, findings };
}

/** Reports the validator's problems: cycles, dangling inputs, unknown kinds, missing parameters, unconnected ports. */
export function checkValid(context: StructuralContext): CheckOutcome {
  const findings = context.problems.map((problem) => ({
    code: problem.code,
    ...(problem.node ? { node: problem.node } : {}),
    ...(problem.nodes ? { nodes: problem.nodes } : {}),
    ...(problem.dataset ? { dataset: problem.dataset } : {}),
    params: problem.params,
  }));
  return { attempted: scopeNodes(context).length > 0, findings };
}
