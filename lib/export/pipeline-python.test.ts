import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { EngineError } from "../pipeline/errors";
import type { NodeSpec } from "../pipeline/types";
import { nodeToPython, projectToPipelinePython } from "./pipeline-python";

function irisNode(pipeline: string, name: string): NodeSpec {
  const node = irisProject().pipelines[pipeline].find((candidate) => candidate.name === name);
  if (!node) throw new Error(`Iris project has no node ${name} in ${pipeline}`);
  return node;
}

describe("nodeToPython", () => {
  it("writes one output as a string", () => {
    expect(nodeToPython(irisNode("data_engineering", "create_feature_scaler"))).toBe(
      [
        "node(",
        "    func=scaler_fit,",
        '    inputs=["train_raw", "params:columns"],',
        '    outputs="feature_scaler_fitted",',
        '    name="create_feature_scaler",',
        ")",
      ].join("\n"),
    );
  });

  it("writes several outputs as a list", () => {
    expect(nodeToPython(irisNode("data_engineering", "split_raw_table"))).toBe(
      [
        "node(",
        "    func=split_master_table,",
        '    inputs=["iris_split", "params:columns"],',
        '    outputs=["train_raw", "test_raw"],',
        '    name="split_raw_table",',
        ")",
      ].join("\n"),
    );
  });

  it("marks an unconnected input in a list", () => {
    const node: NodeSpec = { name: "scale", kind: "scaler_transform", inputs: ["iris_split", "", "params:columns"], outputs: ["iris_scaled"] };
    expect(nodeToPython(node)).toBe(
      [
        "node(",
        "    func=scaler_transform,",
        "    inputs=[",
        '        "iris_split",',
        "        None,  # TODO: connect this input",
        '        "params:columns",',
        "    ],",
        '    outputs="iris_scaled",',
        '    name="scale",',
        ")",
      ].join("\n"),
    );
  });

  it("marks a single unconnected input", () => {
    const node: NodeSpec = { name: "fit", kind: "encoder_fit", inputs: [""], outputs: ["encoder"] };
    expect(nodeToPython(node)).toContain("    inputs=None,  # TODO: connect this input\n");
  });

  it("writes None for no outputs", () => {
    const node: NodeSpec = { name: "sink", kind: "log_table", inputs: ["a"], outputs: [] };
    expect(nodeToPython(node)).toContain('    inputs="a",\n    outputs=None,\n');
  });

  it("escapes quotes in names", () => {
    const node: NodeSpec = { name: 'say "hi"', kind: "f", inputs: ["a"], outputs: ["b"] };
    expect(nodeToPython(node)).toContain('    name="say \\"hi\\"",\n');
  });
});

describe("projectToPipelinePython", () => {
  it("writes the model_predict module", () => {
    expect(projectToPipelinePython(irisProject(), "model_predict")).toBe(
      [
        "from kedro.pipeline import Pipeline, node",
        "",
        "from .nodes import predict_model, scaler_transform",
        "",
        "",
        "def create_pipeline(**kwargs) -> Pipeline:",
        "    return Pipeline(",
        "        [",
        "            node(",
        "                func=scaler_transform,",
        '                inputs=["iris_predict_raw", "feature_scaler_fitted", "params:columns"],',
        '                outputs="iris_predict_scaled",',
        '                name="scale_predict_table",',
        "            ),",
        "            node(",
        "                func=predict_model,",
        "                inputs=[",
        '                    "iris_predict_scaled",',
        '                    "trained_model",',
        '                    "params:columns",',
        '                    "params:test",',
        "                ],",
        '                outputs="predicted",',
        '                name="predict_unlabeled",',
        "            ),",
        "        ]",
        "    )",
        "",
      ].join("\n"),
    );
  });

  it("wraps a long import in parentheses", () => {
    const text = projectToPipelinePython(irisProject(), "data_engineering");
    expect(text).toContain(
      [
        "from .nodes import (",
        "    create_split_column,",
        "    encoder_fit,",
        "    encoder_transform,",
        "    scaler_fit,",
        "    scaler_transform,",
        "    split_master_table,",
        ")",
      ].join("\n"),
    );
  });

  it("keeps every line within 88 columns", () => {
    for (const line of projectToPipelinePython(irisProject()).split("\n")) {
      expect(line.length, line).toBeLessThanOrEqual(88);
    }
  });

  it("writes every pipeline for __default__", () => {
    const text = projectToPipelinePython(irisProject(), "__default__");
    expect(text).toBe(projectToPipelinePython(irisProject()));
    expect(text.match(/def create_pipeline/g)).toHaveLength(3);
    expect(text).toContain("# pipelines/model_train/pipeline.py\n");
  });

  it("writes an empty pipeline", () => {
    const text = projectToPipelinePython({ pipelines: { empty: [] }, catalog: {}, parameters: {} }, "empty");
    expect(text).toBe("from kedro.pipeline import Pipeline, node\n\n\ndef create_pipeline(**kwargs) -> Pipeline:\n    return Pipeline([])\n");
  });

  it("rejects an unknown pipeline", () => {
    expect(() => projectToPipelinePython(irisProject(), "training")).toThrow(EngineError);
    try {
      projectToPipelinePython(irisProject(), "training");
    } catch (error) {
      expect((error as EngineError).code).toBe("UNKNOWN_PIPELINE");
      expect((error as EngineError).params.known).toBe("data_engineering, model_train, model_predict");
    }
  });
});
