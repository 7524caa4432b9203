/**
 * Checks the names an exported Kedro project is built from: the Python
 * package, pipelines (which become Python packages too), nodes and
 * datasets. Each problem names the value and is phrased through lib/i18n
 * as `error.<code>`.
 */
import { datasetNames, isValidName } from "../../editor/names";
import type { DatasetName, NodeName, Project } from "../../pipeline/types";
import { ALL_PARAMETERS, DEFAULT_PIPELINE } from "../../pipeline/types";

export type ExportProblemCode =
  | "EXPORT_PACKAGE_NAME_INVALID"
  | "EXPORT_PACKAGE_NAME_KEYWORD"
  | "EXPORT_PACKAGE_NAME_RESERVED"
  | "EXPORT_PIPELINE_NAME_INVALID"
  | "EXPORT_NODE_NAME_INVALID"
  | "EXPORT_DATASET_NAME_INVALID"
  | "EXPORT_DATASET_NAME_PRIVATE"
  | "EXPORT_KIND_UNSUPPORTED"
  | "EXPORT_NO_NODES";

/** A reason the project cannot be exported; same shape as a validation `Problem`. */
export interface ExportProblem {
  code: ExportProblemCode;
  node?: NodeName;
  dataset?: DatasetName;
  params: Record<string, string | number>;
}

/** Python's keywords (3.12), which cannot name a package or module. */
const PYTHON_KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
  "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield",
]);

/**
 * Package names that would shadow a module the project imports (with `src/`
 * on `sys.path`, `src/pandas` hides the real pandas) or a folder of the
 * project itself.
 */
// NOTE: only the modules the generated code imports are listed, not the whole standard library.
const RESERVED_PACKAGE_NAMES = new Set([
  "kedro", "kedro_datasets", "pandas", "numpy", "sklearn", "pyarrow", "pytest",
  "json", "logging", "math", "pathlib", "sys", "warnings", "typing",
  "conf", "data", "src", "test", "tests",
]);

/** PEP 8 package names: lowercase ASCII letters, digits and `_`, not starting with a digit. */
const PACKAGE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Pipeline names become folders under `pipelines/` and module names in `pipeline_registry.py`. */
const PIPELINE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Kedro's own rule for node names: letters, digits, `_`, `-` and `.`. */
const NODE_NAME = /^[\p{L}\p{N}_.-]+$/u;

/**
 * Checks a Python package name. Returns no problem for a valid name.
 *
 * @example
 * checkPackageName("iris_kedro"); // []
 * checkPackageName("Iris-Kedro"); // [{ code: "EXPORT_PACKAGE_NAME_INVALID", params: { name: "Iris-Kedro" } }]
 */
export function checkPackageName(name: string): ExportProblem[] {
  if (!PACKAGE_NAME.test(name)) return [{ code: "EXPORT_PACKAGE_NAME_INVALID", params: { name } }];
  if (PYTHON_KEYWORDS.has(name)) return [{ code: "EXPORT_PACKAGE_NAME_KEYWORD", params: { name } }];
  if (RESERVED_PACKAGE_NAMES.has(name)) return [{ code: "EXPORT_PACKAGE_NAME_RESERVED", params: { name } }];
  return [];
}

/**
 * Suggests a package name from a free text such as an exercise id:
 * lowercase, accents dropped, other characters turned into `_`. The result
 * may still need `checkPackageName` (for example `class`).
 */
export function suggestPackageName(text: string): string {
  const ascii = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const snake = ascii.replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  if (snake === "") return "kedro_project";
  return /^[0-9]/.test(snake) ? `project_${snake}` : snake;
}

/** Checks pipeline, node and dataset names against what Kedro and Python accept. */
export function checkProjectNames(project: Project): ExportProblem[] {
  const problems: ExportProblem[] = [];
  for (const pipeline of Object.keys(project.pipelines)) {
    if (pipeline === DEFAULT_PIPELINE) continue;
    if (!PIPELINE_NAME.test(pipeline) || PYTHON_KEYWORDS.has(pipeline)) {
      problems.push({ code: "EXPORT_PIPELINE_NAME_INVALID", params: { pipeline } });
    }
  }

  const seenNodes = new Set<NodeName>();
  for (const nodes of Object.values(project.pipelines)) {
    for (const node of nodes) {
      if (seenNodes.has(node.name)) continue;
      seenNodes.add(node.name);
      if (!NODE_NAME.test(node.name)) problems.push({ code: "EXPORT_NODE_NAME_INVALID", node: node.name, params: { node: node.name } });
    }
  }

  for (const dataset of datasetNames(project)) problems.push(...checkDatasetName(dataset));
  return problems;
}

/**
 * Checks one dataset name against the editor's naming rule: letters, digits
 * and `_`, with `.` between namespace parts. `parameters` is reserved by
 * Kedro. A leading `_` is rejected because Kedro's config loader skips
 * catalog keys that start with `_`, which hold YAML anchors.
 */
export function checkDatasetName(dataset: DatasetName): ExportProblem[] {
  if (!isValidName(dataset) || dataset === ALL_PARAMETERS) return [{ code: "EXPORT_DATASET_NAME_INVALID", dataset, params: { dataset } }];
  if (dataset.startsWith("_")) return [{ code: "EXPORT_DATASET_NAME_PRIVATE", dataset, params: { dataset } }];
  return [];
}
