import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "lab-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function lab(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/lab.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("lab CLI", () => {
  it("runs iris and prints the report as JSON", () => {
    const { code, stdout } = lab("run", "iris", "--json", "--data-dir", dataDir);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.status).toBe("success");
    expect(output.report.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(output.predicted).toHaveLength(30);
    expect(output.classNames).toEqual(["Iris-setosa", "Iris-versicolor", "Iris-virginica"]);
    expect(output.log.at(-2).message).toBe("Pipeline execution completed successfully.");
  });

  it("runs model_train alone on kept datasets", () => {
    const fresh = mkdtempSync(join(tmpdir(), "lab-cli-"));
    try {
      const first = lab("run", "iris", "--pipeline", "model_train", "--data-dir", fresh, "--lang", "en");
      expect(first.code).toBe(1);
      expect(first.stdout).toContain("pipeline data_engineering produces it");

      expect(lab("run", "iris", "--pipeline", "data_engineering", "--data-dir", fresh).code).toBe(0);
      const second = lab("run", "iris", "--pipeline", "model_train", "--data-dir", fresh);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain("Iris-versicolor");
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it.each([
    [["run", "iris", "--pipline", "x"], "Unknown option '--pipline'"],
    [["run", "iris", "--lang", "fr"], 'invalid --lang "fr"'],
    [["run", "iris", "--backend", "gpu"], 'invalid --backend "gpu"'],
    [["run", "titanic"], 'unknown example "titanic"'],
    [["run", "iris", "extra"], 'unexpected argument "extra"'],
    [["deploy"], 'unknown command "deploy"'],
  ])("rejects %j with exit 2", (args, message) => {
    const { code, stderr } = lab(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("reports an unknown pipeline once, phrased", () => {
    const { code, stdout } = lab("run", "iris", "--pipeline", "model_trian", "--lang", "en", "--data-dir", dataDir);
    expect(code).toBe(1);
    const errors = stdout.split("\n").filter((line) => line.includes("ERROR"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("Pipeline model_trian does not exist. Available pipelines: data_engineering, model_train, model_predict.");
  });
});
