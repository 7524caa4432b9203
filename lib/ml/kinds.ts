/**
 * The registry of every tfjs node kind, in the order the editor lists them.
 */
import { NodeRegistry } from "../pipeline/registry";
import { backtestModelKind } from "./backtest";
import { columnTransformerFitKind, columnTransformerTransformKind } from "./column-transformer";
import { encoderFitKind, encoderTransformKind } from "./encoder";
import { confusionMatrixKind, evaluateBinaryKind, evaluatePredictionsKind } from "./evaluate";
import { predictModelKind, trainMlpKind, trainModelKind } from "./model-kinds";
import { randomSearchCvKind } from "./hpo";
import { permutationImportanceKind } from "./permutation";
import { scalerFitKind, scalerTransformKind } from "./scaler";
import { createSplitColumnKind, splitMasterTableKind } from "./split";
import { stratifiedSplitKind } from "./stratified";

/**
 * Creates a registry with the workshop's node kinds. A new registry per call
 * lets callers add their own kinds without affecting others.
 *
 * @example
 * const result = await runPipeline(irisProject(), createRegistry(), { inputs });
 */
export function createRegistry(): NodeRegistry {
  return new NodeRegistry().register(
    createSplitColumnKind,
    stratifiedSplitKind,
    splitMasterTableKind,
    scalerFitKind,
    scalerTransformKind,
    encoderFitKind,
    encoderTransformKind,
    columnTransformerFitKind,
    columnTransformerTransformKind,
    trainModelKind,
    trainMlpKind,
    randomSearchCvKind,
    predictModelKind,
    evaluatePredictionsKind,
    evaluateBinaryKind,
    confusionMatrixKind,
    backtestModelKind,
    permutationImportanceKind,
  );
}
