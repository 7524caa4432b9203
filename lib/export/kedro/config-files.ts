/**
 * The configuration and packaging files of an exported Kedro project:
 * `conf/`, `pyproject.toml`, `requirements.txt`, the Dockerfile and the
 * ignore files.
 */
import { stringify } from "yaml";
import { catalogToYaml } from "../../editor/yaml";
import type { PortType } from "../../pipeline/registry";
import type { Catalog, CatalogEntry, DatasetName, Layer, NodeSpec, Parameters, PipelineName } from "../../pipeline/types";
import { PARAMS_PREFIX } from "../../pipeline/types";
import type { KindLookup } from "../../pipeline/validate";

/**
 * Pinned versions of the Python packages the project installs: the latest
 * releases listed in PyPI's index when this table was written (2026-11).
 */
// NOTE: the pins were never installed together here (PyPI is out of reach of this build machine), so a resolver conflict between them is untested.
export const PYTHON_REQUIREMENTS = {
  kedro: "1.7.0",
  "kedro-datasets": "9.6.0",
  pandas: "3.1.1",
  "scikit-learn": "1.9.1",
  pyarrow: "26.0.1",
  pytest: "9.2.0",
} as const;

/** uv, which the Dockerfile installs with pip to install the project. */
export const UV_VERSION = "0.13.8";

/** Python of the Docker image; pandas 3 needs 3.11 or newer. */
export const PYTHON_VERSION = "3.12";

/** Kedro's data folders, one per Kedro-Viz layer. */
export const DATA_FOLDERS: Record<Layer, string> = {
  raw: "data/01_raw",
  intermediate: "data/02_intermediate",
  primary: "data/03_primary",
  feature: "data/04_feature",
  model_input: "data/05_model_input",
  models: "data/06_models",
  model_output: "data/07_model_output",
  reporting: "data/08_reporting",
};

/** File extension per Kedro dataset class, for entries that come without a filepath. */
const EXTENSIONS: Record<string, string> = {
  "pandas.CSVDataset": "csv",
  "pandas.ParquetDataset": "parquet",
  "pandas.ExcelDataset": "xlsx",
  "pandas.JSONDataset": "json",
  "pickle.PickleDataset": "pkl",
  "json.JSONDataset": "json",
  "yaml.YAMLDataset": "yml",
  "text.TextDataset": "txt",
};

/** Dataset classes that keep data in memory and take no filepath. */
const MEMORY_TYPES = new Set(["MemoryDataset", "kedro.io.MemoryDataset"]);

/**
 * Fills in a filepath for a file-based entry that has none: the layer's data
 * folder (or `data/02_intermediate`), the dataset name and the class's
 * extension. Entries with a filepath, and memory datasets, stay as they are.
 */
export function withFilepaths(catalog: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([name, entry]): [DatasetName, CatalogEntry] => {
      if (entry.filepath !== undefined || MEMORY_TYPES.has(entry.type)) return [name, entry];
      const folder = DATA_FOLDERS[entry.layer ?? "intermediate"];
      const extension = EXTENSIONS[entry.type];
      return [name, { ...entry, filepath: `${folder}/${name}${extension ? `.${extension}` : ""}` }];
    }),
  );
}

/** Dataset class and layer, by port type, of the entries that `withSharedDatasets` adds. */
const SHARED_DATASET_ENTRIES: Record<PortType, CatalogEntry> = {
  table: { type: "pandas.ParquetDataset", layer: "intermediate" },
  transformer: { type: "pickle.PickleDataset", layer: "models" },
  model: { type: "pickle.PickleDataset", layer: "models" },
  metrics: { type: "json.JSONDataset", layer: "reporting" },
  parameters: { type: "json.JSONDataset", layer: "models" },
};

/**
 * Adds a catalog entry for each dataset that one pipeline writes and another
 * reads but the catalog does not list. Kedro would keep it in memory, so
 * `kedro run --pipeline <reader>` could not load it. Saved to a file, it
 * loads once the writer has run. The class follows the writer's output port
 * type. Returns the catalog and the added names.
 */
export function withSharedDatasets(
  catalog: Catalog,
  pipelines: ReadonlyArray<[PipelineName, NodeSpec[]]>,
  kinds: KindLookup,
): { catalog: Catalog; added: DatasetName[] } {
  const writers = new Map<DatasetName, { pipeline: PipelineName; type: PortType | undefined }>();
  for (const [pipeline, nodes] of pipelines) {
    for (const node of nodes) {
      const ports = kinds.get(node.kind)?.outputs ?? [];
      node.outputs.forEach((output, index) => writers.set(output, { pipeline, type: ports[index]?.type }));
    }
  }

  const extended: Catalog = { ...catalog };
  const added: DatasetName[] = [];
  for (const [pipeline, nodes] of pipelines) {
    for (const input of nodes.flatMap((node) => node.inputs)) {
      const writer = writers.get(input);
      if (!writer || writer.pipeline === pipeline || input in extended) continue;
      // An output of a kind the registry does not know can be anything, and pickle saves any Python value.
      extended[input] = { ...SHARED_DATASET_ENTRIES[writer.type ?? "model"] };
      added.push(input);
    }
  }
  return { catalog: extended, added };
}

/** Writes catalog.yml. The header explains the entries in `added`, which `withSharedDatasets` added. */
export function catalogFile(catalog: Catalog, added: readonly DatasetName[] = []): string {
  const header = [
    "# Data Catalog: the datasets Kedro loads and saves, exported from Deploy Lab.",
    "# A dataset that a node reads or writes but that is not listed here is a",
    "# MemoryDataset, kept in memory for one run only.",
    ...(added.length > 0
      ? [
          `# The export added ${listNames(added)} because another pipeline reads them`,
          "# and kedro run --pipeline <name> loads only datasets saved to files.",
        ]
      : []),
    "",
  ].join("\n");
  return `${header}${catalogToYaml(catalog)}`;
}

/** Returns the top-level parameter keys that a node input reads (`params:split_params.seed` reads `split_params`). */
function parameterKeysRead(nodes: readonly NodeSpec[]): Set<string> {
  const keys = new Set<string>();
  for (const node of nodes) {
    for (const input of node.inputs) {
      if (input.startsWith(PARAMS_PREFIX)) keys.add(input.slice(PARAMS_PREFIX.length).split(".")[0]);
    }
  }
  return keys;
}

/**
 * Splits the parameters into `conf/base/parameters_<pipeline>.yml` files.
 * Kedro merges every `parameters*` file and rejects a key defined twice, so
 * each top-level key goes to the first pipeline that reads it; the file's
 * header names the other pipelines that read it too. Keys no node reads go
 * to `parameters.yml`.
 */
export function parameterFiles(parameters: Parameters, pipelines: ReadonlyArray<[PipelineName, NodeSpec[]]>): Map<string, string> {
  const readers = pipelines.map(([name, nodes]) => ({ name, keys: parameterKeysRead(nodes) }));
  const owned = new Map<string, Parameters>();
  const unused: Parameters = {};
  for (const [key, value] of Object.entries(parameters)) {
    const owner = readers.find((reader) => reader.keys.has(key));
    if (!owner) {
      unused[key] = value;
      continue;
    }
    owned.set(owner.name, { ...(owned.get(owner.name) ?? {}), [key]: value });
  }

  const files = new Map<string, string>();
  for (const { name } of readers) {
    const block = owned.get(name) ?? {};
    const shared = Object.keys(block)
      .map((key) => ({ key, others: readers.filter((reader) => reader.name !== name && reader.keys.has(key)).map((reader) => reader.name) }))
      .filter((entry) => entry.others.length > 0)
      .map((entry) => `# ${entry.key} is also read by ${listNames(entry.others)}.`);
    const header = [`# Parameters of the ${name} pipeline, read by its nodes as params:<key>.`, ...shared, ""].join("\n");
    files.set(`conf/base/parameters_${name}.yml`, `${header}${yamlBody(block)}`);
  }
  if (Object.keys(unused).length > 0) {
    const header = "# Parameters that no node reads yet.\n";
    files.set("conf/base/parameters.yml", `${header}${yamlBody(unused)}`);
  }
  return files;
}

/** Joins names as "a", "a and b" or "a, b and c". */
function listNames(names: readonly string[]): string {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function yamlBody(values: Parameters): string {
  return Object.keys(values).length === 0 ? "{}\n" : stringify(values, { lineWidth: 0 });
}

export function loggingFile(packageName: string): string {
  return `# Logging for kedro run: INFO to the console and to info.log.
# Kedro reads this file when KEDRO_LOGGING_CONFIG points to it, as the
# Dockerfile sets: export KEDRO_LOGGING_CONFIG=conf/logging.yml
version: 1
disable_existing_loggers: false

formatters:
  simple:
    format: "%(asctime)s - %(name)s - %(levelname)s - %(message)s"

handlers:
  console:
    class: logging.StreamHandler
    level: INFO
    formatter: simple
    stream: ext://sys.stdout
  info_file:
    class: logging.handlers.RotatingFileHandler
    level: INFO
    formatter: simple
    filename: info.log
    maxBytes: 10485760 # 10 MiB
    backupCount: 5
    encoding: utf8
    delay: true

loggers:
  kedro:
    level: INFO
  ${packageName}:
    level: INFO

root:
  handlers: [console, info_file]
`;
}

/** Writes `requirements.txt`; pyarrow only when a Parquet dataset needs it. */
export function requirementsFile(catalog: Catalog): string {
  const lines = [
    "# Kedro, its dataset classes, and the libraries the nodes use.",
    "# numpy and scipy come with pandas and scikit-learn.",
    ...runtimeRequirements(catalog),
    "",
    "# Tests",
    `pytest==${PYTHON_REQUIREMENTS.pytest}`,
  ];
  return `${lines.join("\n")}\n`;
}

function runtimeRequirements(catalog: Catalog): string[] {
  const usesParquet = Object.values(catalog).some((entry) => entry.type === "pandas.ParquetDataset");
  const names: (keyof typeof PYTHON_REQUIREMENTS)[] = ["kedro", "kedro-datasets", "pandas", ...(usesParquet ? (["pyarrow"] as const) : []), "scikit-learn"];
  return names.map((name) => `${name}==${PYTHON_REQUIREMENTS[name]}`);
}

export function pyprojectFile(packageName: string, projectName: string, catalog: Catalog): string {
  const dependencies = runtimeRequirements(catalog).map((requirement) => `    "${requirement}",`);
  return `[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[project]
name = "${packageName}"
description = ${JSON.stringify(`${projectName}: a Kedro project exported from Deploy Lab`)}
readme = "README.md"
requires-python = ">=3.11"
dynamic = ["version"]
dependencies = [
${dependencies.join("\n")}
]

[project.optional-dependencies]
test = ["pytest==${PYTHON_REQUIREMENTS.pytest}"]

[project.scripts]
${packageName} = "${packageName}.__main__:main"

[tool.setuptools.dynamic]
version = { attr = "${packageName}.__version__" }

[tool.setuptools.packages.find]
where = ["src"]
namespaces = false

[tool.kedro]
package_name = "${packageName}"
project_name = ${JSON.stringify(projectName)}
kedro_init_version = "${PYTHON_REQUIREMENTS.kedro}"
source_dir = "src"

[tool.pytest.ini_options]
pythonpath = ["src"]
testpaths = ["tests"]
`;
}

export function dockerfile(): string {
  return `# Runs the pipelines with kedro run, as an unprivileged user.
# Build: docker build -t my-project .
# Run:   docker run --rm -v "$PWD/data:/home/kedro/project/data" my-project
FROM python:${PYTHON_VERSION}-slim

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    UV_SYSTEM_PYTHON=1 \\
    UV_NO_CACHE=1 \\
    KEDRO_LOGGING_CONFIG=conf/logging.yml

RUN pip install --no-cache-dir uv==${UV_VERSION}

# A user without root rights runs the project.
RUN groupadd --gid 1000 kedro \\
    && useradd --uid 1000 --gid kedro --create-home kedro

WORKDIR /home/kedro/project

# Dependencies first: editing the code does not reinstall them.
COPY requirements.txt .
RUN uv pip install -r requirements.txt

COPY --chown=kedro:kedro . .
RUN uv pip install --no-deps .

USER kedro

CMD ["kedro", "run"]
`;
}

export function dockerignoreFile(): string {
  return `# Kept out of the Docker image.
.git
.venv
**/__pycache__
*.pyc
.pytest_cache
info.log
Dockerfile
.dockerignore

# Local configuration may hold credentials.
conf/local/**
!conf/local/.gitkeep

# Data is mounted at run time; only the folders and the raw files go in.
data/**
!data/*/.gitkeep
!data/01_raw/**
`;
}

export function gitignoreFile(): string {
  return `# Python
__pycache__/
*.py[cod]
.venv/
.pytest_cache/
build/
dist/
*.egg-info/

# Kedro
info.log
.viz/

# Data stays out of git; the folders stay, through their .gitkeep files.
data/**
!data/*/
!data/*/.gitkeep

# Local configuration (credentials, personal settings).
conf/local/**
!conf/local/.gitkeep
`;
}
