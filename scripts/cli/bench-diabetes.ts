/**
 * `lab bench diabetes --data FILE`: trains the diabetes project's logistic
 * regression and 32-unit MLP once per tfjs backend and prints fit time,
 * epochs, macro F1 and ROC AUC beside scikit-learn's figures.
 * `fitDiabetesModels` is also the Node part of `npm run bench`.
 */
import { isLocale } from "../../lib/i18n";
import { initBackend } from "../../lib/ml/backend";
import type { BackendName } from "../../lib/ml/backend";
import type { BinaryReport } from "../../lib/ml/evaluate";
import { createRegistry } from "../../lib/ml/kinds";
import type { DiabetesModel } from "../../lib/examples/diabetes-project";
import { runPipeline } from "../../lib/pipeline/runner";
import { DIABETES_MODELS, SKLEARN_REFERENCE } from "../bench/diabetes-table";
import type { BenchFlags } from "./bench";
import { DataFileError, EXAMPLES, diabetesCliProject } from "./examples";
import type { ExampleFiles } from "./examples";
import { UsageError } from "./usage";

/** One model's fit on one backend. */
export interface DiabetesFit {
  model: DiabetesModel;
  /** Wall time of the `train_model` node. */
  fitMs: number;
  /** Epochs trained: the length of the model's loss history. */
  epochs: number;
  macroF1: number;
  rocAuc: number;
}

export type BackendFits =
  | { status: "measured"; backend: BackendName; fits: DiabetesFit[]; failures: { model?: DiabetesModel; message: string }[] }
  | { status: "unavailable"; backend: BackendName; fellBackTo: string };

/**
 * Activates `requested` and runs `data_engineering` once, then `model_train`
 * once per model on the encoded master table, as `lab run` does. A failed
 * run is listed in `failures` (without `model` when data_engineering failed)
 * and does not stop the other models.
 */
export async function fitDiabetesModels(
  requested: BackendName,
  files: ExampleFiles,
  inputs: Record<string, unknown>,
  models: DiabetesModel[] = DIABETES_MODELS,
): Promise<BackendFits> {
  const backend = await initBackend(requested);
  if (backend !== requested) return { status: "unavailable", backend: requested, fellBackTo: backend };

  const registry = createRegistry();
  const fits: DiabetesFit[] = [];
  const failures: { model?: DiabetesModel; message: string }[] = [];
  // The encoded master table does not depend on the model, so it is built once per backend.
  const prepared = await runPipeline(diabetesCliProject(files), registry, { pipeline: "data_engineering", inputs });
  if (prepared.status !== "success") {
    failures.push({ message: `data_engineering on ${backend} ended ${prepared.status}: ${JSON.stringify(prepared.failure ?? prepared.problems)}` });
    return { status: "measured", backend: requested, fits, failures };
  }

  for (const model of models) {
    const result = await runPipeline(diabetesCliProject(files, model), registry, { pipeline: "model_train", inputs: prepared.datasets });
    if (result.status !== "success") {
      failures.push({ model, message: `model_train (${model}) on ${backend} ended ${result.status}: ${JSON.stringify(result.failure ?? result.problems)}` });
      continue;
    }
    const report = result.datasets.test_classification_report as BinaryReport;
    const trained = result.datasets.trained_model as { lossHistory: number[] };
    fits.push({
      model,
      fitMs: result.timings.find((timing) => timing.node === "train_model")?.durationMs ?? Number.NaN,
      epochs: trained.lossHistory.length,
      macroF1: report["macro avg"]["f1-score"],
      rocAuc: report.roc_auc,
    });
  }
  return { status: "measured", backend: requested, fits, failures };
}

export async function benchDiabetes(flags: BenchFlags): Promise<number> {
  const locale = flags.lang ?? "pt-BR";
  if (!isLocale(locale)) throw new UsageError(`invalid --lang "${locale}": use pt-BR or en.`);
  const files = { data: flags.data };
  let inputs: Record<string, unknown>;
  try {
    inputs = EXAMPLES.diabetes.inputs(files, locale);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    process.stderr.write(`[deploy-lab] ${error.message}\n`);
    return 2;
  }
  const backends: BackendName[] = flags.backend === "cpu" || flags.backend === "wasm" ? [flags.backend] : ["wasm", "cpu"];

  process.stdout.write(`example diabetes · one fit per model and backend · Node ${process.version}\n\n`);
  process.stdout.write("model                backend  fit s  epochs  macro F1  ROC AUC\n");
  let failed = false;
  for (const requested of backends) {
    const outcome = await fitDiabetesModels(requested, files, inputs);
    if (outcome.status === "unavailable") {
      process.stdout.write(`${"".padEnd(21)}${requested.padEnd(8)} not available (fell back to ${outcome.fellBackTo})\n`);
      continue;
    }
    for (const failure of outcome.failures) process.stderr.write(`[deploy-lab] ${failure.message}\n`);
    failed ||= outcome.failures.length > 0;
    for (const fit of outcome.fits) {
      process.stdout.write(row(fit.model, requested, fit.fitMs / 1000, String(fit.epochs), fit.macroF1, fit.rocAuc));
    }
  }

  process.stdout.write("\nscikit-learn 1.2.1 reference (same file, its own 80/20 split):\n");
  for (const model of DIABETES_MODELS) {
    const reference = SKLEARN_REFERENCE[model];
    process.stdout.write(row(model, "sklearn", reference.fitSeconds, "-", reference.macroF1, reference.auc));
  }
  return failed ? 1 : 0;
}

function row(model: DiabetesModel, backend: string, fitSeconds: number, epochs: string, f1: number, auc: number): string {
  const cells = [
    (model === "mlp" ? "MLP (32 hidden)" : "logistic regression").padEnd(20),
    backend.padEnd(8),
    fitSeconds.toFixed(2).padStart(5),
    epochs.padStart(6),
    f1.toFixed(4).padStart(9),
    auc.toFixed(4).padStart(8),
  ];
  return `${cells.join(" ")}\n`;
}
