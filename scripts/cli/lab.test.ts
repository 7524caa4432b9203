import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dataDir = mkdtempSync(join(tmpdir(), "lab-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function lab(...args: string[]) {
  // The diabetes JSON output lists 38,052 predictions (about 5 MB), over spawnSync's default 1 MB buffer.
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/lab.ts", ...args], { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
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
    [["run", "diabetes"], "missing --data"],
    [["run", "iris", "--data", "x.csv"], "--data and --predict are only for examples that read CSV files"],
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

const SHARED_DATA = resolve("../shared/data");
const DIABETES_FILE = join(SHARED_DATA, "diabetes_binary_5050split_health_indicators_BRFSS2015.csv");
const DIABETES_PREDICT_FILE = join(SHARED_DATA, "diabetes_predict.csv");
const diabetesAvailable = existsSync(DIABETES_FILE) && existsSync(DIABETES_PREDICT_FILE);

describe("lab CLI on diabetes", () => {
  if (!diabetesAvailable) console.warn(`Skipping the diabetes CLI test: ${DIABETES_FILE} or ${DIABETES_PREDICT_FILE} not found.`);

  it.skipIf(!diabetesAvailable)(
    "trains, scores and predicts",
    () => {
      const outFile = join(dataDir, "predicted.csv");
      const { code, stdout, stderr } = lab("run", "diabetes", "--data", DIABETES_FILE, "--predict", DIABETES_PREDICT_FILE, "--json", "--data-dir", dataDir, "--out", outFile);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const output = JSON.parse(stdout);
      expect(output.status).toBe("success");
      expect(output.report["macro avg"]["f1-score"]).toBeGreaterThanOrEqual(0.745);
      expect(output.report.roc_auc).toBeGreaterThanOrEqual(0.82);
      expect(output.confusionMatrix.labels).toEqual([0, 1]);
      expect(output.predicted).toHaveLength(38052);
      expect(Object.keys(output.predicted[0])).toEqual(["prediction", "prob_0", "prob_1"]);

      const lines = readFileSync(outFile, "utf8").trimEnd().split("\n");
      expect(lines[0]).toBe("prediction,prob_0,prob_1");
      expect(lines).toHaveLength(38053);
    },
    60_000,
  );

  it("rejects a bad file naming row and column", () => {
    const badFile = join(dataDir, "broken.csv");
    const header = "Diabetes_binary,HighBP,HighChol,CholCheck,BMI,Smoker,Stroke,HeartDiseaseorAttack,PhysActivity,Fruits,Veggies,HvyAlcoholConsump,AnyHealthcare,NoDocbcCost,GenHlth,MentHlth,PhysHlth,DiffWalk,Sex,Age,Education,Income";
    const good = "0,1,1,1,40,1,0,0,0,0,1,0,1,0,5,18,15,1,0,9,4,3";
    const bad = "1,0,0,0,abc,1,0,0,1,0,0,0,0,1,3,0,0,0,0,7,6,1";
    writeFileSync(badFile, `${header}\n${good}\n${bad}\n`);

    const en = lab("run", "diabetes", "--data", badFile, "--lang", "en", "--data-dir", dataDir);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`File ${badFile} is invalid`);
    expect(en.stderr).toContain("row 3, column BMI");

    const ptBR = lab("run", "diabetes", "--data", badFile, "--data-dir", dataDir);
    expect(ptBR.code).toBe(2);
    expect(ptBR.stderr).toContain(`O arquivo ${badFile} é inválido`);
  });

  it("rejects an unlabeled --data file", () => {
    const unlabeled = join(dataDir, "unlabeled.csv");
    writeFileSync(unlabeled, "HighBP,HighChol,CholCheck,BMI,Smoker,Stroke,HeartDiseaseorAttack,PhysActivity,Fruits,Veggies,HvyAlcoholConsump,AnyHealthcare,NoDocbcCost,GenHlth,MentHlth,PhysHlth,DiffWalk,Sex,Age,Education,Income\n0,1,1,40,1,0,0,0,0,1,0,1,0,5,18,15,1,0,9,4,3\n");
    const { code, stderr } = lab("run", "diabetes", "--data", unlabeled, "--lang", "en", "--data-dir", dataDir);
    expect(code).toBe(2);
    expect(stderr).toContain("has no target column");
  });
});
