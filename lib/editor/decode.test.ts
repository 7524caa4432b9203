import { describe, expect, it } from "vitest";
import { decodeDocument, detectVersion, jsonErrorOffset, parseJson } from "./decode";
import { testDocument, testKinds } from "./testing";

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ["[1, 2", 5],
    ["{'a': 1}", 1],
    ['{"a": tru}', 6],
    ['{"a": "x\\q"}', 9],
    ['{"a": 01}', 7],
    ['{"a": 1} x', 9],
    ['{"a": "line\nbreak"}', 11],
  ])("%j fails at %i", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("reads valid JSON to the end", () => {
    const text = JSON.stringify({ a: [1, -2.5e3, "é\u0001\\", true, null, {}], b: [] });
    expect(jsonErrorOffset(text)).toBe(text.length);
  });
});

describe("parseJson", () => {
  it("reports line and column", () => {
    expect(parseJson('{\n  "a": 1,\n}')).toMatchObject({ ok: false, failure: "INVALID_JSON", params: { detail: expect.stringMatching(/\(line 3, column 1\)$/) } });
  });
});

describe("detectVersion", () => {
  it.each([
    [{ schemaVersion: 1 }, 1],
    [{ pipelines: {} }, 0],
  ])("%j is version %i", (value, version) => {
    expect(detectVersion(value)).toEqual({ ok: true, version });
  });

  it.each([[null], [[]], ["text"], [{ schemaVersion: -1 }], [{ schemaVersion: 1.5 }], [{ other: 1 }]])("rejects %j", (value) => {
    expect(detectVersion(value).ok).toBe(false);
  });
});

describe("decodeDocument", () => {
  it("migrates version 0 and reports it", () => {
    const result = decodeDocument(testDocument().project, 0, { exerciseId: "toy" }, testKinds());
    expect(result).toEqual({ ok: true, document: { ...testDocument(), positions: {} }, migratedFrom: 0 });
  });

  it("checks a version 0 project against the project schema", () => {
    const result = decodeDocument({ pipelines: { p: [{ name: "a" }] }, catalog: {}, parameters: {} }, 0, { exerciseId: "toy" });
    expect(result).toMatchObject({ ok: false, failure: "WRONG_SCHEMA", params: { path: "pipelines.p.0.kind" } });
  });

  it("prefixes schema error paths", () => {
    expect(decodeDocument({}, 1, { exerciseId: "toy" }, undefined, "document")).toMatchObject({ ok: false, params: { path: expect.stringMatching(/^document\./) } });
  });
});
