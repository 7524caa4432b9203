/**
 * The Python files of an exported Kedro project: the package under `src/`,
 * one folder per pipeline, and the tests.
 */
import { projectToPipelinePython } from "../pipeline-python";
import type { Catalog, NodeSpec, PipelineName, Project } from "../../pipeline/types";
import { ALL_PARAMETERS, PARAMS_PREFIX } from "../../pipeline/types";
import { nodesModule, nodeTestsModule } from "./python/modules";

export interface ExportedFile {
  /** Path inside the project folder, with `/` separators. */
  path: string;
  content: string;
}

/** Quotes a value as a Python string literal; JSON's escapes mean the same in Python. */
function pythonString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Formats names as a Python set literal after `prefix` on a line indented by
 * `indent`: on that line when it fits in 88 columns, else one name a line,
 * as Black does.
 */
function pythonSet(names: readonly string[], indent: string, prefix: string): string {
  if (names.length === 0) return "set()";
  const oneLine = `{${names.map(pythonString).join(", ")}}`;
  if (indent.length + prefix.length + oneLine.length <= 88) return oneLine;
  return ["{", ...names.map((name) => `${indent}    ${pythonString(name)},`), `${indent}}`].join("\n");
}

export function packageFiles(packageName: string, projectName: string, pipelines: readonly PipelineName[]): ExportedFile[] {
  const source = `src/${packageName}`;
  return [
    { path: `${source}/__init__.py`, content: `"""${projectName}: a Kedro project exported from Deploy Lab."""\n\n__version__ = "0.1"\n` },
    { path: `${source}/__main__.py`, content: mainModule() },
    { path: `${source}/settings.py`, content: settingsModule() },
    { path: `${source}/pipeline_registry.py`, content: registryModule(packageName, pipelines) },
    { path: `${source}/pipelines/__init__.py`, content: `"""The project's pipelines, one package each."""\n` },
  ];
}

function mainModule(): string {
  return `"""Run the project as a package: python -m <package> takes kedro run's options."""

import sys
from pathlib import Path

from kedro.framework.cli.utils import find_run_command
from kedro.framework.project import configure_project


def main(*args, **kwargs):
    """Configure the project and call its run command, as kedro run does."""
    package_name = Path(__file__).parent.name
    configure_project(package_name)
    # In an interactive session, click must not exit the interpreter.
    kwargs["standalone_mode"] = not hasattr(sys, "ps1")
    run = find_run_command(package_name)
    return run(*args, **kwargs)


if __name__ == "__main__":
    main()
`;
}

function settingsModule(): string {
  return `"""Project settings; Kedro's defaults apply to everything not set here.

Reference: https://docs.kedro.org/en/stable/configure/configuration_basics/
"""

from kedro.config import OmegaConfigLoader

# conf/base holds the shared configuration; conf/local overrides it on one machine.
CONFIG_LOADER_CLASS = OmegaConfigLoader
CONFIG_LOADER_ARGS = {"base_env": "base", "default_run_env": "local"}
`;
}

function registryModule(packageName: string, pipelines: readonly PipelineName[]): string {
  const imports = [...pipelines].sort().map((name) => `from ${packageName}.pipelines.${name} import pipeline as ${name}`);
  const entries = pipelines.map((name) => `        ${pythonString(name)}: ${name}.create_pipeline(),`);
  return `"""Project pipelines."""

from kedro.pipeline import Pipeline

${imports.join("\n")}


def register_pipelines() -> dict[str, Pipeline]:
    """Register the project's pipelines.

    Returns:
        A mapping from pipeline names to pipelines. __default__, which
        kedro run runs without --pipeline, is the sum of all of them.
    """
    pipelines = {
${entries.join("\n")}
    }
    pipelines["__default__"] = sum(pipelines.values(), Pipeline([]))
    return pipelines
`;
}

/** Writes `pipelines/<name>/{__init__,nodes,pipeline}.py`. */
export function pipelineFiles(packageName: string, project: Project, name: PipelineName): ExportedFile[] {
  const nodes = project.pipelines[name];
  const folder = `src/${packageName}/pipelines/${name}`;
  const files: ExportedFile[] = [
    // The package does not import pipeline.py, so nodes.py can be imported and tested without Kedro installed.
    { path: `${folder}/__init__.py`, content: `"""The ${name} pipeline; see pipeline.py and nodes.py."""\n` },
    { path: `${folder}/pipeline.py`, content: projectToPipelinePython(project, name) },
  ];
  if (nodes.length > 0) files.splice(1, 0, { path: `${folder}/nodes.py`, content: nodesModule(name, nodes.map((node) => node.kind)) });
  return files;
}

/** Writes the tests: node functions per pipeline (pandas and scikit-learn only), and pipeline and config checks (with Kedro). */
export function testFiles(packageName: string, project: Project, pipelines: readonly PipelineName[]): ExportedFile[] {
  const files: ExportedFile[] = [
    { path: "tests/__init__.py", content: "" },
    { path: "tests/pipelines/__init__.py", content: "" },
    { path: "tests/test_project.py", content: projectTest(packageName, pipelines) },
  ];
  for (const name of pipelines) {
    const nodes = project.pipelines[name];
    const folder = `tests/pipelines/${name}`;
    files.push({ path: `${folder}/__init__.py`, content: "" });
    if (nodes.length > 0) files.push({ path: `${folder}/test_nodes.py`, content: nodeTestsModule(packageName, name, nodes.map((node) => node.kind)) });
    files.push({ path: `${folder}/test_pipeline.py`, content: pipelineTest(packageName, name, nodes, project.catalog) });
  }
  return files;
}

function pipelineTest(packageName: string, name: PipelineName, nodes: readonly NodeSpec[], catalog: Catalog): string {
  const produced = new Set(nodes.flatMap((node) => node.outputs));
  const inputs = [...new Set(nodes.flatMap((node) => node.inputs))].filter((input) => !produced.has(input)).sort();
  const datasetInputs = inputs.filter((input) => input !== ALL_PARAMETERS && !input.startsWith(PARAMS_PREFIX));
  const fromCatalog = datasetInputs.filter((input) => input in catalog);
  return `"""Checks of the ${name} pipeline's structure; they need Kedro installed."""

import pytest

pytest.importorskip("kedro")

from ${packageName}.pipelines.${name}.pipeline import create_pipeline  # noqa: E402


def test_${name}_has_the_exported_nodes():
    names = {node.name for node in create_pipeline().nodes}
    assert names == ${pythonSet(nodes.map((node) => node.name).sort(), "    ", "assert names == ")}


def test_${name}_reads_the_exported_inputs():
    inputs = create_pipeline().inputs()
    assert inputs == ${pythonSet(inputs, "    ", "assert inputs == ")}


def test_${name}_reads_catalog_datasets_only():
    inputs = create_pipeline().inputs()
    datasets = {name for name in inputs if not name.startswith("params:")}
    datasets.discard("parameters")
    assert datasets == ${pythonSet(fromCatalog, "    ", "assert datasets == ")}
`;
}

function projectTest(packageName: string, pipelines: readonly PipelineName[]): string {
  return `"""Checks that conf/ fits the pipelines; they need Kedro installed."""

from pathlib import Path

import pytest

pytest.importorskip("kedro")

from kedro.config import OmegaConfigLoader  # noqa: E402
from kedro.framework.startup import bootstrap_project  # noqa: E402

PROJECT_PATH = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def config():
    bootstrap_project(PROJECT_PATH)
    return OmegaConfigLoader(
        str(PROJECT_PATH / "conf"), base_env="base", default_run_env="local"
    )


@pytest.fixture(scope="module")
def default_pipeline(config):
    from ${packageName}.pipeline_registry import register_pipelines

    pipelines = register_pipelines()
    assert set(pipelines) == ${pythonSet(["__default__", ...pipelines], "    ", "assert set(pipelines) == ")}
    return pipelines["__default__"]


def test_every_input_is_in_the_catalog(config, default_pipeline):
    catalog = config["catalog"]
    datasets = {
        name for name in default_pipeline.inputs() if not name.startswith("params:")
    }
    datasets.discard("parameters")
    assert datasets - set(catalog) == set()


def test_every_parameter_is_defined(config, default_pipeline):
    parameters = config["parameters"]
    for name in default_pipeline.inputs():
        if name.startswith("params:"):
            value = parameters
            for key in name.removeprefix("params:").split("."):
                assert key in value, f"{name} is not in conf/base/parameters*.yml"
                value = value[key]
`;
}
