/**
 * The read-only `pipeline.py` view: each pipeline as the Kedro Python code a
 * student would write, formatted the way Black formats Kedro's project
 * template (4-space indent, 88-column lines, trailing commas).
 *
 * An input left unconnected in the editor (an empty dataset name) becomes
 * `None  # TODO: connect this input`, so the gap shows in the code too.
 */
import { EngineError } from "../pipeline/errors";
import type { NodeSpec, PipelineName, Project } from "../pipeline/types";
import { DEFAULT_PIPELINE } from "../pipeline/types";

const INDENT = "    ";
/** Black's default line length. */
const MAX_LINE_LENGTH = 88;

/**
 * Writes `pipeline.py` for one pipeline. Without a name, or with
 * `__default__`, writes every pipeline in turn, each under a comment with the
 * path Kedro gives its file.
 *
 * @throws EngineError UNKNOWN_PIPELINE when the project has no such pipeline.
 */
export function projectToPipelinePython(project: Project, pipelineName?: PipelineName): string {
  if (pipelineName === undefined || pipelineName === DEFAULT_PIPELINE) {
    return Object.entries(project.pipelines)
      .map(([name, nodes]) => `# pipelines/${name}/pipeline.py\n${pipelineModule(nodes)}`)
      .join("\n\n");
  }

  const nodes = project.pipelines[pipelineName];
  if (nodes === undefined) {
    throw new EngineError("UNKNOWN_PIPELINE", { pipeline: pipelineName, known: Object.keys(project.pipelines).join(", ") });
  }
  return pipelineModule(nodes);
}

/** Writes the Kedro `node(...)` call equivalent to one editor node, unindented. */
export function nodeToPython(node: NodeSpec): string {
  return nodeCall(node, "");
}

function pipelineModule(nodes: readonly NodeSpec[]): string {
  const functions = [...new Set(nodes.map((node) => node.kind))].sort();
  const lines = ["from kedro.pipeline import Pipeline, node", ""];
  if (functions.length > 0) lines.push(importLine(".nodes", functions), "");
  lines.push("", "def create_pipeline(**kwargs) -> Pipeline:");

  if (nodes.length === 0) {
    lines.push(`${INDENT}return Pipeline([])`);
  } else {
    const calls = nodes.map((node) => `${nodeCall(node, INDENT.repeat(3))},`);
    lines.push(`${INDENT}return Pipeline(`, `${INDENT.repeat(2)}[`, ...calls, `${INDENT.repeat(2)}]`, `${INDENT})`);
  }
  return `${lines.join("\n")}\n`;
}

/** `from module import a, b`, wrapped in parentheses one name a line when too long. */
function importLine(module: string, names: readonly string[]): string {
  const oneLine = `from ${module} import ${names.join(", ")}`;
  if (oneLine.length <= MAX_LINE_LENGTH) return oneLine;
  return [`from ${module} import (`, ...names.map((name) => `${INDENT}${name},`), ")"].join("\n");
}

function nodeCall(node: NodeSpec, indent: string): string {
  const inner = indent + INDENT;
  return [
    `${indent}node(`,
    `${inner}func=${node.kind},`,
    argument(inner, "inputs", node.inputs, "connect this input"),
    argument(inner, "outputs", node.outputs, "name this output"),
    `${inner}name=${pythonString(node.name)},`,
    `${indent})`,
  ].join("\n");
}

/**
 * Formats one keyword argument in Kedro's convention: `None` for no datasets, a
 * string for one, a list for several. A list goes one item a line when it is
 * longer than Black allows or contains a TODO comment. An empty name becomes
 * `None` with `# TODO: <todo>` after its comma.
 */
function argument(indent: string, keyword: string, names: readonly string[], todo: string): string {
  const gapComment = `  # TODO: ${todo}`;
  if (names.length === 0) return `${indent}${keyword}=None,`;
  if (names.length === 1) {
    return names[0] === "" ? `${indent}${keyword}=None,${gapComment}` : `${indent}${keyword}=${pythonString(names[0])},`;
  }

  const hasGap = names.includes("");
  const oneLine = `${indent}${keyword}=[${names.map(pythonString).join(", ")}],`;
  if (!hasGap && oneLine.length <= MAX_LINE_LENGTH) return oneLine;

  const itemIndent = indent + INDENT;
  const itemLines = names.map((name) => (name === "" ? `${itemIndent}None,${gapComment}` : `${itemIndent}${pythonString(name)},`));
  return [`${indent}${keyword}=[`, ...itemLines, `${indent}],`].join("\n");
}

/**
 * Quotes a value as a Python string literal. JSON's double-quoted escapes (`\"`, `\\`, `\n`,
 * `\uXXXX`) mean the same in Python, so JSON.stringify is enough.
 */
function pythonString(value: string): string {
  return JSON.stringify(value);
}
