/**
 * The workshop's Iris Kedro project: three pipelines, its Data Catalog and
 * `parameters.yml`, with the workshop's node and dataset names.
 */
import type { Project } from "../pipeline/types";

export function irisProject(): Project {
  return {
    pipelines: {
      data_engineering: [
        { name: "create_split_column", kind: "create_split_column", inputs: ["iris_train_raw", "params:split_params"], outputs: ["iris_split"] },
        { name: "split_raw_table", kind: "split_master_table", inputs: ["iris_split", "params:columns"], outputs: ["train_raw", "test_raw"] },
        { name: "create_feature_scaler", kind: "scaler_fit", inputs: ["train_raw", "params:columns"], outputs: ["feature_scaler_fitted"] },
        { name: "create_target_encoder", kind: "encoder_fit", inputs: ["train_raw", "params:columns"], outputs: ["target_encoder_fitted"] },
        { name: "scaled_master_table", kind: "scaler_transform", inputs: ["iris_split", "feature_scaler_fitted", "params:columns"], outputs: ["iris_scaled"] },
        { name: "encode_target", kind: "encoder_transform", inputs: ["iris_scaled", "target_encoder_fitted", "params:columns"], outputs: ["master_table"] },
      ],
      model_train: [
        { name: "split_master_table", kind: "split_master_table", inputs: ["master_table", "params:columns"], outputs: ["mt_train", "mt_test"] },
        { name: "train_model", kind: "train_model", inputs: ["mt_train", "params:columns", "params:train"], outputs: ["trained_model"] },
        { name: "predict_test", kind: "predict_model", inputs: ["mt_test", "trained_model", "params:columns", "params:test"], outputs: ["test_predictions"] },
        { name: "evaluate_test", kind: "evaluate_predictions", inputs: ["mt_test", "test_predictions", "params:columns", "params:evaluate"], outputs: ["test_classification_report"] },
        { name: "confusion_matrix_test", kind: "confusion_matrix", inputs: ["mt_test", "test_predictions", "params:columns"], outputs: ["test_confusion_matrix"] },
      ],
      model_predict: [
        { name: "scale_predict_table", kind: "scaler_transform", inputs: ["iris_predict_raw", "feature_scaler_fitted", "params:columns"], outputs: ["iris_predict_scaled"] },
        { name: "predict_unlabeled", kind: "predict_model", inputs: ["iris_predict_scaled", "trained_model", "params:columns", "params:test"], outputs: ["predicted"] },
      ],
    },
    catalog: {
      iris_train_raw: { type: "pandas.CSVDataset", layer: "raw", filepath: "data/01_raw/iris_train.csv" },
      iris_predict_raw: { type: "pandas.CSVDataset", layer: "raw", filepath: "data/01_raw/iris_predict.csv" },
      iris_split: { type: "pandas.ParquetDataset", layer: "intermediate", filepath: "data/02_intermediate/iris_split.parquet" },
      master_table: { type: "pandas.ParquetDataset", layer: "primary", filepath: "data/03_primary/master_table.parquet" },
      feature_scaler_fitted: { type: "pickle.PickleDataset", layer: "models", filepath: "data/06_models/feature_scaler_fitted.pkl" },
      target_encoder_fitted: { type: "pickle.PickleDataset", layer: "models", filepath: "data/06_models/target_encoder_fitted.pkl" },
      trained_model: { type: "pickle.PickleDataset", layer: "models", filepath: "data/06_models/trained_model.pkl" },
      test_predictions: { type: "pandas.ParquetDataset", layer: "model_output", filepath: "data/07_model_output/test_predictions.parquet" },
      predicted: { type: "pandas.CSVDataset", layer: "model_output", filepath: "data/07_model_output/predicted.csv" },
      test_classification_report: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/test_classification_report.json" },
      test_confusion_matrix: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/test_confusion_matrix.json" },
    },
    parameters: {
      columns: { target: "Species", features: ["SepalLengthCm", "SepalWidthCm", "PetalLengthCm", "PetalWidthCm"] },
      split_params: { train_ratio: 0.8, test_ratio: 0.2, seed: 42 },
      train: { learning_rate: 0.1, epochs: 300, l2: 0.01, seed: 42 },
      test: {},
      evaluate: {},
    },
  };
}
