/**
 * Fits either classifier from one flat hyperparameter record, as the
 * hyperparameter search and the backtest both need.
 */
import type { FeatureMatrix } from "./logistic";
import { trainLogisticRegression } from "./logistic";
import { trainMlp } from "./mlp";
import type { ClassifierModel } from "./model-kinds";

export type SearchModel = "logistic_regression" | "mlp";

/**
 * Trains the logistic regression or, for `mlp`, the one-hidden-layer network.
 * `params` uses parameters.yml names: learning_rate, epochs, l2, seed,
 * batch_size and, for the MLP, hidden_units.
 */
export async function fitClassifier(
  model: SearchModel,
  x: FeatureMatrix,
  labels: readonly number[],
  classes: number,
  features: readonly string[],
  params: Record<string, number>,
  signal?: AbortSignal,
): Promise<ClassifierModel> {
  const common = { learningRate: params.learning_rate, epochs: params.epochs, l2: params.l2, seed: params.seed, batchSize: params.batch_size, signal };
  if (model === "mlp") return trainMlp(x, labels, classes, features, { ...common, hiddenUnits: params.hidden_units });
  return trainLogisticRegression(x, labels, classes, features, common);
}
