/**
 * `catalog.yml` and `parameters.yml` as text: Kedro-style YAML out, and a
 * parser that checks the text and reports each problem at its line and column
 * so the code editor can mark it.
 *
 * Layers are written the way Kedro 0.19 declares them
 * (`metadata: {kedro-viz: {layer: …}}`); a plain `layer:` key, as older
 * Kedro versions wrote it, is read too.
 */
import { isMap, isScalar, LineCounter, parseDocument, stringify } from "yaml";
import type { Document, Node, Pair, YAMLMap } from "yaml";
import type { Catalog, CatalogEntry, Layer, Parameters } from "../pipeline/types";
import { LAYERS } from "../pipeline/types";

/** A problem in the YAML text; `code` is phrased through lib/i18n as `error.<code>`. */
export interface YamlError {
  /** 1-based line of the offending key or value. */
  line: number;
  /** 1-based column. */
  column: number;
  code: YamlErrorCode;
  params: Record<string, string | number>;
}

export type YamlErrorCode =
  | "YAML_SYNTAX"
  | "CATALOG_NOT_MAPPING"
  | "CATALOG_ENTRY_INVALID"
  | "CATALOG_UNKNOWN_KEY"
  | "CATALOG_VALUE_INVALID"
  | "CATALOG_UNKNOWN_LAYER"
  | "PARAMETERS_NOT_MAPPING";

type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: YamlError[] };
export type CatalogParseResult = { ok: true; catalog: Catalog } | { ok: false; errors: YamlError[] };
export type ParametersParseResult = { ok: true; parameters: Parameters } | { ok: false; errors: YamlError[] };

/**
 * Keys Kedro accepts in a catalog entry. Only `type`, `filepath` and the layer
 * are kept in the project; the others are accepted so a real Kedro catalog
 * parses, and are dropped.
 */
export const CATALOG_ENTRY_KEYS = ["type", "filepath", "layer", "metadata", "load_args", "save_args", "credentials", "versioned"] as const;

/** YAML's merge key, used with anchors to share settings between entries. */
const MERGE_KEY = "<<";

// ---------------------------------------------------------------------------
// Writing

/** Writes the Data Catalog as Kedro's `catalog.yml`, with a blank line between entries. */
export function catalogToYaml(catalog: Catalog): string {
  const blocks = Object.entries(catalog).map(([name, entry]) => stringify({ [name]: catalogEntryToPlain(entry) }, { lineWidth: 0 }));
  return blocks.join("\n");
}

function catalogEntryToPlain(entry: CatalogEntry): Record<string, unknown> {
  const plain: Record<string, unknown> = { type: entry.type };
  if (entry.filepath !== undefined) plain.filepath = entry.filepath;
  if (entry.layer !== undefined) plain.metadata = { "kedro-viz": { layer: entry.layer } };
  return plain;
}

/** Writes the parameters as Kedro's `parameters.yml` (block style, keys in insertion order). */
export function parametersToYaml(parameters: Parameters): string {
  if (Object.keys(parameters).length === 0) return "{}\n";
  return stringify(parameters, { lineWidth: 0 });
}

// ---------------------------------------------------------------------------
// Reading

/** Parses `catalog.yml`. An empty text is an empty catalog. Keys starting with `_` are skipped, as Kedro skips them. */
export function parseCatalogYaml(text: string): CatalogParseResult {
  const parsed = parseYaml(text);
  if (!parsed.ok) return parsed;
  const { document, position } = parsed.value;

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { ok: true, catalog: {} };
  if (!isMap(contents)) {
    return { ok: false, errors: [{ ...position(contents), code: "CATALOG_NOT_MAPPING", params: {} }] };
  }

  const catalog: Catalog = {};
  const errors: YamlError[] = [];
  for (const pair of contents.items) {
    const name = keyText(pair);
    if (name.startsWith("_")) continue;
    const entry = readCatalogEntry(document, pair, name, position, errors);
    if (entry) catalog[name] = entry;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, catalog };
}

/** Parses `parameters.yml`. An empty text is an empty set of parameters. */
export function parseParametersYaml(text: string): ParametersParseResult {
  const parsed = parseYaml(text);
  if (!parsed.ok) return parsed;
  const { document, position } = parsed.value;

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { ok: true, parameters: {} };
  if (!isMap(contents)) {
    return { ok: false, errors: [{ ...position(contents), code: "PARAMETERS_NOT_MAPPING", params: {} }] };
  }
  return { ok: true, parameters: document.toJS() as Parameters };
}

type PositionOf = (node: Node | Pair | null | undefined) => { line: number; column: number };

interface ParsedYaml {
  document: Document.Parsed;
  position: PositionOf;
}

function parseYaml(text: string): ParseResult<ParsedYaml> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: false });

  if (document.errors.length > 0) {
    const errors = document.errors.map((error): YamlError => {
      const start = lineCounter.linePos(error.pos[0]);
      return { line: start.line, column: start.col, code: "YAML_SYNTAX", params: { message: firstLine(error.message) } };
    });
    return { ok: false, errors };
  }

  const position: PositionOf = (node) => {
    const target = node && "key" in node ? (node.key as Node | null) : node;
    const offset = target?.range?.[0] ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { ok: true, value: { document, position } };
}

function readCatalogEntry(document: Document.Parsed, pair: Pair, name: string, position: PositionOf, errors: YamlError[]): CatalogEntry | undefined {
  const value = pair.value as Node | null;
  if (!isMap(value)) {
    errors.push({ ...position(pair), code: "CATALOG_ENTRY_INVALID", params: { dataset: name } });
    return undefined;
  }

  const errorCountBefore = errors.length;
  for (const item of value.items) {
    const key = keyText(item);
    if (key === MERGE_KEY || (CATALOG_ENTRY_KEYS as readonly string[]).includes(key)) continue;
    errors.push({ ...position(item), code: "CATALOG_UNKNOWN_KEY", params: { dataset: name, key, known: CATALOG_ENTRY_KEYS.join(", ") } });
  }

  // toJS resolves `<<: *anchor` merges, so a `type` shared through an anchor counts.
  const plain = value.toJS(document) as Record<string, unknown>;
  if (typeof plain.type !== "string" || plain.type.trim() === "") {
    const typeNode = value.get("type", true) as Node | undefined;
    errors.push({ ...position(typeNode ?? pair), code: "CATALOG_ENTRY_INVALID", params: { dataset: name } });
  }
  if (plain.filepath !== undefined && typeof plain.filepath !== "string") {
    errors.push({ ...position(value.get("filepath", true) as Node), code: "CATALOG_VALUE_INVALID", params: { dataset: name, key: "filepath", expected: "string" } });
  }
  const layer = readLayer(value, plain, name, position, errors);

  if (errors.length > errorCountBefore) return undefined;
  const entry: CatalogEntry = { type: plain.type as string };
  if (layer !== undefined) entry.layer = layer;
  if (typeof plain.filepath === "string") entry.filepath = plain.filepath;
  return entry;
}

/** Reads `metadata.kedro-viz.layer`, or the older top-level `layer:`. The metadata form wins when both are set. */
function readLayer(entry: YAMLMap, plain: Record<string, unknown>, dataset: string, position: PositionOf, errors: YamlError[]): Layer | undefined {
  const metadataLayer = entry.getIn(["metadata", "kedro-viz", "layer"], true) as Node | undefined;
  const plainLayer = entry.get("layer", true) as Node | undefined;
  const node = metadataLayer ?? plainLayer;
  if (node === undefined) {
    const metadata = plain.metadata;
    if (metadata !== undefined && metadata !== null && (typeof metadata !== "object" || Array.isArray(metadata))) {
      errors.push({ ...position(entry.get("metadata", true) as Node), code: "CATALOG_VALUE_INVALID", params: { dataset, key: "metadata", expected: "mapping" } });
    }
    return undefined;
  }

  const layer = isScalar(node) ? node.value : undefined;
  if (typeof layer === "string" && (LAYERS as readonly string[]).includes(layer)) return layer as Layer;
  errors.push({ ...position(node), code: "CATALOG_UNKNOWN_LAYER", params: { dataset, layer: String(layer ?? node.toString()), known: LAYERS.join(", ") } });
  return undefined;
}

function keyText(pair: Pair): string {
  const key = pair.key as Node | null;
  // With `merge: true`, the parser stores the `<<` key's value as a symbol.
  if (isScalar(key)) return typeof key.value === "symbol" ? MERGE_KEY : String(key.value);
  return key === null ? "" : String(key);
}

function firstLine(message: string): string {
  return message.split("\n")[0];
}
