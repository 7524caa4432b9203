/**
 * Multinomial logistic regression on tfjs: the maths of training and
 * prediction, independent of tables and node ports (see model-kinds.ts).
 * The fitted model is plain JSON so a Web Worker can post it.
 */
import * as tf from "@tensorflow/tfjs-core";
import { EngineError, RunCancelledError } from "../pipeline/errors";
import { mulberry32 } from "./random";
import type { FeatureMatrix } from "./training";
import { batchIndices, createYielder, gatherRows, gatherValues } from "./training";

export type { FeatureMatrix } from "./training";

export const PREDICTION_COLUMN = "prediction";

export interface LogisticRegressionModel {
  kind: "logistic_regression";
  features: string[];
  /** Number of classes; the model predicts codes 0 … classes - 1. */
  classes: number;
  /** features × classes, row-major like the feature order. */
  weights: number[][];
  bias: number[];
  /**
   * Training loss (mean cross-entropy + L2 term) per epoch. With full-batch
   * training it is the loss before the epoch's update. With mini-batches it is
   * the row-weighted mean of each batch's loss before that batch's update.
   */
  lossHistory: number[];
}

export interface TrainingOptions {
  learningRate: number;
  epochs: number;
  /** Coefficient of the L2 penalty l2 · ΣW² on the weights (not the bias), as Keras' `l2` regularizer. */
  l2: number;
  seed: number;
  /** Rows per gradient step; rows are reshuffled every epoch. Omitted or ≥ the row count means full batch. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Called after every epoch with the 1-based epoch and that epoch's loss. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/**
 * Glorot-uniform initial weights from the seeded generator, so the same seed
 * gives the same model on every backend (up to float32 rounding).
 */
function initialWeights(features: number, classes: number, seed: number): Float32Array {
  const random = mulberry32(seed);
  const limit = Math.sqrt(6 / (features + classes));
  return Float32Array.from({ length: features * classes }, () => (2 * random() - 1) * limit);
}

/** Seed offset of the batch-order generator, so it does not replay the initial-weight sequence. */
export const SHUFFLE_SEED_OFFSET = 0x9e3779b9;

/**
 * Trains softmax regression with Adam on mean cross-entropy plus an L2
 * penalty on the weights: full batch by default, or mini-batches of
 * `batchSize` rows in a seeded order that changes every epoch.
 *
 * Throws RunCancelledError when `signal` aborts (checked before every batch)
 * and TRAINING_DIVERGED when the loss stops being finite. Every tensor it
 * creates, including Adam's moment estimates, is disposed before it returns or throws.
 *
 * @param labels Class code per row, each in 0 … classes - 1.
 */
export async function trainLogisticRegression(
  x: FeatureMatrix,
  labels: readonly number[],
  classes: number,
  features: readonly string[],
  options: TrainingOptions,
): Promise<LogisticRegressionModel> {
  const { rows, columns } = x;
  const batchSize = Math.min(options.batchSize ?? rows, rows);
  const fullBatch = batchSize === rows;
  // Full-batch training keeps the whole data in two tensors; mini-batches are copied per step.
  const xsAll = fullBatch ? tf.tensor2d(x.values, [rows, columns]) : undefined;
  const ysAll = fullBatch ? oneHotLabels(labels, classes) : undefined;
  // A variable keeps its own reference to the initial data, so the initial tensors must still be disposed.
  const initialWeightTensor = tf.tensor2d(initialWeights(columns, classes, options.seed), [columns, classes]);
  const initialBiasTensor = tf.zeros([classes]);
  const weights = tf.variable(initialWeightTensor);
  const bias = tf.variable(initialBiasTensor);
  tf.dispose([initialWeightTensor, initialBiasTensor]);
  const optimizer = tf.train.adam(options.learningRate);
  const shuffleRandom = mulberry32(options.seed ^ SHUFFLE_SEED_OFFSET);
  const yieldIfDue = createYielder();
  const lossHistory: number[] = [];

  // The gradient is written out because tfjs-core alone registers no gradient
  // functions for tf.grads. Importing them from tfjs-core/dist can load a second
  // copy of tfjs-core in Node, whose CommonJS "main" and ESM "module" builds differ.
  // For mean cross-entropy over softmax P, dCE/dlogits = (P − Y) / n.
  const lossAndGradients = (xs: tf.Tensor2D, ys: tf.Tensor2D) =>
    tf.tidy(() => {
      const logits = tf.add(tf.matMul(xs, weights), bias);
      const logProbabilities = tf.logSoftmax(logits);
      const crossEntropy = tf.neg(tf.mean(tf.sum(tf.mul(ys, logProbabilities), 1)));
      const loss = tf.add(crossEntropy, tf.mul(options.l2, tf.sum(tf.square(weights))));
      const residual = tf.div(tf.sub(tf.exp(logProbabilities), ys), xs.shape[0]);
      const weightGradient = tf.add(tf.matMul(xs, residual, true, false), tf.mul(2 * options.l2, weights));
      const biasGradient = tf.sum(residual, 0);
      return { loss, weightGradient, biasGradient };
    });

  /** Takes one Adam step on the rows `indices` and returns the loss before the step. */
  const trainStep = (indices: number[]): number => {
    const xs = xsAll ?? tf.tensor2d(gatherRows(x, indices), [indices.length, columns]);
    const ys = ysAll ?? oneHotLabels(gatherValues(labels, indices), classes);
    const step = lossAndGradients(xs, ys);
    optimizer.applyGradients([
      { name: weights.name, tensor: step.weightGradient },
      { name: bias.name, tensor: step.biasGradient },
    ]);
    const loss = step.loss.dataSync()[0];
    tf.dispose([step.loss, step.weightGradient, step.biasGradient]);
    if (!fullBatch) tf.dispose([xs, ys]);
    return loss;
  };

  try {
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      let lossSum = 0;
      for (const indices of batchIndices(rows, batchSize, shuffleRandom)) {
        if (options.signal?.aborted) throw new RunCancelledError();
        const batchLoss = trainStep(indices);
        if (!Number.isFinite(batchLoss)) {
          throw new EngineError("TRAINING_DIVERGED", { epoch, learning_rate: options.learningRate });
        }
        lossSum += batchLoss * indices.length;
        await yieldIfDue();
      }

      const loss = lossSum / rows;
      lossHistory.push(loss);
      options.onEpoch?.(epoch, loss);
    }

    return {
      kind: "logistic_regression",
      features: [...features],
      classes,
      weights: weights.arraySync() as number[][],
      bias: Array.from(bias.dataSync()),
      lossHistory,
    };
  } finally {
    optimizer.dispose();
    tf.dispose([weights, bias]);
    if (xsAll) tf.dispose([xsAll]);
    if (ysAll) tf.dispose([ysAll]);
  }
}

/** Returns the one-hot float32 matrix (rows × classes) of the class codes. */
export function oneHotLabels(labels: readonly number[], classes: number): tf.Tensor2D {
  return tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(labels as number[], "int32"), classes), "float32") as tf.Tensor2D);
}

/** Returns the class probabilities of each row (softmax of x·W + b), row-major. */
export function predictProbabilities(model: LogisticRegressionModel, x: FeatureMatrix): Float32Array {
  if (x.rows === 0) return new Float32Array(0);
  const probabilities = tf.tidy(() => {
    const xs = tf.tensor2d(x.values, [x.rows, x.columns]);
    const logits = tf.add(tf.matMul(xs, tf.tensor2d(model.weights)), tf.tensor1d(model.bias));
    return tf.softmax(logits);
  });
  // Copy before disposing, because dataSync may return the backend's own storage.
  const values = Float32Array.from(probabilities.dataSync());
  probabilities.dispose();
  return values;
}

/** Returns the index of the largest value in each row; ties go to the first, like `np.argmax`. */
export function argmaxRows(values: ArrayLike<number>, rows: number, columns: number): number[] {
  const result: number[] = [];
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let j = 1; j < columns; j++) if (values[i * columns + j] > values[i * columns + best]) best = j;
    result.push(best);
  }
  return result;
}
