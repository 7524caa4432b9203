/**
 * The workshop's diabetes Kedro project (CDC BRFSS 2015, Kaggle's 50/50
 * file): four pipelines, its Data Catalog and `parameters.yml`.
 *
 * The raw tables are the output of `recognizeDiabetes`, so the target is
 * `Diabetes` with codes 0 and 1. The pipelines still run encoder_fit and
 * encoder_transform on it: a LabelEncoder maps {0, 1} to itself, and
 * train_model, evaluate_binary and confusion_matrix read `Diabetes_encoded`,
 * as they do for Iris.
 */
import { DIABETES_DICTIONARY, DIABETES_TARGET } from "../data/diabetes";
import type { NodeSpec, Project } from "../pipeline/types";

/** The classifier that the `train_model` node fits. */
export type DiabetesModel = "logistic_regression" | "mlp";

/** Groups the dictionary's feature columns by type, as column_transformer_fit reads them. */
function columnsByType(): Record<string, string[]> {
  const columns: Record<string, string[]> = { Float: [], Ordinal: [], Boolean: [], Categorical: [] };
  for (const entry of DIABETES_DICTIONARY) {
    if (entry.column !== DIABETES_TARGET) columns[entry.type].push(entry.column);
  }
  return columns;
}

function trainNode(model: DiabetesModel): NodeSpec {
  return model === "mlp"
    ? { name: "train_model", kind: "train_mlp", inputs: ["mt_train", "params:columns", "params:train_mlp"], outputs: ["trained_model"] }
    : { name: "train_model", kind: "train_model", inputs: ["mt_train", "params:columns", "params:train"], outputs: ["trained_model"] };
}

/**
 * Builds the project. `model_tuning` searches the logistic regression's
 * hyperparameters; wiring `best_params` into train_model's params port trains
 * with the winner. `model` picks the classifier of `train_model`: the
 * workshop's logistic regression by default, or the 32-unit MLP.
 */
export function diabetesProject(model: DiabetesModel = "logistic_regression"): Project {
  return {
    pipelines: {
      data_engineering: [
        { name: "create_split_column", kind: "stratified_split", inputs: ["diabetes_raw", "params:split_params"], outputs: ["diabetes_split"] },
        { name: "split_raw_table", kind: "split_master_table", inputs: ["diabetes_split", "params:columns"], outputs: ["train_raw", "test_raw"] },
        { name: "create_column_transformer", kind: "column_transformer_fit", inputs: ["train_raw", "params:column_transformer"], outputs: ["column_transformer_fitted"] },
        { name: "create_target_encoder", kind: "encoder_fit", inputs: ["train_raw", "params:columns"], outputs: ["target_encoder_fitted"] },
        { name: "transform_split_table", kind: "column_transformer_transform", inputs: ["diabetes_split", "column_transformer_fitted"], outputs: ["diabetes_encoded"] },
        { name: "encode_target", kind: "encoder_transform", inputs: ["diabetes_encoded", "target_encoder_fitted", "params:columns"], outputs: ["master_table"] },
      ],
      model_train: [
        { name: "split_master_table", kind: "split_master_table", inputs: ["master_table", "params:columns"], outputs: ["mt_train", "mt_test"] },
        trainNode(model),
        { name: "predict_test", kind: "predict_model", inputs: ["mt_test", "trained_model", "params:columns", "params:test"], outputs: ["test_predictions"] },
        { name: "evaluate_test", kind: "evaluate_binary", inputs: ["mt_test", "test_predictions", "params:columns", "params:evaluate"], outputs: ["test_classification_report", "test_roc_curve"] },
        { name: "confusion_matrix_test", kind: "confusion_matrix", inputs: ["mt_test", "test_predictions", "params:columns"], outputs: ["test_confusion_matrix"] },
      ],
      model_predict: [
        { name: "transform_predict_table", kind: "column_transformer_transform", inputs: ["diabetes_predict_raw", "column_transformer_fitted"], outputs: ["diabetes_predict_encoded"] },
        { name: "predict_unlabeled", kind: "predict_model", inputs: ["diabetes_predict_encoded", "trained_model", "params:columns", "params:test"], outputs: ["predicted"] },
      ],
      model_tuning: [
        { name: "tune_hyperparameters", kind: "random_search_cv", inputs: ["mt_train", "params:columns", "params:hpo"], outputs: ["best_params", "hpo_trials"] },
      ],
      model_evaluation: [
        {
          name: "backtest_model",
          kind: "backtest_model",
          inputs: ["train_raw", "params:columns", "params:backtest", "params:column_transformer"],
          outputs: ["backtest_report"],
        },
        {
          name: "permutation_importance",
          kind: "permutation_importance",
          inputs: ["mt_test", "trained_model", "params:columns", "params:importance", "column_transformer_fitted"],
          outputs: ["feature_importance"],
        },
      ],
    },
    catalog: {
      diabetes_raw: { type: "pandas.CSVDataset", layer: "raw", filepath: "data/01_raw/diabetes_binary_5050split_health_indicators_BRFSS2015.csv" },
      diabetes_predict_raw: { type: "pandas.CSVDataset", layer: "raw", filepath: "data/01_raw/diabetes_predict.csv" },
      diabetes_split: { type: "pandas.ParquetDataset", layer: "intermediate", filepath: "data/02_intermediate/diabetes_split.parquet" },
      master_table: { type: "pandas.ParquetDataset", layer: "primary", filepath: "data/03_primary/master_table.parquet" },
      column_transformer_fitted: { type: "pickle.PickleDataset", layer: "models", filepath: "data/06_models/column_transformer_fitted.pkl" },
      target_encoder_fitted: { type: "pickle.PickleDataset", layer: "models", filepath: "data/06_models/target_encoder_fitted.pkl" },
      trained_model: { type: "pickle.PickleDataset", layer: "models", filepath: "data/06_models/trained_model.pkl" },
      test_predictions: { type: "pandas.ParquetDataset", layer: "model_output", filepath: "data/07_model_output/test_predictions.parquet" },
      predicted: { type: "pandas.CSVDataset", layer: "model_output", filepath: "data/07_model_output/predicted.csv" },
      test_classification_report: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/test_classification_report.json" },
      test_roc_curve: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/test_roc_curve.json" },
      test_confusion_matrix: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/test_confusion_matrix.json" },
      best_params: { type: "json.JSONDataset", layer: "models", filepath: "data/06_models/best_params.json" },
      hpo_trials: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/hpo_trials.json" },
      backtest_report: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/backtest_report.json" },
      feature_importance: { type: "json.JSONDataset", layer: "reporting", filepath: "data/08_reporting/feature_importance.json" },
    },
    parameters: {
      // "all": train on every column of the encoded table except the target, split and Id (46 columns here).
      columns: { target: DIABETES_TARGET, features: "all" },
      column_transformer: { target: DIABETES_TARGET, columns: columnsByType(), passthrough: ["split"] },
      split_params: { train_ratio: 0.8, test_ratio: 0.2, seed: 42, stratify: DIABETES_TARGET },
      // Reach macro F1 >= 0.745 on the Kaggle 50/50 file (lib/ml/diabetes.test.ts).
      train: { learning_rate: 0.003, epochs: 10, batch_size: 256, seed: 42 },
      // 3-fold cross-validation on the training rows: each fold refits the column transformer, then trains with the `train` hyperparameters.
      backtest: { folds: 3, seed: 42, model: "logistic_regression", learning_rate: 0.003, epochs: 10, batch_size: 256 },
      // Random search scored by macro F1 over 3 stratified folds of a 12,000-row sample of the training rows.
      hpo: {
        model: "logistic_regression",
        n_trials: 6,
        folds: 3,
        seed: 42,
        sample_rows: 12000,
        fixed: { seed: 42 },
        search_space: {
          learning_rate: { log_uniform: [0.0005, 0.02] },
          epochs: { int: [4, 12] },
          batch_size: [128, 256, 512],
          l2: [0, 0.0001, 0.001],
        },
      },
      importance: { repeats: 3, seed: 42 },
      train_mlp: { hidden_units: 32, learning_rate: 0.001, epochs: 10, batch_size: 200, seed: 42 },
      test: {},
      evaluate: {},
    },
  };
}
