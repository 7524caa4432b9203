/**
 * Writes a pipeline's `nodes.py` and its pytest module from the Python twins
 * of the node kinds it uses: the imports they need (grouped and sorted as
 * isort does), the shared helpers, then one function per kind.
 */
import { DATA_FUNCTIONS } from "./data";
import { EVALUATION_FUNCTIONS } from "./evaluation";
import { PYTHON_HELPERS } from "./helpers";
import { MODEL_FUNCTIONS } from "./models";
import { PREPROCESSING_FUNCTIONS } from "./preprocessing";
import type { PythonNodeFunction } from "./types";

/** Every node kind that has a Python twin, by kind id. */
export const PYTHON_FUNCTIONS: ReadonlyMap<string, PythonNodeFunction> = new Map(
  [...DATA_FUNCTIONS, ...PREPROCESSING_FUNCTIONS, ...MODEL_FUNCTIONS, ...EVALUATION_FUNCTIONS].map((fn) => [fn.kind, fn]),
);

/** Standard-library modules the generated code imports; everything else is third-party. */
const STANDARD_LIBRARY = new Set(["json", "logging", "math", "pathlib", "warnings"]);

const MAX_LINE_LENGTH = 88;

/** Returns the twins of `kinds` in first-use order, skipping repeats; throws for a kind without one. */
export function pythonFunctionsFor(kinds: readonly string[]): PythonNodeFunction[] {
  return [...new Set(kinds)].map((kind) => {
    const fn = PYTHON_FUNCTIONS.get(kind);
    if (!fn) throw new Error(`node kind "${kind}" has no Python function`);
    return fn;
  });
}

/**
 * Returns the twins of `kinds` with the node functions they call, each
 * called function before its first caller, skipping repeats.
 */
function withCalledFunctions(kinds: readonly string[]): PythonNodeFunction[] {
  const ordered = new Map<string, PythonNodeFunction>();
  const visit = (fn: PythonNodeFunction) => {
    if (ordered.has(fn.kind)) return;
    pythonFunctionsFor(fn.calls ?? []).forEach(visit);
    ordered.set(fn.kind, fn);
  };
  pythonFunctionsFor(kinds).forEach(visit);
  return [...ordered.values()];
}

/**
 * Writes `nodes.py` for the given kinds, plus the node functions they call
 * (backtest_model refits the column transformer with column_transformer_fit).
 * The module docstring names the pipeline, and each function keeps the kind
 * id as its name so that `pipeline.py` can import it.
 */
export function nodesModule(pipeline: string, kinds: readonly string[]): string {
  const functions = withCalledFunctions(kinds);
  const helperNames = requiredHelpers(functions.flatMap((fn) => fn.helpers));
  const helpers = PYTHON_HELPERS.filter((helper) => helperNames.has(helper.name));
  const imports = [...helpers.flatMap((helper) => helper.imports), ...functions.flatMap((fn) => fn.imports)];

  const docstring = [
    `"""Nodes of the ${pipeline} pipeline, exported from Deploy Lab.`,
    "",
    "Each function is the pandas and scikit-learn twin of the Deploy Lab node kind",
    "of the same name: same inputs, outputs and parameters.",
    '"""',
  ].join("\n");
  const definitions = [...helpers.map((helper) => helper.source), ...functions.map((fn) => fn.source)];
  return joinSections(`${docstring}\n\n${importBlock(imports)}`, definitions);
}

/** Writes `tests/pipelines/<pipeline>/test_nodes.py`: the tests of every function the pipeline's nodes.py defines. */
export function nodeTestsModule(packageName: string, pipeline: string, kinds: readonly string[]): string {
  const functions = pythonFunctionsFor(kinds);
  const docstring = `"""Unit tests of the ${pipeline} pipeline's node functions, on a few rows each."""`;
  const imports = [
    "import pytest",
    ...functions.flatMap((fn) => fn.testImports),
    `from ${packageName}.pipelines.${pipeline}.nodes import ${functions.map((fn) => fn.kind).join(", ")}`,
  ];
  return joinSections(`${docstring}\n\n${importBlock(imports, packageName)}`, functions.map((fn) => fn.tests));
}

/** Adds the helpers that helpers use, until nothing new turns up. */
function requiredHelpers(direct: readonly string[]): Set<string> {
  const byName = new Map(PYTHON_HELPERS.map((helper) => [helper.name, helper]));
  const required = new Set<string>();
  const pending = [...direct];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (required.has(name)) continue;
    const helper = byName.get(name);
    if (!helper) throw new Error(`unknown Python helper "${name}"`);
    required.add(name);
    pending.push(...helper.helpers);
  }
  return required;
}

/** Puts two blank lines between top-level definitions, as PEP 8 requires, and one after the module docstring. */
function joinSections(header: string, definitions: readonly string[]): string {
  return `${[header, ...definitions].join("\n\n\n")}\n`;
}

interface ParsedImport {
  module: string;
  /** Imported names for `from module import …`; undefined for `import module`. */
  names?: string[];
  statement: string;
}

function parseImport(statement: string): ParsedImport {
  const from = /^from (\S+) import (.+)$/.exec(statement);
  if (from) return { module: from[1], names: from[2].split(",").map((name) => name.trim()), statement };
  const plain = /^import (\S+)/.exec(statement);
  if (!plain) throw new Error(`not an import statement: ${statement}`);
  return { module: plain[1], statement };
}

/**
 * Groups imports as isort does: standard library, third-party, then the
 * project's own package, a blank line between groups. Within a group the
 * `import x` lines come first, then `from x import a, b` with the names
 * of one module merged.
 */
export function importBlock(statements: readonly string[], firstParty?: string): string {
  const parsed = [...new Set(statements)].map(parseImport);
  const sectionOf = (item: ParsedImport) => {
    const root = item.module.split(".")[0];
    if (STANDARD_LIBRARY.has(root)) return 0;
    return root === firstParty ? 2 : 1;
  };

  const blocks: string[] = [];
  for (const section of [0, 1, 2]) {
    const items = parsed.filter((item) => sectionOf(item) === section);
    const plain = [...new Set(items.filter((item) => !item.names).map((item) => item.statement))].sort();
    const fromModules = new Map<string, Set<string>>();
    for (const item of items.filter((entry) => entry.names)) {
      const names = fromModules.get(item.module) ?? new Set<string>();
      item.names?.forEach((name) => names.add(name));
      fromModules.set(item.module, names);
    }
    const fromLines = [...fromModules.keys()].sort().map((module) => fromImport(module, [...(fromModules.get(module) as Set<string>)].sort()));
    const lines = [...plain, ...fromLines];
    if (lines.length > 0) blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n");
}

function fromImport(module: string, names: readonly string[]): string {
  const oneLine = `from ${module} import ${names.join(", ")}`;
  if (oneLine.length <= MAX_LINE_LENGTH) return oneLine;
  return [`from ${module} import (`, ...names.map((name) => `    ${name},`), ")"].join("\n");
}
