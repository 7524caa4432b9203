/**
 * Turns untrusted JSON (a saved document, an imported file) into an
 * EditorDocument: checks it against the schema of its version, migrates it
 * to the current version, and checks that every node kind exists.
 */
import { z } from "zod";
import { projectSchema } from "../pipeline/schema";
import type { Project } from "../pipeline/types";
import { EDITOR_SCHEMA_VERSION } from "./types";
import type { EditorDocument, KindCatalog } from "./types";

/** Reason a document could not be read; storage and import prefix it (`IMPORT_WRONG_SCHEMA`). */
export type DecodeFailure = "EMPTY_FILE" | "INVALID_JSON" | "WRONG_SCHEMA" | "NEWER_VERSION" | "UNKNOWN_NODE_KIND" | "WRONG_EXERCISE";

export type DecodeResult =
  | { ok: true; document: EditorDocument; migratedFrom?: number }
  | { ok: false; failure: DecodeFailure; params: Record<string, string | number> };

export interface MigrationContext {
  /** Exercise the document is loaded for; version 0 does not store it. */
  exerciseId: string;
}

export const editorDocumentSchema = z.object({
  schemaVersion: z.literal(EDITOR_SCHEMA_VERSION),
  exerciseId: z.string().min(1).max(200),
  project: projectSchema,
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
});

/** The schema each stored version must match before it is migrated. */
const VERSION_SCHEMAS: Record<number, z.ZodType> = {
  0: projectSchema,
  1: editorDocumentSchema,
};

/**
 * Migrations by source version: `MIGRATIONS[n]` turns a valid version-n
 * value into version n + 1. Version 0 is a bare Project, the format of the
 * exercise page's shared links (`#pipeline=`).
 */
export const MIGRATIONS: Record<number, (old: unknown, context: MigrationContext) => unknown> = {
  0: (old, context): EditorDocument => ({
    schemaVersion: 1,
    exerciseId: context.exerciseId,
    project: old as Project,
    positions: {},
  }),
};

/**
 * Reads the version of a parsed file: its `schemaVersion`, or 0 for a bare
 * project (an object with `pipelines` and no `schemaVersion`).
 */
export function detectVersion(value: unknown): { ok: true; version: number } | { ok: false; params: { path: string; detail: string } } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, params: { path: "(root)", detail: "expected a JSON object" } };
  }
  if (!("schemaVersion" in value)) {
    if ("pipelines" in value) return { ok: true, version: 0 };
    return { ok: false, params: { path: "schemaVersion", detail: "missing; expected an editor document or a Kedro project with pipelines, catalog and parameters" } };
  }
  const version = value.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return { ok: false, params: { path: "schemaVersion", detail: `expected a whole number, got ${JSON.stringify(version)}` } };
  }
  return { ok: true, version };
}

/**
 * Validates `value` as version `version`, migrates it to the current version
 * and checks its exercise and node kinds (when `kinds` is given).
 * `pathPrefix` is put before schema paths, e.g. `document` for a stored envelope.
 */
export function decodeDocument(value: unknown, version: number, context: MigrationContext, kinds?: KindCatalog, pathPrefix = ""): DecodeResult {
  if (version > EDITOR_SCHEMA_VERSION) {
    return { ok: false, failure: "NEWER_VERSION", params: { version, supported: EDITOR_SCHEMA_VERSION } };
  }
  const sourceSchema = VERSION_SCHEMAS[version];
  if (!sourceSchema) {
    return { ok: false, failure: "WRONG_SCHEMA", params: { path: join(pathPrefix, "schemaVersion"), detail: `unknown version ${version}` } };
  }

  const source = sourceSchema.safeParse(value);
  if (!source.success) return schemaFailure(source.error, pathPrefix);

  let current: unknown = source.data;
  for (let step = version; step < EDITOR_SCHEMA_VERSION; step++) current = MIGRATIONS[step](current, context);

  // Checking the result again catches a migration that produces an invalid document.
  const migrated = editorDocumentSchema.safeParse(current);
  if (!migrated.success) return schemaFailure(migrated.error, pathPrefix);
  const document = migrated.data as EditorDocument;

  if (document.exerciseId !== context.exerciseId) {
    return { ok: false, failure: "WRONG_EXERCISE", params: { expected: context.exerciseId, actual: document.exerciseId } };
  }
  const unknownKind = kinds ? findUnknownKind(document.project, kinds) : undefined;
  if (unknownKind) return { ok: false, failure: "UNKNOWN_NODE_KIND", params: unknownKind };

  return version < EDITOR_SCHEMA_VERSION ? { ok: true, document, migratedFrom: version } : { ok: true, document };
}

/** Parses JSON text, dropping a byte order mark that Windows editors add. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; failure: DecodeFailure; params: Record<string, string> } {
  const trimmed = text.replace(/^\uFEFF/, "");
  if (trimmed.trim() === "") return { ok: false, failure: "EMPTY_FILE", params: {} };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (error) {
    // Node 20's V8 leaves the position out of some messages, so it is computed here.
    const { line, column } = lineAndColumn(trimmed, jsonErrorOffset(trimmed));
    return { ok: false, failure: "INVALID_JSON", params: { detail: `${(error as Error).message} (line ${line}, column ${column})` } };
  }
}

/**
 * Returns the offset of the first character where `text` stops being valid
 * JSON (RFC 8259), or `text.length` when it ends too early. Called only after
 * JSON.parse has failed.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skipWhitespace = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) throw i;
    i++;
  };
  const string = () => {
    expect('"');
    while (i < text.length) {
      const char = text[i];
      if (char === '"') {
        i++;
        return;
      }
      if (char < " ") throw i;
      if (char === "\\") {
        const escape = text[i + 1];
        if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else throw i + 1;
      } else {
        i++;
      }
    }
    throw i;
  };
  const value = (): void => {
    skipWhitespace();
    const char = text[i];
    if (char === "{") return container("}", () => {
      string();
      skipWhitespace();
      expect(":");
      value();
    });
    if (char === "[") return container("]", value);
    if (char === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (!number.test(text)) throw i;
    i = number.lastIndex;
  };
  const container = (close: string, member: () => void) => {
    i++;
    skipWhitespace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      skipWhitespace();
      member();
      skipWhitespace();
      if (text[i] === close) {
        i++;
        return;
      }
      expect(",");
    }
  };

  try {
    value();
    skipWhitespace();
    return i;
  } catch (offset) {
    return offset as number;
  }
}

/** Converts a string offset to a 1-based line and column. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function findUnknownKind(project: Project, kinds: KindCatalog): { node: string; kind: string } | undefined {
  for (const nodes of Object.values(project.pipelines)) {
    const node = nodes.find((candidate) => !kinds.has(candidate.kind));
    if (node) return { node: node.name, kind: node.kind };
  }
  return undefined;
}

function schemaFailure(error: z.ZodError, pathPrefix: string): DecodeResult {
  const issue = error.issues[0];
  const path = join(pathPrefix, issue.path.map(String).join(".")) || "(root)";
  return { ok: false, failure: "WRONG_SCHEMA", params: { path, detail: issue.message } };
}

function join(prefix: string, path: string): string {
  return [prefix, path].filter(Boolean).join(".");
}
