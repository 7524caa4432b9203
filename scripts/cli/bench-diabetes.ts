/**
 * `lab bench diabetes --data FILE`: trains the diabetes project's logistic
 * regression and 32-unit MLP once per tfjs backend and prints fit time,
 * epochs, macro F1 and ROC AUC beside scikit-learn's figures.
 */
import { isLocale } from "../../lib/i18n";
import { initBackend } from "../../lib/ml/backend";
import type { BackendName } from "../../lib/ml/backend";
import type { BinaryReport } from "../../lib/ml/evaluate";
import { createRegistry } from "../../lib/ml/kinds";
import type { DiabetesModel } from "../../lib/examples/diabetes-project";
import { runPipeline } from "../../lib/pipeline/runner";
import type { BenchFlags } from "./bench";
import { DataFileError, EXAMPLES, diabetesCliProject } from "./examples";
import { UsageError } from "./usage";

/**
 * scikit-learn 1.2.1 on the same file with an 80/20 stratified split of its
 * own: the workshop's LogisticRegression and MLPClassifier(hidden_layer_sizes=(32,)).
 */
const REFERENCE: Record<DiabetesModel, { f1: number; auc: number; fitSeconds: number }> = {
  logistic_regression: { f1: 0.7495, auc: 0.826, fitSeconds: 1.56 },
  mlp: { f1: 0.752, auc: 0.831, fitSeconds: 3.3 },
};

const MODELS: DiabetesModel[] = ["logistic_regression", "mlp"];

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
  const registry = createRegistry();
  let failed = false;
  for (const requested of backends) {
    const backend = await initBackend(requested);
    if (backend !== requested) {
      process.stdout.write(`${"".padEnd(21)}${requested.padEnd(8)} not available (fell back to ${backend})\n`);
      continue;
    }
    // The encoded master table does not depend on the model, so it is built once per backend.
    const prepared = await runPipeline(diabetesCliProject(files), registry, { pipeline: "data_engineering", inputs });
    if (prepared.status !== "success") {
      process.stderr.write(`[deploy-lab] data_engineering on ${backend} ended ${prepared.status}: ${JSON.stringify(prepared.failure ?? prepared.problems)}\n`);
      failed = true;
      continue;
    }

    for (const model of MODELS) {
      const project = diabetesCliProject(files, model);
      const result = await runPipeline(project, registry, { pipeline: "model_train", inputs: prepared.datasets });
      if (result.status !== "success") {
        process.stderr.write(`[deploy-lab] model_train (${model}) on ${backend} ended ${result.status}: ${JSON.stringify(result.failure ?? result.problems)}\n`);
        failed = true;
        continue;
      }
      const report = result.datasets.test_classification_report as BinaryReport;
      const fitMs = result.timings.find((timing) => timing.node === "train_model")?.durationMs ?? Number.NaN;
      const epochs = (project.parameters[model === "mlp" ? "train_mlp" : "train"] as { epochs: number }).epochs;
      process.stdout.write(row(model, backend, fitMs / 1000, String(epochs), report["macro avg"]["f1-score"], report.roc_auc));
    }
  }

  process.stdout.write("\nscikit-learn 1.2.1 reference (same file, its own 80/20 split):\n");
  for (const model of MODELS) {
    const reference = REFERENCE[model];
    process.stdout.write(row(model, "sklearn", reference.fitSeconds, "-", reference.f1, reference.auc));
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
