import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diabetesProject } from "../../examples/diabetes-project";
import { irisProject } from "../../examples/iris-project";
import { messageKeys, translateError } from "../../i18n";
import { createRegistry } from "../../ml/kinds";
import { freeInputs, selectPipeline } from "../../pipeline/graph";
import type { Project } from "../../pipeline/types";
import { exportedDataNotes, exportedRawData } from "./example-data";
import { exportKedroProject } from "./project";
import type { KedroExportResult } from "./project";
import { findPython, unzipToTemp, unzipToText } from "./testing/python";
import { zipProject } from "./zip";

const registry = createRegistry();

const WORKSHOP_DATA = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));

function exportZip(project: Project, packageName: string, exerciseId = ""): Uint8Array {
  const result = exportKedroProject(project, registry, { packageName, rawData: exportedRawData(exerciseId), dataNotes: exportedDataNotes(exerciseId) });
  if (!result.ok) throw new Error(`export failed: ${JSON.stringify(result.problems)}`);
  return zipProject(packageName, result.files);
}

function exportOrThrow(project: Project, packageName: string, exerciseId = ""): Map<string, string> {
  return unzipToText(exportZip(project, packageName, exerciseId));
}

function problemCodes(result: KedroExportResult): string[] {
  return result.ok ? [] : result.problems.map((problem) => problem.code);
}

/** Dataset names in the `inputs=` and `outputs=` arguments of a generated pipeline.py. */
function pipelineDatasets(source: string): { inputs: string[]; outputs: string[] } {
  const read = (keyword: string) =>
    [...source.matchAll(new RegExp(`${keyword}=(\\[[^\\]]*\\]|"[^"]*")`, "g"))].flatMap((match) => [...match[1].matchAll(/"([^"]*)"/g)].map((name) => name[1]));
  return { inputs: read("inputs"), outputs: read("outputs") };
}

const EXPORTS = [
  { name: "iris", project: irisProject() },
  { name: "diabetes", project: diabetesProject() },
] as const;

const REQUIRED_FILES = [
  "pyproject.toml",
  "requirements.txt",
  "README.md",
  ".gitignore",
  "Dockerfile",
  ".dockerignore",
  "conf/base/catalog.yml",
  "conf/local/.gitkeep",
  "conf/logging.yml",
  "data/01_raw/.gitkeep",
  "data/08_reporting/.gitkeep",
  "tests/test_project.py",
];

const temporaryFolders: string[] = [];
afterAll(() => temporaryFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe.each(EXPORTS)("$name export", ({ name, project }) => {
  const zip = exportZip(project, name, name);
  const files = unzipToText(zip);
  const path = (relative: string) => `${name}/${relative}`;
  const pipelines = Object.keys(project.pipelines);

  it("contains the Kedro project files", () => {
    for (const file of REQUIRED_FILES) expect(files.has(path(file)), file).toBe(true);
    for (const file of ["settings.py", "pipeline_registry.py", "__init__.py", "__main__.py"]) expect(files.has(path(`src/${name}/${file}`)), file).toBe(true);
  });

  it("has one package and parameters file per pipeline", () => {
    for (const pipeline of pipelines) {
      for (const file of ["__init__.py", "nodes.py", "pipeline.py"]) expect(files.has(path(`src/${name}/pipelines/${pipeline}/${file}`)), `${pipeline}/${file}`).toBe(true);
      expect(files.has(path(`conf/base/parameters_${pipeline}.yml`)), pipeline).toBe(true);
      expect(files.has(path(`tests/pipelines/${pipeline}/test_nodes.py`)), pipeline).toBe(true);
    }
  });

  it("parses every YAML file", () => {
    const yamlFiles = [...files.keys()].filter((file) => file.endsWith(".yml"));
    expect(yamlFiles.length).toBeGreaterThanOrEqual(pipelines.length + 2);
    for (const file of yamlFiles) expect(() => parse(files.get(file) as string), file).not.toThrow();
  });

  it("keeps every parameter once across the parameter files", () => {
    const merged: Record<string, unknown> = {};
    for (const [file, text] of files) {
      if (!/conf\/base\/parameters.*\.yml$/.test(file)) continue;
      const block = parse(text) as Record<string, unknown>;
      for (const key of Object.keys(block)) expect(merged, `${key} in ${file}`).not.toHaveProperty(key);
      Object.assign(merged, block);
    }
    expect(merged).toEqual(project.parameters);
  });

  it("names the same datasets in catalog and pipelines", () => {
    const catalog = parse(files.get(path("conf/base/catalog.yml")) as string) as Record<string, { type: string; filepath: string }>;
    const inputs = new Set<string>();
    const outputs = new Set<string>();
    for (const pipeline of pipelines) {
      const datasets = pipelineDatasets(files.get(path(`src/${name}/pipelines/${pipeline}/pipeline.py`)) as string);
      datasets.inputs.forEach((dataset) => inputs.add(dataset));
      datasets.outputs.forEach((dataset) => outputs.add(dataset));
    }

    const used = new Set([...inputs, ...outputs]);
    for (const dataset of Object.keys(catalog)) expect(used.has(dataset), `${dataset} in catalog.yml`).toBe(true);
    const external = [...inputs].filter((dataset) => !outputs.has(dataset) && !dataset.startsWith("params:"));
    for (const dataset of external) expect(catalog, `${dataset} read by a pipeline`).toHaveProperty(dataset);
    expect(external.sort()).toEqual(freeInputs(selectPipeline(project) ?? []).sort());
  });

  it("keeps the node names of the project", () => {
    for (const pipeline of pipelines) {
      const source = files.get(path(`src/${name}/pipelines/${pipeline}/pipeline.py`)) as string;
      const names = [...source.matchAll(/name="([^"]+)"/g)].map((match) => match[1]);
      expect(names).toEqual(project.pipelines[pipeline].map((node) => node.name));
    }
  });

  it("defines a function for every node kind", () => {
    for (const pipeline of pipelines) {
      const nodes = files.get(path(`src/${name}/pipelines/${pipeline}/nodes.py`)) as string;
      for (const node of project.pipelines[pipeline]) {
        const ports = registry.get(node.kind)?.inputs.map((port) => port.name) ?? [];
        const signature = new RegExp(`def ${node.kind}\\(\\s*${ports.map((port) => `${port}\\b[^,)]*`).join(",\\s*")}\\s*\\)`);
        expect(nodes, `${pipeline}/${node.kind}`).toMatch(signature);
      }
    }
  });

  it("runs kedro run as a non-root user in Docker", () => {
    const dockerfile = files.get(path("Dockerfile")) as string;
    expect(dockerfile).toMatch(/uv pip install -r requirements\.txt/);
    expect(dockerfile).toMatch(/^USER kedro$/m);
    expect(dockerfile.trimEnd().split("\n").at(-1)).toBe('CMD ["kedro", "run"]');
  });

  it("pins the Python requirements", () => {
    const requirements = (files.get(path("requirements.txt")) as string).split("\n").filter((line) => line && !line.startsWith("#"));
    const names = requirements.map((line) => line.split("==")[0]);
    expect(names).toEqual(expect.arrayContaining(["kedro", "kedro-datasets", "pandas", "scikit-learn", "pytest"]));
    for (const line of requirements) expect(line, line).toMatch(/^[a-z-]+==\d+\.\d+\.\d+$/);
  });

  it("compiles every Python file", ({ skip }) => {
    const python = findPython();
    if (!python) return skip("no python3 on this machine");
    const folder = unzipToTemp(zip, `export-${name}`);
    temporaryFolders.push(folder);
    const pythonFiles = [...files.keys()].filter((file) => file.endsWith(".py")).map((file) => join(folder, file));
    expect(pythonFiles.length).toBeGreaterThan(10);
    const result = spawnSync(python, ["-c", "import py_compile, sys\nfor f in sys.argv[1:]: py_compile.compile(f, cfile=f + 'c', doraise=True)", ...pythonFiles], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("matches the snapshot of every file", async () => {
    for (const [file, text] of files) {
      if (file.startsWith(`${name}/data/`) && file.endsWith(".csv")) continue;
      await expect(text).toMatchFileSnapshot(`__snapshots__/${file}.snap`);
    }
  });
});

describe("exportKedroProject", () => {
  it("ships the workshop's Iris files", () => {
    const files = exportOrThrow(irisProject(), "iris", "iris");
    expect(files.get("iris/data/01_raw/iris_train.csv")).toBe(readFileSync(join(WORKSHOP_DATA, "iris_train.csv"), "utf8"));
    expect(files.get("iris/data/01_raw/iris_predict.csv")).toBe(readFileSync(join(WORKSHOP_DATA, "iris_predict.csv"), "utf8"));
  });

  it("writes the same zip twice", () => {
    const first = exportKedroProject(irisProject(), registry, { packageName: "iris" });
    const second = exportKedroProject(irisProject(), registry, { packageName: "iris" });
    if (!first.ok || !second.ok) throw new Error("export failed");
    expect(Buffer.from(zipProject("iris", first.files)).equals(Buffer.from(zipProject("iris", second.files)))).toBe(true);
  });

  it.each([
    ["Iris", "EXPORT_PACKAGE_NAME_INVALID"],
    ["iris-kedro", "EXPORT_PACKAGE_NAME_INVALID"],
    ["2iris", "EXPORT_PACKAGE_NAME_INVALID"],
    ["", "EXPORT_PACKAGE_NAME_INVALID"],
    ["íris", "EXPORT_PACKAGE_NAME_INVALID"],
    ["class", "EXPORT_PACKAGE_NAME_KEYWORD"],
    ["pandas", "EXPORT_PACKAGE_NAME_RESERVED"],
    ["tests", "EXPORT_PACKAGE_NAME_RESERVED"],
  ])("rejects the package name %j", (packageName, code) => {
    const result = exportKedroProject(irisProject(), registry, { packageName });
    expect(problemCodes(result)).toEqual([code]);
  });

  it.each([
    ["iris data", "EXPORT_DATASET_NAME_INVALID"],
    ["iris-data", "EXPORT_DATASET_NAME_INVALID"],
    ["iris@csv", "EXPORT_DATASET_NAME_INVALID"],
    ["_iris", "EXPORT_DATASET_NAME_PRIVATE"],
  ])("rejects the dataset name %j", (dataset, code) => {
    const project = irisProject();
    const { iris_train_raw: entry, ...catalog } = project.catalog;
    project.catalog = { ...catalog, [dataset]: entry };
    project.pipelines.data_engineering[0].inputs[0] = dataset;

    const result = exportKedroProject(project, registry, { packageName: "iris" });
    expect(problemCodes(result)).toEqual([code]);
    expect(result.ok ? undefined : result.problems[0].params.dataset).toBe(dataset);
  });

  it("rejects a node name Kedro rejects", () => {
    const project = irisProject();
    project.pipelines.model_train[1].name = "train model";
    const result = exportKedroProject(project, registry, { packageName: "iris" });
    expect(problemCodes(result)).toEqual(["EXPORT_NODE_NAME_INVALID"]);
  });

  it("rejects a pipeline name that is no Python identifier", () => {
    const project = irisProject();
    project.pipelines = { "model-train": project.pipelines.model_train, data_engineering: project.pipelines.data_engineering };
    const result = exportKedroProject(project, registry, { packageName: "iris" });
    expect(problemCodes(result)).toEqual(["EXPORT_PIPELINE_NAME_INVALID"]);
  });

  it("rejects a project the validator rejects", () => {
    const project = irisProject();
    project.pipelines.model_train[1].inputs[0] = "";
    const result = exportKedroProject(project, registry, { packageName: "iris" });
    expect(problemCodes(result)).toContain("UNCONNECTED_INPUT");
  });

  it("rejects a project without nodes", () => {
    const result = exportKedroProject({ pipelines: { data_engineering: [] }, catalog: {}, parameters: {} }, registry, { packageName: "iris" });
    expect(problemCodes(result)).toEqual(["EXPORT_NO_NODES"]);
  });

  it("rejects a kind without a Python twin", () => {
    const kinds = createRegistry().register({ id: "custom_step", group: "data", doc: "A test kind.", inputs: [{ name: "df", type: "table" }], outputs: [{ name: "out", type: "table" }], run: (inputs) => inputs });
    const project = irisProject();
    project.pipelines.model_predict.push({ name: "custom", kind: "custom_step", inputs: ["predicted"], outputs: ["custom_out"] });
    const result = exportKedroProject(project, kinds, { packageName: "iris" });
    expect(problemCodes(result)).toEqual(["EXPORT_KIND_UNSUPPORTED"]);
  });

  it("fills a missing filepath from the layer and class", () => {
    const project = irisProject();
    project.catalog.iris_split = { type: "pandas.ParquetDataset", layer: "intermediate" };
    const files = exportOrThrow(project, "iris");
    const catalog = parse(files.get("iris/conf/base/catalog.yml") as string) as Record<string, { filepath?: string }>;
    expect(catalog.iris_split.filepath).toBe("data/02_intermediate/iris_split.parquet");
  });

  it("saves datasets that another pipeline reads", () => {
    const files = exportOrThrow(diabetesProject(), "diabetes");
    const catalog = parse(files.get("diabetes/conf/base/catalog.yml") as string) as Record<string, { type: string; filepath: string }>;
    expect(catalog.mt_train).toMatchObject({ type: "pandas.ParquetDataset", filepath: "data/02_intermediate/mt_train.parquet" });
    expect(catalog.train_raw.type).toBe("pandas.ParquetDataset");
    expect(catalog.mt_test.type).toBe("pandas.ParquetDataset");
    // diabetes_encoded is read only inside data_engineering, so it stays a MemoryDataset.
    expect(catalog).not.toHaveProperty("diabetes_encoded");
  });

  it("saves a shared model with pickle", () => {
    const project = irisProject();
    delete project.catalog.trained_model;
    const files = exportOrThrow(project, "iris");
    const catalog = parse(files.get("iris/conf/base/catalog.yml") as string) as Record<string, { type: string; filepath: string }>;
    expect(catalog.trained_model).toMatchObject({ type: "pickle.PickleDataset", filepath: "data/06_models/trained_model.pkl" });
  });

  it("puts unread parameters in parameters.yml", () => {
    const project = irisProject();
    project.parameters.unused_block = { alpha: 1 };
    const files = exportOrThrow(project, "iris");
    expect(parse(files.get("iris/conf/base/parameters.yml") as string)).toEqual({ unused_block: { alpha: 1 } });
  });

  it("phrases every export problem in both languages", () => {
    const codes = [
      "EXPORT_PACKAGE_NAME_INVALID",
      "EXPORT_PACKAGE_NAME_KEYWORD",
      "EXPORT_PACKAGE_NAME_RESERVED",
      "EXPORT_PIPELINE_NAME_INVALID",
      "EXPORT_NODE_NAME_INVALID",
      "EXPORT_DATASET_NAME_INVALID",
      "EXPORT_DATASET_NAME_PRIVATE",
      "EXPORT_KIND_UNSUPPORTED",
      "EXPORT_NO_NODES",
    ];
    for (const locale of ["pt-BR", "en"] as const) {
      for (const code of codes) expect(messageKeys(locale), `${locale} ${code}`).toContain(`error.${code}`);
    }
    expect(translateError("pt-BR", "EXPORT_DATASET_NAME_INVALID", { dataset: "iris data" })).toContain("“iris data”");
  });
});
