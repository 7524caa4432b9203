import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { irisDocument } from "../../lib/editor/documents";
import { serializeDocument } from "../../lib/editor/storage";
import { exportedDataNotes, exportedRawData } from "../../lib/export/kedro/example-data";
import { exportKedroProject } from "../../lib/export/kedro/project";
import { zipProject } from "../../lib/export/kedro/zip";
import { createRegistry } from "../../lib/ml/kinds";

const folder = mkdtempSync(join(tmpdir(), "lab-export-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function lab(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/lab.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("lab export", () => {
  it("writes the engine's zip for iris", () => {
    const out = join(folder, "iris.zip");
    const { code, stdout } = lab("export", "iris", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain(out);

    const result = exportKedroProject(irisDocument().project, createRegistry(), { packageName: "iris", rawData: exportedRawData("iris"), dataNotes: exportedDataNotes("iris") });
    if (!result.ok) throw new Error("export failed");
    expect(Buffer.from(zipProject("iris", result.files)).equals(readFileSync(out))).toBe(true);
  });

  it("exports a pipeline file under --package", () => {
    const document = irisDocument();
    document.project.parameters.train = { learning_rate: 0.05, epochs: 50, l2: 0, seed: 7 };
    const source = join(folder, "deploy-lab-iris.json");
    writeFileSync(source, serializeDocument(document));
    const out = join(folder, "mine.zip");

    expect(lab("export", source, "--package", "my_iris", "--out", out).code).toBe(0);
    const entries = unzipSync(readFileSync(out));
    expect(strFromU8(entries["my_iris/conf/base/parameters_model_train.yml"])).toContain("seed: 7");
    expect(entries["my_iris/src/my_iris/pipeline_registry.py"]).toBeDefined();
  });

  it("names the package problem and exits 1", () => {
    const { code, stderr } = lab("export", "iris", "--package", "Iris-Kedro", "--lang", "en", "--out", join(folder, "bad.zip"));
    expect(code).toBe(1);
    expect(stderr).toContain("The package name “Iris-Kedro” is not valid");
  });

  it("rejects an unreadable pipeline file", () => {
    const { code, stderr } = lab("export", join(folder, "missing.json"));
    expect(code).toBe(2);
    expect(stderr).toContain("neither an exercise");
  });

  it("rejects a file that is no pipeline", () => {
    const source = join(folder, "broken.json");
    writeFileSync(source, "{ not json");
    const { code, stderr } = lab("export", source, "--lang", "en");
    expect(code).toBe(2);
    expect(stderr).toContain("broken.json");
  });
});
