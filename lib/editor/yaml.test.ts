import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { en } from "../i18n/en";
import { ptBR } from "../i18n/pt-BR";
import type { YamlError, YamlErrorCode } from "./yaml";
import { catalogToYaml, parametersToYaml, parseCatalogYaml, parseParametersYaml } from "./yaml";

const FIXTURES = fileURLToPath(new URL("./fixtures/yaml/", import.meta.url));

function parseFixture(file: string): { ok: true } | { ok: false; errors: YamlError[] } {
  const text = readFileSync(FIXTURES + file, "utf8");
  return file.startsWith("catalog") ? parseCatalogYaml(text) : parseParametersYaml(text);
}

describe("catalogToYaml", () => {
  it("writes the layer under metadata.kedro-viz", () => {
    const text = catalogToYaml({ iris_train_raw: irisProject().catalog.iris_train_raw });
    expect(text).toBe(
      [
        "iris_train_raw:",
        "  type: pandas.CSVDataset",
        "  filepath: data/01_raw/iris_train.csv",
        "  metadata:",
        "    kedro-viz:",
        "      layer: raw",
        "",
      ].join("\n"),
    );
  });

  it("separates entries by a blank line", () => {
    const text = catalogToYaml({ a: { type: "MemoryDataset" }, b: { type: "MemoryDataset" } });
    expect(text).toBe("a:\n  type: MemoryDataset\n\nb:\n  type: MemoryDataset\n");
  });

  it("round-trips the Iris catalog", () => {
    const catalog = irisProject().catalog;
    const result = parseCatalogYaml(catalogToYaml(catalog));
    expect(result).toEqual({ ok: true, catalog });
  });
});

describe("parametersToYaml", () => {
  it("round-trips the Iris parameters", () => {
    const parameters = irisProject().parameters;
    const result = parseParametersYaml(parametersToYaml(parameters));
    expect(result).toEqual({ ok: true, parameters });
  });

  it("writes nested keys in block style", () => {
    expect(parametersToYaml({ split_params: { train_ratio: 0.8, seed: 42 } })).toBe("split_params:\n  train_ratio: 0.8\n  seed: 42\n");
  });

  it("writes empty parameters as an empty mapping", () => {
    expect(parametersToYaml({})).toBe("{}\n");
    expect(parseParametersYaml("{}\n")).toEqual({ ok: true, parameters: {} });
  });
});

describe("parseCatalogYaml", () => {
  it("reads both layer styles", () => {
    const result = parseCatalogYaml(
      ["a:", "  type: pandas.CSVDataset", "  layer: raw", "b:", "  type: pandas.CSVDataset", "  metadata:", "    kedro-viz:", "      layer: primary"].join("\n"),
    );
    expect(result).toEqual({
      ok: true,
      catalog: { a: { type: "pandas.CSVDataset", layer: "raw" }, b: { type: "pandas.CSVDataset", layer: "primary" } },
    });
  });

  it("resolves merge keys and skips anchor entries", () => {
    const result = parseFixture("catalog-good-anchor.yml");
    expect(result).toEqual({
      ok: true,
      catalog: { predicted: { type: "pandas.CSVDataset", filepath: "data/07_model_output/predicted.csv", layer: "model_output" } },
    });
  });

  it("names the unknown key, dataset and known keys", () => {
    const result = parseFixture("catalog-bad-unknown-key.yml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].params).toEqual({
      dataset: "iris_train_raw",
      key: "file_path",
      known: "type, filepath, layer, metadata, load_args, save_args, credentials, versioned",
    });
  });

  it("reports every bad entry, not only the first", () => {
    const result = parseCatalogYaml("a:\n  type: x\n  foo: 1\nb: 3\nc:\n  layer: bronze\n");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.code, error.line])).toEqual([
      ["CATALOG_UNKNOWN_KEY", 3],
      ["CATALOG_ENTRY_INVALID", 4],
      ["CATALOG_ENTRY_INVALID", 5],
      ["CATALOG_UNKNOWN_LAYER", 6],
    ]);
  });

  it("passes the parser's message for syntax errors", () => {
    const result = parseFixture("catalog-bad-duplicate.yml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].params.message).toBe("Map keys must be unique");
  });
});

/** Each bad fixture with the code and 1-based line of its first error. */
const BAD_FIXTURES: [file: string, code: YamlErrorCode, line: number, column: number][] = [
  ["catalog-bad-syntax.yml", "YAML_SYNTAX", 3, 1],
  ["catalog-bad-duplicate.yml", "YAML_SYNTAX", 4, 1],
  ["catalog-bad-not-mapping.yml", "CATALOG_NOT_MAPPING", 1, 1],
  ["catalog-bad-entry-scalar.yml", "CATALOG_ENTRY_INVALID", 4, 1],
  ["catalog-bad-missing-type.yml", "CATALOG_ENTRY_INVALID", 4, 1],
  ["catalog-bad-unknown-key.yml", "CATALOG_UNKNOWN_KEY", 3, 3],
  ["catalog-bad-unknown-layer.yml", "CATALOG_UNKNOWN_LAYER", 5, 14],
  ["catalog-bad-plain-layer.yml", "CATALOG_UNKNOWN_LAYER", 4, 10],
  ["catalog-bad-filepath-type.yml", "CATALOG_VALUE_INVALID", 3, 13],
  ["parameters-bad-list.yml", "PARAMETERS_NOT_MAPPING", 2, 1],
  ["parameters-bad-scalar.yml", "PARAMETERS_NOT_MAPPING", 2, 1],
  ["parameters-bad-syntax.yml", "YAML_SYNTAX", 3, 11],
];

describe("yaml fixtures", () => {
  const files = readdirSync(FIXTURES).sort();

  it("lists every bad fixture in the table", () => {
    const badFiles = files.filter((file) => file.includes("-bad-")).sort();
    expect(BAD_FIXTURES.map(([file]) => file).sort()).toEqual(badFiles);
  });

  it.each(files.filter((file) => file.includes("-good")))("%s parses", (file) => {
    expect(parseFixture(file)).toMatchObject({ ok: true });
  });

  it.each(BAD_FIXTURES)("%s reports %s at line %i", (file, code, line, column) => {
    const result = parseFixture(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].code).toBe(code);
    expect(result.errors[0].line).toBe(line);
    expect(result.errors[0].column).toBe(column);
  });
});

describe("yaml error messages", () => {
  const codes: YamlErrorCode[] = [
    "YAML_SYNTAX",
    "CATALOG_NOT_MAPPING",
    "CATALOG_ENTRY_INVALID",
    "CATALOG_UNKNOWN_KEY",
    "CATALOG_VALUE_INVALID",
    "CATALOG_UNKNOWN_LAYER",
    "PARAMETERS_NOT_MAPPING",
  ];

  it.each(codes)("%s has a message in both locales", (code) => {
    expect(ptBR).toHaveProperty(`error.${code}`);
    expect(en).toHaveProperty(`error.${code}`);
  });
});
