/**
 * Exports a project as a Kedro project that `kedro run` runs: the same
 * pipelines, node names, datasets, Data Catalog and parameters, with each
 * node kind's pandas and scikit-learn twin in `nodes.py`.
 */
import { freeInputs, selectPipeline } from "../../pipeline/graph";
import type { KindLookup, Problem } from "../../pipeline/validate";
import { validateProject } from "../../pipeline/validate";
import type { DatasetName, PipelineName, Project } from "../../pipeline/types";
import { DEFAULT_PIPELINE } from "../../pipeline/types";
import {
  DATA_FOLDERS,
  catalogFile,
  dockerfile,
  dockerignoreFile,
  gitignoreFile,
  loggingFile,
  parameterFiles,
  pyprojectFile,
  requirementsFile,
  withFilepaths,
  withSharedDatasets,
} from "./config-files";
import type { ExportProblem } from "./names";
import { checkPackageName, checkProjectNames } from "./names";
import { PYTHON_FUNCTIONS } from "./python/modules";
import type { ExportedFile } from "./python-files";
import { packageFiles, pipelineFiles, testFiles } from "./python-files";
import { readmeFile } from "./readme";

export type { ExportedFile } from "./python-files";

export interface KedroExportOptions {
  /** Python package under `src/`; see `checkPackageName`. */
  packageName: string;
  /** Human-readable name for pyproject.toml and README.md; the package name by default. */
  projectName?: string;
  /** CSV text of raw catalog datasets to ship at their catalog filepath, e.g. the Iris files. */
  rawData?: Record<DatasetName, string>;
  /** Markdown lines for the README's data section (see `exportedDataNotes`). */
  dataNotes?: readonly string[];
}

export type KedroExportResult = { ok: true; files: ExportedFile[] } | { ok: false; problems: (Problem | ExportProblem)[] };

/** Lists why the project cannot be exported; an empty list means it can. */
export function checkKedroExport(project: Project, kinds: KindLookup, packageName: string): (Problem | ExportProblem)[] {
  const problems: (Problem | ExportProblem)[] = [...checkPackageName(packageName), ...checkProjectNames(project)];
  const nodes = selectPipeline(project) ?? [];
  if (nodes.length === 0) problems.push({ code: "EXPORT_NO_NODES", params: {} });
  problems.push(...validateProject(project, kinds));

  const reported = new Set<string>();
  for (const node of nodes) {
    if (!kinds.get(node.kind) || PYTHON_FUNCTIONS.has(node.kind) || reported.has(node.kind)) continue;
    reported.add(node.kind);
    problems.push({ code: "EXPORT_KIND_UNSUPPORTED", node: node.name, params: { node: node.name, kind: node.kind } });
  }
  return problems;
}

/**
 * Builds every file of the Kedro project, or returns the problems that
 * prevent it (invalid names, a pipeline that `validateProject` rejects, a
 * node kind without a Python twin), without throwing.
 *
 * @example
 * const result = exportKedroProject(irisProject(), createRegistry(), { packageName: "iris" });
 * if (result.ok) writeFileSync("iris.zip", zipProject("iris", result.files));
 */
export function exportKedroProject(project: Project, kinds: KindLookup, options: KedroExportOptions): KedroExportResult {
  const { packageName } = options;
  const problems = checkKedroExport(project, kinds, packageName);
  if (problems.length > 0) return { ok: false, problems };

  const projectName = options.projectName ?? packageName;
  // An explicit __default__ is replaced by the sum of the other pipelines, as pipeline_registry.py writes it.
  const pipelineNames: PipelineName[] = Object.keys(project.pipelines).filter((name) => name !== DEFAULT_PIPELINE);
  const pipelines = Object.fromEntries(pipelineNames.map((name) => [name, project.pipelines[name]]));
  const shared = withSharedDatasets(project.catalog, pipelineNames.map((name) => [name, pipelines[name]]), kinds);
  const exported: Project = { ...project, pipelines, catalog: withFilepaths(shared.catalog) };
  const { catalog } = exported;

  const rawInputs = [...freeInputs(selectPipeline(exported) ?? [])].filter((name) => name in catalog);
  const dataFiles: ExportedFile[] = [];
  const includedData = new Set<DatasetName>();
  for (const dataset of rawInputs) {
    const text = options.rawData?.[dataset];
    const filepath = catalog[dataset].filepath;
    if (text === undefined || filepath === undefined) continue;
    dataFiles.push({ path: filepath, content: text });
    includedData.add(dataset);
  }

  const parameters = parameterFiles(exported.parameters, pipelineNames.map((name) => [name, pipelines[name]]));
  return {
    ok: true,
    files: [
      { path: "README.md", content: readmeFile({ packageName, projectName, pipelines: pipelineNames, catalog, rawInputs, includedData, dataNotes: options.dataNotes ?? [] }) },
      { path: "pyproject.toml", content: pyprojectFile(packageName, projectName, catalog) },
      { path: "requirements.txt", content: requirementsFile(catalog) },
      { path: ".gitignore", content: gitignoreFile() },
      { path: "Dockerfile", content: dockerfile() },
      { path: ".dockerignore", content: dockerignoreFile() },
      { path: "conf/base/catalog.yml", content: catalogFile(catalog, shared.added) },
      ...[...parameters].map(([path, content]) => ({ path, content })),
      { path: "conf/local/.gitkeep", content: "" },
      { path: "conf/logging.yml", content: loggingFile(packageName) },
      ...Object.values(DATA_FOLDERS).map((folder) => ({ path: `${folder}/.gitkeep`, content: "" })),
      ...dataFiles,
      ...packageFiles(packageName, projectName, pipelineNames),
      ...pipelineNames.flatMap((name) => pipelineFiles(packageName, exported, name)),
      ...testFiles(packageName, exported, pipelineNames),
    ],
  };
}
