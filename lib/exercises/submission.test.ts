import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { tableFromColumns } from "../data/table";
import { canonicalJson, fingerprintTable, sha256Hex } from "./fingerprint";
import type { ExerciseResult } from "./result";
import { collectSeeds, createSubmission, parseSubmission, serializeSubmission, slugify, submissionFileName } from "./submission";
import type { Submission } from "./submission";

const KNOWN = ["iris-training", "iris-inference"];

const RESULT: ExerciseResult = {
  exerciseId: "iris-training",
  score: 11,
  max: 12,
  items: [
    { id: "nodes", status: "correct", points: 2, max: 2, findings: [] },
    { id: "persisted", status: "incorrect", points: 0, max: 1, findings: [{ code: "OUTPUT_NOT_PERSISTED", node: "evaluate_test", params: {} }] },
  ],
  metrics: { test_accuracy: 0.913 },
  run: { status: "success" },
};

async function sample(): Promise<Submission> {
  const fingerprint = await fingerprintTable(tableFromColumns({ a: [1, 2] }));
  return createSubmission({
    student: "  Maria José  ",
    project: irisProject(),
    result: RESULT,
    stamp: { seeds: { "split_params.seed": 42 }, backend: "wasm", browser: "Chromium", appVersion: "0.1.0", data: { iris_train_raw: fingerprint }, checkedAt: "2025-11-20T13:00:00.000Z" },
    submittedAt: new Date("2025-11-20T13:05:00.000Z"),
  });
}

describe("createSubmission", () => {
  it("trims the name and copies the score", async () => {
    const submission = await sample();
    expect(submission.student).toBe("Maria José");
    expect(submission.score).toEqual({ points: 11, max: 12, items: [{ id: "nodes", status: "correct", points: 2, max: 2 }, { id: "persisted", status: "incorrect", points: 0, max: 1 }] });
    expect(submission.metrics).toEqual({ test_accuracy: 0.913 });
  });

  it("names the file after exercise and student", async () => {
    expect(submissionFileName(await sample())).toBe("iris-training-maria-jose.json");
  });
});

describe("parseSubmission", () => {
  it("reads back what it wrote", async () => {
    const submission = await sample();
    const parsed = await parseSubmission(serializeSubmission(submission), KNOWN);
    expect(parsed).toEqual({ ok: true, submission });
  });

  it("accepts a byte order mark", async () => {
    const parsed = await parseSubmission(`\uFEFF${serializeSubmission(await sample())}`, KNOWN);
    expect(parsed.ok).toBe(true);
  });

  it("does not depend on key order", async () => {
    const submission = await sample();
    const reordered = Object.fromEntries(Object.entries(submission).reverse());
    expect((await parseSubmission(JSON.stringify(reordered), KNOWN)).ok).toBe(true);
  });

  async function failure(text: string) {
    const parsed = await parseSubmission(text, KNOWN);
    if (parsed.ok) throw new Error("expected a failure");
    return parsed;
  }

  it.each([
    ["an empty file", "  \n", "EMPTY_FILE"],
    ["a cut file", '{ "format": "deploy-lab-submission", "project": { "pipelines": {', "TRUNCATED"],
    ["a string left open", '{ "student": "Mar', "TRUNCATED"],
    ["a syntax error", '{ "format": deploy }', "INVALID_JSON"],
    ["an array", "[1, 2]", "NOT_A_SUBMISSION"],
    ["an editor export", '{ "schemaVersion": 1, "exerciseId": "iris", "project": {} }', "NOT_A_SUBMISSION"],
  ])("reports %s", async (_case, text, code) => {
    expect((await failure(text)).code).toBe(code);
  });

  it("reports a newer format version", async () => {
    const submission = { ...(await sample()), formatVersion: 9 };
    expect(await failure(JSON.stringify(submission))).toEqual({ ok: false, code: "NEWER_VERSION", params: { version: 9, supported: 1 } });
  });

  it("names the invalid field", async () => {
    const submission = await sample();
    const broken = { ...submission, project: { ...submission.project, pipelines: { model_train: [{ name: "x", kind: "y", inputs: "a", outputs: ["b"] }] } } };
    const parsed = await failure(JSON.stringify(broken));
    expect(parsed.code).toBe("WRONG_SCHEMA");
    expect(parsed.params.path).toBe("project.pipelines.model_train.0.inputs");
  });

  it("rejects a name of spaces", async () => {
    const submission = { ...(await sample()), student: "   " };
    const parsed = await failure(JSON.stringify(submission));
    expect(parsed.params.path).toBe("student");
  });

  it.each([
    ["a raised score", (s: Submission) => ({ ...s, score: { ...s.score, points: 12 } })],
    ["a changed pipeline", (s: Submission) => ({ ...s, project: { ...s.project, parameters: {} } })],
    ["an added field", (s: Submission) => ({ ...s, note: "please" })],
    ["another student's name", (s: Submission) => ({ ...s, student: "Outra Pessoa" })],
  ])("detects %s", async (_case, edit) => {
    expect((await failure(JSON.stringify(edit(await sample())))).code).toBe("TAMPERED");
  });

  it("reports an exercise it does not know, after the digest", async () => {
    const { digest: _digest, ...content } = { ...(await sample()), exerciseId: "iris-trainning" };
    void _digest;
    const text = JSON.stringify({ ...content, digest: await sha256Hex(canonicalJson(content)) });
    expect(await failure(text)).toEqual({ ok: false, code: "UNKNOWN_EXERCISE", params: { exercise: "iris-trainning", known: "iris-training, iris-inference" } });
  });
});

describe("fingerprintTable", () => {
  it("changes with one cell", async () => {
    const a = await fingerprintTable(tableFromColumns({ x: [1, 2, 3] }));
    const b = await fingerprintTable(tableFromColumns({ x: [1, 2, 4] }));
    expect(a.rows).toBe(3);
    expect(a.sha256).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.sha256).not.toBe(b.sha256);
  });
});

describe("collectSeeds", () => {
  it("finds every seed by its dotted path", () => {
    expect(collectSeeds(irisProject().parameters)).toEqual({ "split_params.seed": 42, "train.seed": 42 });
  });
});

describe("slugify", () => {
  it.each([
    ["Maria José da Silva", "maria-jose-da-silva"],
    ["  ÉLIO   Ñúñez ", "elio-nunez"],
    ["=cmd|calc", "cmd-calc"],
    ["李", ""],
  ])("turns %j into %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
