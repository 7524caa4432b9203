/**
 * The data dictionary as the editor uses it: the column types decide the
 * column groups of the parameters that `column_transformer_fit` nodes read,
 * so a dictionary edit becomes a `set_parameters` command (undo, autosave,
 * parameters.yml and the next run follow). The parameters stay the source of
 * truth for types; only descriptions and an unfinished draft are stored
 * beside the document.
 */
import { z } from "zod";
import { DICTIONARY_COLUMN_TYPES } from "../data/diabetes-dictionary";
import type { DictionaryColumnType, DictionaryEntry } from "../data/diabetes-dictionary";
import type { ParameterValue, Parameters, Project } from "../pipeline/types";
import { PARAMS_PREFIX } from "../pipeline/types";
import type { KeyValueStore } from "./storage";

/** The node kind whose parameters hold the column groups. */
export const COLUMN_TRANSFORMER_FIT_KIND = "column_transformer_fit";
/** Parameter key used when no column_transformer_fit node names one. */
export const DEFAULT_TRANSFORMER_KEY = "column_transformer";
/** Group order in `columns`, as column_transformer_fit writes its output columns. */
const GROUP_ORDER: readonly DictionaryColumnType[] = ["Float", "Ordinal", "Boolean", "Categorical"];

type Mapping = Record<string, ParameterValue>;

function isMapping(value: ParameterValue | undefined): value is Mapping {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isColumnType(value: unknown): value is DictionaryColumnType {
  return typeof value === "string" && (DICTIONARY_COLUMN_TYPES as readonly string[]).includes(value);
}

/**
 * Returns the dotted parameter paths (`column_transformer`, `prep.ct`) that
 * the project's column_transformer_fit nodes read through a `params:` input,
 * in pipeline order, or `[DEFAULT_TRANSFORMER_KEY]` when no node reads one.
 */
export function transformerParameterPaths(project: Project): string[] {
  const paths: string[] = [];
  for (const nodes of Object.values(project.pipelines)) {
    for (const node of nodes) {
      if (node.kind !== COLUMN_TRANSFORMER_FIT_KIND) continue;
      for (const input of node.inputs) {
        const path = input.startsWith(PARAMS_PREFIX) ? input.slice(PARAMS_PREFIX.length) : "";
        if (path !== "" && !paths.includes(path)) paths.push(path);
      }
    }
  }
  return paths.length > 0 ? paths : [DEFAULT_TRANSFORMER_KEY];
}

function getPath(parameters: Parameters, path: string): ParameterValue | undefined {
  let current: ParameterValue | undefined = parameters;
  for (const key of path.split(".")) {
    if (!isMapping(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** Returns a copy of `parameters` with `value` at the dotted `path`, creating mappings on the way. */
function setPath(parameters: Parameters, path: string, value: ParameterValue): Parameters {
  const [key, ...rest] = path.split(".");
  if (rest.length === 0) return { ...parameters, [key]: value };
  const child = parameters[key];
  return { ...parameters, [key]: setPath(isMapping(child) ? child : {}, rest.join("."), value) };
}

/** Returns the target that the first transformer block names, or `fallback`. */
export function blockTarget(project: Project, fallback: string): string {
  const block = getPath(project.parameters, transformerParameterPaths(project)[0]);
  return isMapping(block) && typeof block.target === "string" && block.target !== "" ? block.target : fallback;
}

/** Feature columns grouped by type in GROUP_ORDER; empty groups are left out, because column_transformer_fit rejects an empty list. */
function groupColumns(dictionary: readonly DictionaryEntry[], target: string): Mapping {
  const groups: Mapping = {};
  for (const type of GROUP_ORDER) {
    const columns = dictionary.filter((entry) => entry.type === type && entry.column !== target).map((entry) => entry.column);
    if (columns.length > 0) groups[type] = columns;
  }
  return groups;
}

/**
 * Returns `project.parameters` with the column groups of every transformer
 * block set from `dictionary`: the `columns` mapping (type → column names),
 * or the `dictionary` list when a block uses that form. Other keys of a block
 * (`target`, `passthrough`) are kept. A missing block is created as
 * `{ target, columns }`. The target is never put in a group, so it is passed
 * through and not encoded. Returns the same object when nothing changes.
 */
export function applyDictionaryToParameters(project: Project, dictionary: readonly DictionaryEntry[], defaultTarget: string): Parameters {
  let parameters = project.parameters;
  for (const path of transformerParameterPaths(project)) {
    const block = getPath(parameters, path);
    const target = isMapping(block) && typeof block.target === "string" && block.target !== "" ? block.target : defaultTarget;
    let next: Mapping;
    if (isMapping(block) && Array.isArray(block.dictionary)) {
      const rows = dictionary.filter((entry) => entry.column !== target).map((entry) => ({ column: entry.column, type: entry.type }));
      next = { ...block, dictionary: rows };
    } else if (isMapping(block)) {
      next = { ...block, columns: groupColumns(dictionary, target) };
    } else {
      next = { target, columns: groupColumns(dictionary, target) };
    }
    if (JSON.stringify(next) !== JSON.stringify(block)) parameters = setPath(parameters, path, next);
  }
  return parameters;
}

/**
 * Returns `base` with each column's type read from the first transformer
 * block of the parameters, so edits of parameters.yml (or an undo) show in
 * the dictionary. A column the block does not list, or lists under an
 * unknown type, keeps its type from `base`.
 */
export function dictionaryFromParameters(project: Project, base: readonly DictionaryEntry[]): DictionaryEntry[] {
  const block = getPath(project.parameters, transformerParameterPaths(project)[0]);
  const typeOf = new Map<string, DictionaryColumnType>();
  if (isMapping(block) && isMapping(block.columns)) {
    for (const [type, columns] of Object.entries(block.columns)) {
      if (!isColumnType(type) || !Array.isArray(columns)) continue;
      for (const column of columns) if (typeof column === "string" && !typeOf.has(column)) typeOf.set(column, type);
    }
  } else if (isMapping(block) && Array.isArray(block.dictionary)) {
    for (const row of block.dictionary) {
      if (isMapping(row) && typeof row.column === "string" && isColumnType(row.type) && !typeOf.has(row.column)) typeOf.set(row.column, row.type);
    }
  }
  return base.map((entry) => ({ ...entry, type: typeOf.get(entry.column) ?? entry.type }));
}

// ---------------------------------------------------------------------------
// Storage of the dictionary text beside the editor document

/** Stored value under `dictionaryStorageKey`: the text as typed, valid or not, and the last valid dictionary. */
export interface StoredDictionary {
  version: 1;
  text: string;
  /** The last dictionary that passed the checks; its descriptions are shown when the text is rebuilt. */
  valid: DictionaryEntry[];
}

const storedDictionarySchema = z.object({
  version: z.literal(1),
  text: z.string(),
  valid: z.array(z.object({ column: z.string(), type: z.enum(DICTIONARY_COLUMN_TYPES), description: z.string() })),
});

export function dictionaryStorageKey(exerciseId: string): string {
  return `deploy-lab.dictionary.${exerciseId}`;
}

export type StoredDictionaryResult =
  | { status: "empty" }
  | { status: "ok"; stored: StoredDictionary }
  /** The stored value could not be read; it was copied to `backupKey` (when the copy worked) and removed. */
  | { status: "corrupt"; backupKey?: string }
  | { status: "unavailable"; detail: string };

/** Reads the stored dictionary. Unreadable data is set aside under `<key>.corrupt.<ms>`, as saved work is. */
export function loadStoredDictionary(store: KeyValueStore, exerciseId: string, now: Date = new Date()): StoredDictionaryResult {
  const key = dictionaryStorageKey(exerciseId);
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch (error) {
    return { status: "unavailable", detail: error instanceof Error ? error.message : String(error) };
  }
  if (raw === null) return { status: "empty" };

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = storedDictionarySchema.safeParse(json);
  if (parsed.success) return { status: "ok", stored: parsed.data };

  const backupKey = `${key}.corrupt.${now.getTime()}`;
  try {
    store.setItem(backupKey, raw);
    store.removeItem(key);
    return { status: "corrupt", backupKey };
  } catch {
    return { status: "corrupt" };
  }
}

/** Saves the dictionary text and the last valid dictionary; returns the error message when the store refuses. */
export function saveStoredDictionary(store: KeyValueStore, exerciseId: string, stored: Omit<StoredDictionary, "version">): string | undefined {
  try {
    store.setItem(dictionaryStorageKey(exerciseId), JSON.stringify({ version: 1, ...stored }));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
