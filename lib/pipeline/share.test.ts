import { describe, expect, it } from "vitest";
import { decodeProject, encodeProject, projectFromHash } from "./share";
import { toyProject } from "./test-fixtures";

describe("share links", () => {
  it("round-trips a project, accents included", () => {
    const project = toyProject();
    project.parameters.label = "ação";
    const decoded = decodeProject(encodeProject(project));
    expect(decoded).toEqual({ ok: true, project });
  });

  it.each([
    ["not base64", "%%%", "base64"],
    ["not JSON", btoa("{oops"), "JSON"],
    ["wrong shape", btoa(JSON.stringify({ pipelines: { p: [{ name: "a" }] }, catalog: {}, parameters: {} })), "pipelines.p.0.kind"],
  ])("rejects %s naming the problem", (_, encoded, expected) => {
    const result = decodeProject(encoded);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).toContain(expected);
  });

  it("keeps an unconnected input", () => {
    const project = toyProject();
    project.pipelines.prepare[0].inputs = [""];
    expect(decodeProject(encodeProject(project))).toEqual({ ok: true, project });
  });

  it("reads the pipeline parameter of a hash", () => {
    expect(projectFromHash("#other=1")).toBeNull();
    expect(projectFromHash(`#pipeline=${encodeProject(toyProject())}`)).toMatchObject({ ok: true });
  });
});
