/**
 * The registry of every tfjs node kind, in the order the editor lists them.
 */
import { NodeRegistry } from "../pipeline/registry";
import { encoderFitKind, encoderTransformKind } from "./encoder";
import { confusionMatrixKind, evaluatePredictionsKind } from "./evaluate";
import { predictModelKind, trainModelKind } from "./model-kinds";
import { scalerFitKind, scalerTransformKind } from "./scaler";
import { createSplitColumnKind, splitMasterTableKind } from "./split";

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
    splitMasterTableKind,
    scalerFitKind,
    scalerTransformKind,
    encoderFitKind,
    encoderTransformKind,
    trainModelKind,
    predictModelKind,
    evaluatePredictionsKind,
    confusionMatrixKind,
  );
}
