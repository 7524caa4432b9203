/**
 * Python twins of the evaluation kinds (lib/ml/evaluate.ts, backtest.ts,
 * permutation.ts). Each returns plain Python values, so Kedro's
 * JSONDataset can save the result.
 */
import type { PythonNodeFunction } from "./types";

const evaluatePredictions: PythonNodeFunction = {
  kind: "evaluate_predictions",
  imports: ["import pandas as pd", "from sklearn.metrics import classification_report"],
  helpers: ["logger", "_true_and_predicted", "_json_ready"],
  source: String.raw`def evaluate_predictions(
    df_true: pd.DataFrame, predictions: pd.DataFrame, columns: dict, params: dict
) -> dict:
    """Build scikit-learn's classification report: precision, recall, F1 and support.

    Keys are the class codes as strings ("0", "1", ...), then accuracy,
    macro avg and weighted avg. A score whose denominator is zero is 0.

    Args:
        df_true: Rows with the true <target>_encoded labels.
        predictions: Output of predict_model on the same rows, in order.
        columns: The columns block; target names the label column.
        params: The evaluate block; no keys are read yet.

    Returns:
        The report as a dictionary of plain Python values.
    """
    y_true, y_pred = _true_and_predicted(df_true, predictions, columns)
    report = _json_ready(
        classification_report(y_true, y_pred, output_dict=True, zero_division=0)
    )
    if "accuracy" in report:
        logger.info("Accuracy on %d rows: %.4f", len(y_true), report["accuracy"])
    return report`,
  testImports: ["import json", "import pandas as pd"],
  tests: String.raw`def test_evaluate_predictions_scores_every_class():
    df_true = pd.DataFrame({"y_encoded": [0, 1, 1, 2]})
    predictions = pd.DataFrame({"prediction": [0, 1, 2, 2]})
    report = evaluate_predictions(df_true, predictions, {"target": "y"}, {})
    assert report["accuracy"] == pytest.approx(0.75)
    assert report["1"]["recall"] == pytest.approx(0.5)
    assert json.loads(json.dumps(report)) == report


def test_evaluate_predictions_rejects_other_row_counts():
    df_true = pd.DataFrame({"y_encoded": [0, 1]})
    with pytest.raises(ValueError, match="same rows"):
        evaluate_predictions(
            df_true, pd.DataFrame({"prediction": [0]}), {"target": "y"}, {}
        )`,
};

const evaluateBinary: PythonNodeFunction = {
  kind: "evaluate_binary",
  imports: ["import numpy as np", "import pandas as pd", "from sklearn.metrics import classification_report, roc_auc_score, roc_curve"],
  helpers: ["logger", "_true_and_predicted", "_json_ready", "_encoded_column"],
  source: String.raw`def evaluate_binary(
    df_true: pd.DataFrame, predictions: pd.DataFrame, columns: dict, params: dict
) -> tuple[dict, dict]:
    """Build the classification report plus ROC AUC and the ROC curve of class 1.

    The AUC and the curve use prob_1, the predicted probability of code 1,
    as roc_auc_score(y_true, proba[:, 1]) does. The curve keeps at most 200
    evenly spaced points {fpr, tpr, threshold}, first and last included.
    The first threshold is max(prob_1) + 1 instead of infinity, which JSON
    cannot store.

    Args:
        df_true: Rows with the true <target>_encoded codes 0 and 1.
        predictions: Output of predict_model on the same rows, in order.
        columns: The columns block; target names the label column.
        params: The evaluate block; no keys are read yet.

    Returns:
        The report with roc_auc added, and the curve
        {kind: "roc_curve", auc, points}.

    Raises:
        ValueError: When the codes are not 0 and 1 only, with both present.
    """
    y_true, y_pred = _true_and_predicted(df_true, predictions, columns)
    codes = sorted(set(y_true.tolist()))
    if codes != [0, 1]:
        raise ValueError(
            f"{_encoded_column(columns['target'])} has codes {codes}; "
            "a binary evaluation needs 0 and 1"
        )
    scores = predictions["prob_1"].to_numpy(dtype=float)
    auc = float(roc_auc_score(y_true, scores))
    fpr, tpr, thresholds = roc_curve(y_true, scores, drop_intermediate=False)
    thresholds = thresholds.astype(float)
    thresholds[0] = scores.max() + 1
    spaced = np.linspace(0, len(fpr) - 1, min(200, len(fpr)))
    keep = np.unique(spaced.round().astype(int))
    points = [
        {"fpr": float(fpr[i]), "tpr": float(tpr[i]), "threshold": float(thresholds[i])}
        for i in keep
    ]
    report = _json_ready(
        classification_report(y_true, y_pred, output_dict=True, zero_division=0)
    )
    report["roc_auc"] = auc
    logger.info("ROC AUC on %d rows: %.4f", len(y_true), auc)
    return report, {"kind": "roc_curve", "auc": auc, "points": points}`,
  testImports: ["import json", "import pandas as pd"],
  tests: String.raw`def test_evaluate_binary_adds_roc_auc_and_curve():
    df_true = pd.DataFrame({"y_encoded": [0, 0, 1, 1]})
    predictions = pd.DataFrame(
        {"prediction": [0, 1, 1, 1], "prob_1": [0.1, 0.6, 0.7, 0.9]}
    )
    report, curve = evaluate_binary(df_true, predictions, {"target": "y"}, {})
    assert report["roc_auc"] == pytest.approx(1.0)
    first = curve["points"][0]
    assert (first["fpr"], first["tpr"]) == (0.0, 0.0)
    assert first["threshold"] == pytest.approx(1.9)
    assert curve["points"][-1]["fpr"] == 1.0
    assert json.loads(json.dumps(curve)) == curve


def test_evaluate_binary_rejects_three_classes():
    df_true = pd.DataFrame({"y_encoded": [0, 1, 2]})
    predictions = pd.DataFrame({"prediction": [0, 1, 2], "prob_1": [0.1, 0.5, 0.2]})
    with pytest.raises(ValueError, match="binary"):
        evaluate_binary(df_true, predictions, {"target": "y"}, {})`,
};

const confusionMatrix: PythonNodeFunction = {
  kind: "confusion_matrix",
  imports: ["import numpy as np", "import pandas as pd", "from sklearn.metrics import confusion_matrix as sklearn_confusion_matrix"],
  helpers: ["_true_and_predicted", "_json_ready"],
  source: String.raw`def confusion_matrix(
    df_true: pd.DataFrame, predictions: pd.DataFrame, columns: dict
) -> dict:
    """Count each pair of true and predicted class: rows true, columns predicted.

    labels is the sorted union of true and predicted codes, as in
    scikit-learn's confusion_matrix.

    Args:
        df_true: Rows with the true <target>_encoded labels.
        predictions: Output of predict_model on the same rows, in order.
        columns: The columns block; target names the label column.

    Returns:
        {kind: "confusion_matrix", labels, matrix} as plain Python values.
    """
    y_true, y_pred = _true_and_predicted(df_true, predictions, columns)
    labels = np.union1d(y_true, y_pred)
    matrix = sklearn_confusion_matrix(y_true, y_pred, labels=labels)
    return _json_ready({"kind": "confusion_matrix", "labels": labels, "matrix": matrix})`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def test_confusion_matrix_counts_pairs():
    df_true = pd.DataFrame({"y_encoded": [0, 1, 1]})
    predictions = pd.DataFrame({"prediction": [0, 1, 0]})
    result = confusion_matrix(df_true, predictions, {"target": "y"})
    assert result["kind"] == "confusion_matrix"
    assert result["labels"] == [0, 1]
    assert result["matrix"] == [[1, 0], [1, 1]]`,
};

const backtestModel: PythonNodeFunction = {
  kind: "backtest_model",
  imports: ["import numpy as np", "import pandas as pd", "from sklearn.model_selection import StratifiedKFold"],
  helpers: ["logger", "_training_features", "_fit_classifier", "_macro_scores"],
  calls: ["column_transformer_fit", "column_transformer_transform", "encoder_fit"],
  source: String.raw`def backtest_model(
    df: pd.DataFrame, columns: dict, params: dict, transformer_params: dict
) -> dict:
    """Cross-validate the whole training recipe with stratified k-fold.

    StratifiedKFold(n_splits=folds, shuffle=True) deals the raw rows into
    parts that keep each class's share. For each fold, column_transformer_fit
    and a LabelEncoder of the target are fitted on the other parts only, as
    cross_validate does with a Pipeline, so no held-out row shapes the
    encoding. The fold then trains train_model's logistic regression (or
    train_mlp's network with model: mlp), predicts its own part and scores
    accuracy and macro precision, recall and F1; mean averages the folds.

    Args:
        df: Raw rows with the target and the columns the transformer
            encodes, such as the train rows before encoding.
        columns: The columns block: target and features (encoded column
            names, or "all" for every column but the target, split and Id).
        params: folds (default 3), seed (default 0), model
            (logistic_regression, the default, or mlp) and the trainer's
            params: epochs, l2 and, for mlp, hidden_units, learning_rate and
            batch_size.
        transformer_params: The column_transformer_fit parameters.

    Returns:
        {kind: "backtest", folds: [{fold, rows, accuracy, precision_macro,
        recall_macro, f1_macro}], mean}.

    Raises:
        ValueError: When df has no rows, fewer than two classes or fewer
            rows than folds, a target cell is missing, or model is unknown.
    """
    folds = int(params.get("folds", 3))
    model = params.get("model", "logistic_regression")
    target = columns["target"]
    if df.empty:
        raise ValueError("the table has no rows to cross-validate")
    if len(encoder_fit(df, columns).classes_) < 2:
        raise ValueError(f"{target} has fewer than two classes; a model needs two")
    if not 2 <= folds <= len(df):
        raise ValueError(
            f"folds must be between 2 and {len(df)} (the rows), got {folds}"
        )

    splitter = StratifiedKFold(
        n_splits=folds, shuffle=True, random_state=int(params.get("seed", 0))
    )
    results = []
    parts = splitter.split(df, df[target])
    for fold, (train_rows, test_rows) in enumerate(parts, start=1):
        train_raw = df.iloc[train_rows]
        test_raw = df.iloc[test_rows]
        transformer = column_transformer_fit(train_raw, transformer_params)
        encoder = encoder_fit(train_raw, columns)
        train_x = column_transformer_transform(train_raw, transformer)
        test_x = column_transformer_transform(test_raw, transformer)
        features = _training_features(train_x, columns)
        classifier = _fit_classifier(
            model, params, train_x[features], encoder.transform(train_raw[target])
        )
        predicted = classifier.predict(test_x[features])
        scores = _macro_scores(encoder.transform(test_raw[target]), predicted)
        results.append({"fold": fold, "rows": len(test_rows), **scores})
        logger.info(
            "Fold %d/%d: fitted the column transformer and trained on %d rows, "
            "scored %d: accuracy %.4f, macro F1 %.4f",
            fold,
            folds,
            len(train_rows),
            len(test_rows),
            scores["accuracy"],
            scores["f1_macro"],
        )
    keys = ("accuracy", "precision_macro", "recall_macro", "f1_macro")
    mean = {key: float(np.mean([row[key] for row in results])) for key in keys}
    return {"kind": "backtest", "folds": results, "mean": mean}`,
  testImports: ["import json", "import pandas as pd"],
  tests: String.raw`def _raw_rows() -> pd.DataFrame:
    # Class "no" has x < 0 and class "yes" has x > 0; colour carries no signal.
    return pd.DataFrame(
        {
            "x": [-2.0, -1.5, -1.2, -1.0, -0.8, -0.5, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0],
            "colour": ["red", "blue"] * 6,
            "split": ["train"] * 12,
            "y": ["no"] * 6 + ["yes"] * 6,
        }
    )


_TRANSFORMER_PARAMS = {
    "target": "y",
    "columns": {"Float": ["x"], "Categorical": ["colour"]},
    "passthrough": ["split"],
}


def test_backtest_model_refits_the_encoding_per_fold():
    columns = {"target": "y", "features": "all"}
    params = {"folds": 3, "seed": 5, "epochs": 100, "l2": 0.01}
    report = backtest_model(_raw_rows(), columns, params, _TRANSFORMER_PARAMS)
    assert list(report) == ["kind", "folds", "mean"]
    assert [fold["fold"] for fold in report["folds"]] == [1, 2, 3]
    assert [fold["rows"] for fold in report["folds"]] == [4, 4, 4]
    assert report["mean"]["accuracy"] == pytest.approx(1.0)
    assert report["mean"]["f1_macro"] == pytest.approx(1.0)
    assert json.loads(json.dumps(report)) == report


def test_backtest_model_trains_the_mlp():
    columns = {"target": "y", "features": ["x"]}
    params = {
        "folds": 2,
        "seed": 1,
        "model": "mlp",
        "hidden_units": 4,
        "learning_rate": 0.05,
        "epochs": 200,
        "batch_size": 4,
    }
    report = backtest_model(_raw_rows(), columns, params, _TRANSFORMER_PARAMS)
    assert len(report["folds"]) == 2
    assert 0.0 <= report["mean"]["f1_macro"] <= 1.0


def test_backtest_model_rejects_an_unknown_model():
    columns = {"target": "y", "features": "all"}
    params = {"folds": 3, "epochs": 10, "model": "svm"}
    with pytest.raises(ValueError, match="model must be"):
        backtest_model(_raw_rows(), columns, params, _TRANSFORMER_PARAMS)


def test_backtest_model_rejects_more_folds_than_rows():
    columns = {"target": "y", "features": "all"}
    params = {"folds": 13, "epochs": 10}
    with pytest.raises(ValueError, match="folds must be between 2 and 12"):
        backtest_model(_raw_rows(), columns, params, _TRANSFORMER_PARAMS)`,
};

const permutationImportance: PythonNodeFunction = {
  kind: "permutation_importance",
  imports: [
    "import numpy as np",
    "import pandas as pd",
    "from sklearn.compose import ColumnTransformer",
    "from sklearn.metrics import f1_score",
    "from sklearn.preprocessing import OneHotEncoder",
  ],
  helpers: ["logger", "_encoded_column", "_model_features"],
  source: String.raw`def _feature_groups(transformer, features: list[str]) -> list[tuple[str, list[int]]]:
    """Group the model's feature positions by the raw column they encode.

    A ColumnTransformer maps each one-hot column (Sex_0, Sex_1) to its raw
    column (Sex) and each scaled column to itself. With a StandardScaler,
    and for features no transformer produced, each feature is its own group.
    """
    position = {name: index for index, name in enumerate(features)}
    outputs_by_column = {}
    if isinstance(transformer, ColumnTransformer):
        for _, step, step_columns in transformer.transformers_:
            if isinstance(step, str):
                continue
            if isinstance(step, OneHotEncoder):
                for column, categories in zip(step_columns, step.categories_):
                    outputs_by_column[column] = [
                        f"{column}_{value}" for value in categories
                    ]
            else:
                for column in step_columns:
                    outputs_by_column[column] = [column]

    groups = []
    grouped = set()
    for column, outputs in outputs_by_column.items():
        indices = [position[name] for name in outputs if name in position]
        if indices:
            groups.append((column, indices))
            grouped.update(outputs)
    groups += [(name, [position[name]]) for name in features if name not in grouped]
    return sorted(groups, key=lambda group: group[1][0])


def permutation_importance(
    df: pd.DataFrame, model, columns: dict, params: dict, transformer
) -> dict:
    """Rank the raw input columns by the drop in macro F1 when each is shuffled.

    Like scikit-learn's permutation_importance(scoring="f1_macro"), but the
    one-hot columns of a raw column (Sex_0, Sex_1) are shuffled together with
    one permutation, so the report lists raw columns. The seed fixes the
    permutations.

    Args:
        df: Encoded rows with the model's features and <target>_encoded.
        model: Output of train_model or train_mlp.
        columns: The columns block: target, and features matching the model
            or "all".
        params: repeats (default 3) and seed (default 0).
        transformer: The fitted ColumnTransformer or StandardScaler that
            encoded df.

    Returns:
        {kind: "permutation_importance", metric: "f1_macro", baseline,
        features: [{feature, mean_drop, std_drop}]}, largest drop first.
    """
    features = _model_features(model, columns)
    if df.empty:
        raise ValueError("the table has no rows to score")
    repeats = int(params.get("repeats", 3))
    rng = np.random.default_rng(int(params.get("seed", 0)))
    x = df[features].to_numpy(dtype=float)
    y = df[_encoded_column(columns["target"])].to_numpy()

    def macro_f1(values: np.ndarray) -> float:
        predicted = model.predict(pd.DataFrame(values, columns=features))
        return float(f1_score(y, predicted, average="macro", zero_division=0))

    baseline = macro_f1(x)
    importances = []
    for feature, indices in _feature_groups(transformer, features):
        drops = []
        for _ in range(repeats):
            permuted = x.copy()
            permuted[:, indices] = x[rng.permutation(len(x))][:, indices]
            drops.append(baseline - macro_f1(permuted))
        importances.append(
            {
                "feature": feature,
                "mean_drop": float(np.mean(drops)),
                "std_drop": float(np.std(drops)),
            }
        )
    # sort is stable, so equal drops keep the model's feature order.
    importances.sort(key=lambda item: item["mean_drop"], reverse=True)
    top = ", ".join(
        f"{item['feature']} {item['mean_drop']:.4f}" for item in importances[:3]
    )
    logger.info(
        "Permutation importance: baseline macro F1 %.4f, largest drops %s",
        baseline,
        top,
    )
    return {
        "kind": "permutation_importance",
        "metric": "f1_macro",
        "baseline": baseline,
        "features": importances,
    }`,
  testImports: [
    "import pandas as pd",
    "from sklearn.compose import ColumnTransformer",
    "from sklearn.linear_model import LogisticRegression",
    "from sklearn.preprocessing import OneHotEncoder, StandardScaler",
  ],
  tests: String.raw`def test_permutation_importance_groups_one_hot_columns():
    raw = pd.DataFrame({"BMI": [20.0, 22.0, 30.0, 32.0] * 5, "Sex": [0, 1, 0, 1] * 5})
    transformer = ColumnTransformer(
        [
            ("float", StandardScaler(), ["BMI"]),
            ("categorical", OneHotEncoder(handle_unknown="ignore"), ["Sex"]),
        ],
        sparse_threshold=0,
        verbose_feature_names_out=False,
    ).fit(raw)
    encoded = pd.DataFrame(
        transformer.transform(raw), columns=transformer.get_feature_names_out()
    )
    labels = [0, 0, 1, 1] * 5
    model = LogisticRegression().fit(encoded, labels)
    df = encoded.assign(y_encoded=labels)
    columns = {"target": "y", "features": "all"}
    params = {"repeats": 2, "seed": 1}
    report = permutation_importance(df, model, columns, params, transformer)
    assert sorted(item["feature"] for item in report["features"]) == ["BMI", "Sex"]
    assert report["features"][0]["feature"] == "BMI"
    assert report["baseline"] == pytest.approx(1.0)`,
};

export const EVALUATION_FUNCTIONS: readonly PythonNodeFunction[] = [
  evaluatePredictions,
  evaluateBinary,
  confusionMatrix,
  backtestModel,
  permutationImportance,
];
