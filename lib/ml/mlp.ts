/**
 * A one-hidden-layer perceptron classifier on tfjs (ReLU hidden layer,
 * softmax output), the counterpart of scikit-learn's
 * `MLPClassifier(hidden_layer_sizes=(n,))`. The fitted model is plain JSON.
 */
import * as tf from "@tensorflow/tfjs-core";
import { EngineError, RunCancelledError } from "../pipeline/errors";
import { oneHotLabels, SHUFFLE_SEED_OFFSET } from "./logistic";
import { mulberry32 } from "./random";
import type { RandomSource } from "./random";
import { stratifiedIndices } from "./stratified";
import type { FeatureMatrix } from "./training";
import { batchIndices, createYielder, gatherRows, gatherValues } from "./training";

export interface MlpModel {
  kind: "mlp_classifier";
  features: string[];
  classes: number;
  hiddenUnits: number;
  /** features × hiddenUnits. */
  hiddenWeights: number[][];
  hiddenBias: number[];
  /** hiddenUnits × classes. */
  outputWeights: number[][];
  outputBias: number[];
  /** Row-weighted mean of the batch losses (cross-entropy + L2 term) per epoch, each before its update. */
  lossHistory: number[];
  /** Cross-entropy on the held-out rows after each epoch; empty without early stopping. */
  validationLossHistory: number[];
  /** Epoch (1-based) whose weights the model keeps: the best validation loss, or the last epoch. */
  bestEpoch: number;
}

export interface EarlyStopping {
  /** Share of the training rows held out, stratified by class, to measure the validation loss. */
  validationFraction: number;
  /** Epochs without a validation-loss improvement of at least 1e-4 before training stops. */
  patience: number;
}

export interface MlpTrainingOptions {
  hiddenUnits: number;
  learningRate: number;
  epochs: number;
  batchSize: number;
  /** Coefficient of the L2 penalty l2 · ΣW² on both weight matrices (not the biases). */
  l2: number;
  seed: number;
  earlyStopping?: EarlyStopping;
  signal?: AbortSignal;
  /** Called after every epoch with the 1-based epoch and that epoch's training loss. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** Minimum decrease of the validation loss that counts as an improvement, like scikit-learn's `tol`. */
const EARLY_STOPPING_TOLERANCE = 1e-4;

/** Glorot-uniform values for a fanIn × fanOut matrix, the initialisation scikit-learn's MLPClassifier uses for ReLU. */
function glorotUniform(fanIn: number, fanOut: number, random: RandomSource): Float32Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return Float32Array.from({ length: fanIn * fanOut }, () => (2 * random() - 1) * limit);
}

interface MlpVariables {
  hiddenWeights: tf.Variable;
  hiddenBias: tf.Variable;
  outputWeights: tf.Variable;
  outputBias: tf.Variable;
}

function createVariables(features: number, hidden: number, classes: number, seed: number): MlpVariables {
  const random = mulberry32(seed);
  const initial = [
    tf.tensor2d(glorotUniform(features, hidden, random), [features, hidden]),
    tf.zeros([hidden]),
    tf.tensor2d(glorotUniform(hidden, classes, random), [hidden, classes]),
    tf.zeros([classes]),
  ];
  // A variable keeps its own copy of the data, so the initial tensors are disposed.
  const [hiddenWeights, hiddenBias, outputWeights, outputBias] = initial.map((tensor) => tf.variable(tensor));
  tf.dispose(initial);
  return { hiddenWeights, hiddenBias, outputWeights, outputBias };
}

function snapshot(variables: MlpVariables) {
  return {
    hiddenWeights: variables.hiddenWeights.arraySync() as number[][],
    hiddenBias: Array.from(variables.hiddenBias.dataSync()),
    outputWeights: variables.outputWeights.arraySync() as number[][],
    outputBias: Array.from(variables.outputBias.dataSync()),
  };
}

/** Splits the rows into training and held-out rows, stratified by class, when early stopping is on. */
function holdOut(labels: readonly number[], options: MlpTrainingOptions): { train: number[]; validation: number[] } {
  const all = labels.map((_, i) => i);
  if (!options.earlyStopping) return { train: all, validation: [] };
  const parts = stratifiedIndices(labels, options.earlyStopping.validationFraction, options.seed);
  if (parts.test.length === 0 || parts.train.length === 0) return { train: all, validation: [] };
  return { train: parts.train, validation: parts.test };
}

/**
 * Trains the network with mini-batch Adam on mean softmax cross-entropy plus
 * an L2 penalty on the weights.
 *
 * With `earlyStopping`, a stratified share of the rows is held out. Training
 * stops after `patience` epochs without improving the held-out loss, and the
 * weights of the best epoch are returned, as scikit-learn does with
 * `early_stopping=True` (which scores accuracy instead of the loss).
 *
 * Throws RunCancelledError when `signal` aborts (checked before every batch)
 * and TRAINING_DIVERGED when a batch loss is not finite. Every tensor it
 * creates is disposed before it returns or throws.
 */
export async function trainMlp(
  x: FeatureMatrix,
  labels: readonly number[],
  classes: number,
  features: readonly string[],
  options: MlpTrainingOptions,
): Promise<MlpModel> {
  const { columns } = x;
  const { train, validation } = holdOut(labels, options);
  const trainX: FeatureMatrix = { values: gatherRows(x, train), rows: train.length, columns };
  const trainLabels = gatherValues(labels, train);
  const batchSize = Math.min(options.batchSize, train.length);

  const variables = createVariables(columns, options.hiddenUnits, classes, options.seed);
  const { hiddenWeights, hiddenBias, outputWeights, outputBias } = variables;
  const optimizer = tf.train.adam(options.learningRate);
  const shuffleRandom = mulberry32(options.seed ^ SHUFFLE_SEED_OFFSET);
  const yieldIfDue = createYielder();
  const validationX = validation.length > 0 ? tf.tensor2d(gatherRows(x, validation), [validation.length, columns]) : undefined;
  const validationY = validation.length > 0 ? oneHotLabels(gatherValues(labels, validation), classes) : undefined;

  // Backpropagation written out, because tfjs-core alone registers no gradients for tf.grads.
  // Z1 = X·W1 + b1, H = relu(Z1), logits = H·W2 + b2; with residual R = (softmax − Y) / n:
  // dW2 = Hᵀ·R, db2 = Σ R, dZ1 = (R·W2ᵀ) ⊙ [Z1 > 0], dW1 = Xᵀ·dZ1, db1 = Σ dZ1, plus 2·l2·W for the penalty.
  const lossAndGradients = (xs: tf.Tensor2D, ys: tf.Tensor2D) =>
    tf.tidy(() => {
      const preActivation = tf.add(tf.matMul(xs, hiddenWeights), hiddenBias);
      const hidden = tf.relu(preActivation);
      const logProbabilities = tf.logSoftmax(tf.add(tf.matMul(hidden, outputWeights), outputBias));
      const crossEntropy = tf.neg(tf.mean(tf.sum(tf.mul(ys, logProbabilities), 1)));
      const penalty = tf.mul(options.l2, tf.add(tf.sum(tf.square(hiddenWeights)), tf.sum(tf.square(outputWeights))));
      const loss = tf.add(crossEntropy, penalty);

      const residual = tf.div(tf.sub(tf.exp(logProbabilities), ys), xs.shape[0]);
      const outputWeightGradient = tf.add(tf.matMul(hidden, residual, true, false), tf.mul(2 * options.l2, outputWeights));
      const outputBiasGradient = tf.sum(residual, 0);
      const hiddenDelta = tf.mul(tf.matMul(residual, outputWeights, false, true), tf.step(preActivation));
      const hiddenWeightGradient = tf.add(tf.matMul(xs, hiddenDelta, true, false), tf.mul(2 * options.l2, hiddenWeights));
      const hiddenBiasGradient = tf.sum(hiddenDelta, 0);
      return { loss, gradients: [hiddenWeightGradient, hiddenBiasGradient, outputWeightGradient, outputBiasGradient] };
    });

  const trainStep = (indices: number[]): number => {
    const xs = tf.tensor2d(gatherRows(trainX, indices), [indices.length, columns]);
    const ys = oneHotLabels(gatherValues(trainLabels, indices), classes);
    const step = lossAndGradients(xs, ys);
    const targets = [hiddenWeights, hiddenBias, outputWeights, outputBias];
    optimizer.applyGradients(targets.map((variable, i) => ({ name: variable.name, tensor: step.gradients[i] })));
    const loss = step.loss.dataSync()[0];
    tf.dispose([xs, ys, step.loss, ...step.gradients]);
    return loss;
  };

  const validationLoss = (): number => {
    const loss = tf.tidy(() => {
      const logits = forward(validationX as tf.Tensor2D, variables);
      return tf.neg(tf.mean(tf.sum(tf.mul(validationY as tf.Tensor2D, tf.logSoftmax(logits)), 1)));
    });
    const value = loss.dataSync()[0];
    loss.dispose();
    return value;
  };

  const lossHistory: number[] = [];
  const validationLossHistory: number[] = [];
  let best = { epoch: 0, loss: Infinity, weights: snapshot(variables) };
  try {
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      let lossSum = 0;
      for (const indices of batchIndices(trainX.rows, batchSize, shuffleRandom)) {
        if (options.signal?.aborted) throw new RunCancelledError();
        const batchLoss = trainStep(indices);
        if (!Number.isFinite(batchLoss)) {
          throw new EngineError("TRAINING_DIVERGED", { epoch, learning_rate: options.learningRate });
        }
        lossSum += batchLoss * indices.length;
        await yieldIfDue();
      }
      const loss = lossSum / trainX.rows;
      lossHistory.push(loss);
      options.onEpoch?.(epoch, loss);

      if (!validationX || !options.earlyStopping) {
        best = { epoch, loss, weights: best.weights };
        continue;
      }
      const heldOutLoss = validationLoss();
      validationLossHistory.push(heldOutLoss);
      if (heldOutLoss < best.loss - EARLY_STOPPING_TOLERANCE) {
        best = { epoch, loss: heldOutLoss, weights: snapshot(variables) };
      } else if (epoch - best.epoch >= options.earlyStopping.patience) {
        break;
      }
    }

    const weights = validationX ? best.weights : snapshot(variables);
    return {
      kind: "mlp_classifier",
      features: [...features],
      classes,
      hiddenUnits: options.hiddenUnits,
      ...weights,
      lossHistory,
      validationLossHistory,
      bestEpoch: best.epoch,
    };
  } finally {
    optimizer.dispose();
    tf.dispose([hiddenWeights, hiddenBias, outputWeights, outputBias]);
    if (validationX) tf.dispose([validationX]);
    if (validationY) tf.dispose([validationY]);
  }
}

/** Logits of the network for the rows of `xs`. */
function forward(xs: tf.Tensor2D, weights: { [K in keyof MlpVariables]: tf.Tensor }): tf.Tensor2D {
  const hidden = tf.relu(tf.add(tf.matMul(xs, weights.hiddenWeights), weights.hiddenBias));
  return tf.add(tf.matMul(hidden, weights.outputWeights), weights.outputBias) as tf.Tensor2D;
}

/** Returns the class probabilities of each row, row-major (rows × classes). */
export function predictMlpProbabilities(model: MlpModel, x: FeatureMatrix): Float32Array {
  if (x.rows === 0) return new Float32Array(0);
  const probabilities = tf.tidy(() => {
    const xs = tf.tensor2d(x.values, [x.rows, x.columns]);
    const logits = forward(xs, {
      hiddenWeights: tf.tensor2d(model.hiddenWeights),
      hiddenBias: tf.tensor1d(model.hiddenBias),
      outputWeights: tf.tensor2d(model.outputWeights),
      outputBias: tf.tensor1d(model.outputBias),
    });
    return tf.softmax(logits);
  });
  // Copy before disposing, because dataSync may return the backend's own storage.
  const values = Float32Array.from(probabilities.dataSync());
  probabilities.dispose();
  return values;
}
