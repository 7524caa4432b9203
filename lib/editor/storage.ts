/**
 * Saving, loading, importing and exporting editor documents. Storage goes
 * through a `KeyValueStore` (the browser passes `localStorage`, tests a
 * map), so this file needs no DOM. No function here throws on bad data or a
 * failing store: each returns a result with a stable code.
 */
import { z } from "zod";
import { decodeDocument, detectVersion, parseJson } from "./decode";
import type { DecodeFailure, DecodeResult } from "./decode";
import { EDITOR_SCHEMA_VERSION } from "./types";
import type { EditorDocument, KindCatalog } from "./types";

export { MIGRATIONS } from "./decode";

/** The subset of the Web Storage API this file uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type ErrorParams = Record<string, string | number>;

/** Codes of storage and import results; each has an `error.<code>` message in lib/i18n. */
export const STORAGE_ERROR_CODES = [
  "STORAGE_FULL",
  "STORAGE_UNAVAILABLE",
  "STORAGE_INVALID_JSON",
  "STORAGE_WRONG_SCHEMA",
  "STORAGE_NEWER_VERSION",
  "STORAGE_UNKNOWN_NODE_KIND",
  "STORAGE_WRONG_EXERCISE",
] as const;

export const IMPORT_ERROR_CODES = [
  "IMPORT_EMPTY_FILE",
  "IMPORT_INVALID_JSON",
  "IMPORT_WRONG_SCHEMA",
  "IMPORT_NEWER_VERSION",
  "IMPORT_UNKNOWN_NODE_KIND",
  "IMPORT_WRONG_EXERCISE",
] as const;

/** Envelope that `saveDocument` writes under `storageKey(exerciseId)`. */
export interface StoredDocument {
  schemaVersion: number;
  /** ISO 8601 time of the save. */
  savedAt: string;
  document: EditorDocument;
}

export function storageKey(exerciseId: string): string {
  return `deploy-lab.work.${exerciseId}`;
}

export type SaveResult = { ok: true } | { ok: false; code: "STORAGE_FULL" | "STORAGE_UNAVAILABLE"; params: ErrorParams };

/** Writes the document under its exercise's key; a full or blocked store is a result, not an exception. */
export function saveDocument(store: KeyValueStore, document: EditorDocument, now: Date = new Date()): SaveResult {
  const stored: StoredDocument = { schemaVersion: EDITOR_SCHEMA_VERSION, savedAt: now.toISOString(), document };
  try {
    store.setItem(storageKey(document.exerciseId), JSON.stringify(stored));
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, code: "STORAGE_FULL", params: {} };
    return { ok: false, code: "STORAGE_UNAVAILABLE", params: { detail: errorMessage(error) } };
  }
}

export type LoadResult =
  | { status: "empty" }
  | { status: "ok"; document: EditorDocument; migratedFrom?: number }
  /**
   * The stored text could not be used. It was copied to `backupKey` and
   * removed from the main key. `backupKey` is absent when the copy failed,
   * for example on a full store, so `raw` is then the only copy left.
   */
  | { status: "corrupt"; code: (typeof STORAGE_ERROR_CODES)[number]; params: ErrorParams; raw: string; backupKey?: string }
  /** The store threw on read (storage blocked by the browser); nothing was changed. */
  | { status: "unavailable"; code: "STORAGE_UNAVAILABLE"; params: ErrorParams };

/**
 * Loads the saved work of an exercise, migrating older versions. Corrupt
 * data (invalid JSON, a wrong shape, a newer version, an unknown node kind
 * when `kinds` is given, another exercise's document) is moved aside to
 * `<key>.corrupt.<milliseconds since epoch>`, so the page can open the
 * original exercise and tell the user.
 */
export function loadDocument(store: KeyValueStore, exerciseId: string, kinds?: KindCatalog, now: Date = new Date()): LoadResult {
  const key = storageKey(exerciseId);
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch (error) {
    return { status: "unavailable", code: "STORAGE_UNAVAILABLE", params: { detail: errorMessage(error) } };
  }
  if (raw === null) return { status: "empty" };
  if (raw.trim() === "") {
    removeQuietly(store, key);
    return { status: "empty" };
  }

  const decoded = decodeStored(raw, exerciseId, kinds);
  if (decoded.ok) {
    return decoded.migratedFrom === undefined ? { status: "ok", document: decoded.document } : { status: "ok", document: decoded.document, migratedFrom: decoded.migratedFrom };
  }

  const backupKey = moveAside(store, key, raw, now);
  // An empty value was handled above, so EMPTY_FILE cannot occur here.
  const code = `STORAGE_${decoded.failure === "EMPTY_FILE" ? "INVALID_JSON" : decoded.failure}` as const;
  return { status: "corrupt", code, params: decoded.params, raw, ...(backupKey ? { backupKey } : {}) };
}

/** Accepts the `StoredDocument` envelope, or a bare project saved before the editor existed (version 0). */
function decodeStored(raw: string, exerciseId: string, kinds?: KindCatalog): DecodeResult {
  const parsed = parseJson(raw);
  if (!parsed.ok) return parsed;

  const detected = detectVersion(parsed.value);
  if (!detected.ok) return { ok: false, failure: "WRONG_SCHEMA", params: detected.params };
  if (detected.version === 0) return decodeDocument(parsed.value, 0, { exerciseId }, kinds);
  if (detected.version > EDITOR_SCHEMA_VERSION) {
    return { ok: false, failure: "NEWER_VERSION", params: { version: detected.version, supported: EDITOR_SCHEMA_VERSION } };
  }

  const envelope = envelopeSchema.safeParse(parsed.value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return { ok: false, failure: "WRONG_SCHEMA", params: { path: issue.path.map(String).join(".") || "(root)", detail: issue.message } };
  }
  return decodeDocument(envelope.data.document, detected.version, { exerciseId }, kinds, "document");
}

const envelopeSchema = z.object({
  schemaVersion: z.number().int().nonnegative(),
  savedAt: z.string(),
  document: z.unknown(),
});

function moveAside(store: KeyValueStore, key: string, raw: string, now: Date): string | undefined {
  const backupKey = `${key}.corrupt.${now.getTime()}`;
  let copied = true;
  try {
    store.setItem(backupKey, raw);
  } catch {
    copied = false;
  }
  removeQuietly(store, key);
  return copied ? backupKey : undefined;
}

function removeQuietly(store: KeyValueStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // The next load finds the same data and tries again; nothing else to do here.
  }
}

export type ImportResult = { ok: true; document: EditorDocument; migratedFrom?: number } | { ok: false; code: (typeof IMPORT_ERROR_CODES)[number]; params: ErrorParams };

/** Exercise id a bare project gets when `parseImportedDocument` is called without one. */
export const IMPORTED_EXERCISE_ID = "imported";

/**
 * Reads a file the user imports: an exported document (`serializeDocument`)
 * or a bare Kedro project as in a shared link, which is migrated.
 * With `exerciseId`, a bare project gets that id and a document of another
 * exercise is rejected with `IMPORT_WRONG_EXERCISE`. Without it, any
 * exercise is accepted and a bare project gets `IMPORTED_EXERCISE_ID`.
 */
export function parseImportedDocument(text: string, kinds: KindCatalog, exerciseId?: string): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return importFailure(parsed.failure, parsed.params);

  const detected = detectVersion(parsed.value);
  if (!detected.ok) return importFailure("WRONG_SCHEMA", detected.params);

  const documentExercise = exerciseIdOf(parsed.value);
  const context = { exerciseId: exerciseId ?? documentExercise ?? IMPORTED_EXERCISE_ID };
  const decoded = decodeDocument(parsed.value, detected.version, context, kinds);
  if (!decoded.ok) return importFailure(decoded.failure, decoded.params);
  return decoded.migratedFrom === undefined ? { ok: true, document: decoded.document } : { ok: true, document: decoded.document, migratedFrom: decoded.migratedFrom };
}

function exerciseIdOf(value: unknown): string | undefined {
  const id = (value as { exerciseId?: unknown }).exerciseId;
  return typeof id === "string" ? id : undefined;
}

function importFailure(failure: DecodeFailure, params: ErrorParams): ImportResult {
  return { ok: false, code: `IMPORT_${failure}`, params };
}

/** Formats a document for export: indented JSON, `schemaVersion` first, newline at the end. */
export function serializeDocument(document: EditorDocument): string {
  const { schemaVersion, exerciseId, project, positions } = document;
  return `${JSON.stringify({ schemaVersion, exerciseId, project, positions }, null, 2)}\n`;
}

/**
 * Detects quota errors across browsers: the standard name and its legacy
 * DOMException code 22, and older Firefox's NS_ERROR_DOM_QUOTA_REACHED (code 1014).
 */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
