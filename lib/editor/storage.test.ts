import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { IMPORTED_EXERCISE_ID, MIGRATIONS, loadDocument, parseImportedDocument, saveDocument, serializeDocument, storageKey } from "./storage";
import type { KeyValueStore } from "./storage";
import { testDocument, testKinds } from "./testing";

const kinds = testKinds();
const NOW = new Date("2025-03-01T12:00:00.000Z");

/** Creates an in-memory store; `failWrites` makes setItem throw the given error. */
function memoryStore(initial: Record<string, string> = {}, failWrites?: unknown): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites) throw failWrites;
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}

describe("saveDocument", () => {
  it("writes an envelope under the exercise key", () => {
    const store = memoryStore();
    expect(saveDocument(store, testDocument(), NOW)).toEqual({ ok: true });
    expect(storageKey("toy")).toBe("deploy-lab.work.toy");
    const stored = JSON.parse(store.data.get("deploy-lab.work.toy")!);
    expect(stored).toEqual({ schemaVersion: 1, savedAt: "2025-03-01T12:00:00.000Z", document: testDocument() });
  });

  it("reports a full store", () => {
    const store = memoryStore({}, new DOMException("quota", "QuotaExceededError"));
    expect(saveDocument(store, testDocument())).toEqual({ ok: false, code: "STORAGE_FULL", params: {} });
  });

  it("reports Firefox's older quota error", () => {
    const store = memoryStore({}, Object.assign(new Error("full"), { name: "NS_ERROR_DOM_QUOTA_REACHED" }));
    expect(saveDocument(store, testDocument())).toMatchObject({ ok: false, code: "STORAGE_FULL" });
  });

  it("reports other write errors", () => {
    const store = memoryStore({}, new DOMException("denied", "SecurityError"));
    expect(saveDocument(store, testDocument())).toEqual({ ok: false, code: "STORAGE_UNAVAILABLE", params: { detail: "denied" } });
  });
});

describe("loadDocument", () => {
  it("is empty without a saved document", () => {
    expect(loadDocument(memoryStore(), "toy")).toEqual({ status: "empty" });
  });

  it("round-trips a saved document", () => {
    const store = memoryStore();
    saveDocument(store, testDocument(), NOW);
    expect(loadDocument(store, "toy", kinds)).toEqual({ status: "ok", document: testDocument() });
  });

  it("migrates a bare project from version 0", () => {
    const store = memoryStore({ "deploy-lab.work.toy": JSON.stringify(testDocument().project) });
    expect(loadDocument(store, "toy", kinds)).toEqual({
      status: "ok",
      document: { schemaVersion: 1, exerciseId: "toy", project: testDocument().project, positions: {} },
      migratedFrom: 0,
    });
  });

  it("treats a blank value as empty and removes it", () => {
    const store = memoryStore({ "deploy-lab.work.toy": " " });
    expect(loadDocument(store, "toy")).toEqual({ status: "empty" });
    expect(store.data.has("deploy-lab.work.toy")).toBe(false);
  });

  it.each([
    { name: "invalid JSON", raw: "{oops", code: "STORAGE_INVALID_JSON" },
    { name: "wrong envelope", raw: JSON.stringify({ schemaVersion: 1, document: {} }), code: "STORAGE_WRONG_SCHEMA", params: { path: "savedAt" } },
    {
      name: "wrong document",
      raw: JSON.stringify({ schemaVersion: 1, savedAt: "x", document: { ...testDocument(), positions: [] } }),
      code: "STORAGE_WRONG_SCHEMA",
      params: { path: "document.positions" },
    },
    { name: "newer version", raw: JSON.stringify({ schemaVersion: 2, savedAt: "x", document: null }), code: "STORAGE_NEWER_VERSION", params: { version: 2, supported: 1 } },
    { name: "other exercise", raw: JSON.stringify({ schemaVersion: 1, savedAt: "x", document: { ...testDocument(), exerciseId: "iris" } }), code: "STORAGE_WRONG_EXERCISE" },
    {
      name: "unknown kind",
      raw: JSON.stringify({ schemaVersion: 1, savedAt: "x", document: { ...testDocument(), project: { ...testDocument().project, pipelines: { p: [{ name: "n", kind: "gone", inputs: [], outputs: ["o"] }] } } } }),
      code: "STORAGE_UNKNOWN_NODE_KIND",
      params: { node: "n", kind: "gone" },
    },
  ])("moves aside $name as $code", ({ raw, code, params }) => {
    const store = memoryStore({ "deploy-lab.work.toy": raw });
    const result = loadDocument(store, "toy", kinds, NOW);
    expect(result.status).toBe("corrupt");
    if (result.status !== "corrupt") return;
    expect(result.code).toBe(code);
    if (params) expect(result.params).toMatchObject(params);
    expect(result.raw).toBe(raw);
    expect(result.backupKey).toBe(`deploy-lab.work.toy.corrupt.${NOW.getTime()}`);
    expect(store.data.get(result.backupKey!)).toBe(raw);
    expect(store.data.has("deploy-lab.work.toy")).toBe(false);
  });

  it("still clears the key when the backup copy fails", () => {
    const store = memoryStore({ "deploy-lab.work.toy": "{oops" }, new DOMException("quota", "QuotaExceededError"));
    const result = loadDocument(store, "toy", kinds, NOW);
    expect(result).toMatchObject({ status: "corrupt", code: "STORAGE_INVALID_JSON", raw: "{oops" });
    expect(result).not.toHaveProperty("backupKey");
    expect(store.data.size).toBe(0);
  });

  it("reports a store that throws on read", () => {
    const store: KeyValueStore = {
      getItem: () => {
        throw new DOMException("blocked", "SecurityError");
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadDocument(store, "toy")).toEqual({ status: "unavailable", code: "STORAGE_UNAVAILABLE", params: { detail: "blocked" } });
  });

  it("skips the kind check without kinds", () => {
    const document = { ...testDocument(), project: { ...testDocument().project, pipelines: { p: [{ name: "n", kind: "gone", inputs: [], outputs: ["o"] }] } } };
    const store = memoryStore();
    saveDocument(store, document);
    expect(loadDocument(store, "toy")).toMatchObject({ status: "ok" });
  });
});

describe("MIGRATIONS", () => {
  it("turns a version 0 project into a version 1 document", () => {
    const project = testDocument().project;
    expect(MIGRATIONS[0](project, { exerciseId: "toy" })).toEqual({ schemaVersion: 1, exerciseId: "toy", project, positions: {} });
  });
});

const FIXTURES = fileURLToPath(new URL("./fixtures/import/", import.meta.url));

describe("parseImportedDocument fixtures", () => {
  const cases: Record<string, { code?: string; params?: Record<string, string | number>; migratedFrom?: number }> = {
    "good-document.json": {},
    "good-bare-project.json": { migratedFrom: 0 },
    "good-with-bom.json": {},
    "bad-empty.json": { code: "IMPORT_EMPTY_FILE" },
    "bad-truncated.json": { code: "IMPORT_INVALID_JSON" },
    "bad-inputs-not-a-list.json": { code: "IMPORT_WRONG_SCHEMA", params: { path: "project.pipelines.model_train.0.inputs" } },
    "bad-bare-project-no-catalog.json": { code: "IMPORT_WRONG_SCHEMA", params: { path: "catalog" } },
    "bad-position.json": { code: "IMPORT_WRONG_SCHEMA", params: { path: "positions.node:a.x" } },
    "bad-array.json": { code: "IMPORT_WRONG_SCHEMA", params: { path: "(root)" } },
    "bad-no-version.json": { code: "IMPORT_WRONG_SCHEMA", params: { path: "schemaVersion" } },
    "bad-version-string.json": { code: "IMPORT_WRONG_SCHEMA", params: { path: "schemaVersion" } },
    "bad-newer-version.json": { code: "IMPORT_NEWER_VERSION", params: { version: 7, supported: 1 } },
    "bad-unknown-kind.json": { code: "IMPORT_UNKNOWN_NODE_KIND", params: { node: "magic", kind: "deep_forest" } },
    "bad-other-exercise.json": { code: "IMPORT_WRONG_EXERCISE", params: { expected: "toy", actual: "titanic" } },
  };

  it("has a case for every fixture file", () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))("%s", (file, { code, params, migratedFrom }) => {
    const result = parseImportedDocument(readFileSync(`${FIXTURES}${file}`, "utf8"), kinds, "toy");
    if (!code) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (result.ok) expect(result.document.exerciseId).toBe("toy");
      if (result.ok) expect(result.migratedFrom).toBe(migratedFrom);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    if (params) expect(result.params).toMatchObject(params);
    // Every failure names what is wrong, except an empty file, which has nothing to name.
    if (code !== "IMPORT_EMPTY_FILE") expect(Object.keys(result.params).length).toBeGreaterThan(0);
  });

  it("keeps an unconnected input", () => {
    const result = parseImportedDocument(readFileSync(`${FIXTURES}good-document.json`, "utf8"), kinds, "toy");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.project.pipelines.prep[1].inputs).toEqual(["raw", ""]);
  });

  it("names the JSON error position", () => {
    const result = parseImportedDocument("{\"a\": }", kinds, "toy");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(String(result.params.detail)).toMatch(/\(line 1, column 7\)$/);
  });
});

describe("parseImportedDocument without an exercise", () => {
  it("accepts any exercise", () => {
    const result = parseImportedDocument(readFileSync(`${FIXTURES}bad-other-exercise.json`, "utf8"), kinds);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.exerciseId).toBe("titanic");
  });

  it("gives a bare project a placeholder exercise", () => {
    const result = parseImportedDocument(readFileSync(`${FIXTURES}good-bare-project.json`, "utf8"), kinds);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.exerciseId).toBe(IMPORTED_EXERCISE_ID);
  });
});

describe("serializeDocument", () => {
  it("puts schemaVersion first and round-trips", () => {
    const text = serializeDocument({ positions: {}, project: testDocument().project, exerciseId: "toy", schemaVersion: 1 });
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "exerciseId": "toy"')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(parseImportedDocument(text, kinds, "toy")).toEqual({ ok: true, document: { ...testDocument(), positions: {} } });
  });
});
