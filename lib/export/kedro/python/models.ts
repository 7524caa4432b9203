/**
 * Python twins of the model kinds (lib/ml/model-kinds.ts): scikit-learn's
 * LogisticRegression and MLPClassifier in place of the tfjs trainers.
 */
import type { PythonNodeFunction } from "./types";

const trainModel: PythonNodeFunction = {
  kind: "train_model",
  imports: ["import pandas as pd", "from sklearn.linear_model import LogisticRegression"],
  helpers: ["logger", "_training_features", "_training_labels", "_logistic_regression"],
  source: String.raw`def train_model(df: pd.DataFrame, columns: dict, params: dict) -> LogisticRegression:
    """Train a multinomial logistic regression to predict <target>_encoded.

    The browser trains the same model with Adam for a fixed number of
    epochs. Here lbfgs solves the same L2-penalised objective to
    convergence, so learning_rate and batch_size are not needed (see
    _logistic_regression). The seed fixes random_state.

    Args:
        df: Training rows with numeric features and <target>_encoded.
        columns: The columns block: target and features (column names, or
            "all" for every column but the target, split and Id).
        params: epochs, l2 (>= 0, default 0) and seed (default 0);
            learning_rate and batch_size are read by the browser only.

    Returns:
        The fitted model, which remembers its feature names.
    """
    features = _training_features(df, columns)
    labels = _training_labels(df, columns)
    model = _logistic_regression(params, len(df)).fit(df[features], labels)
    logger.info(
        "Trained logistic regression on %d rows, %d features, %d classes",
        len(df),
        len(features),
        len(model.classes_),
    )
    return model`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def _separable_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "x": [-2.0, -1.5, -1.0, 1.0, 1.5, 2.0],
            "split": ["train"] * 6,
            "y_encoded": [0, 0, 0, 1, 1, 1],
        }
    )


def test_train_model_separates_two_classes():
    df = _separable_rows()
    columns = {"target": "y", "features": "all"}
    params = {"learning_rate": 0.1, "epochs": 100, "l2": 0.01, "seed": 42}
    model = train_model(df, columns, params)
    assert model.feature_names_in_.tolist() == ["x"]
    assert model.predict(df[["x"]]).tolist() == [0, 0, 0, 1, 1, 1]


def test_train_model_rejects_a_single_class():
    df = _separable_rows().assign(y_encoded=0)
    with pytest.raises(ValueError, match="two classes"):
        train_model(df, {"target": "y", "features": ["x"]}, {"epochs": 10})`,
};

const trainMlp: PythonNodeFunction = {
  kind: "train_mlp",
  imports: ["import warnings", "import pandas as pd", "from sklearn.exceptions import ConvergenceWarning", "from sklearn.neural_network import MLPClassifier"],
  helpers: ["logger", "_training_features", "_training_labels"],
  source: String.raw`def train_mlp(df: pd.DataFrame, columns: dict, params: dict) -> MLPClassifier:
    """Train a neural network with one ReLU hidden layer to predict <target>_encoded.

    MLPClassifier(hidden_layer_sizes=(hidden_units,)) with Adam, the solver
    the browser uses, for at most epochs passes over the rows. The browser's
    penalty l2 * sum(W**2) on the weights of a batch of n rows is
    scikit-learn's alpha = 2 * l2 * n. Running out of epochs is expected,
    so the ConvergenceWarning is not shown.

    Args:
        df: Training rows with numeric features and <target>_encoded.
        columns: The columns block: target and features (or "all").
        params: hidden_units, learning_rate, epochs, batch_size (default
            200), l2 (default 0), seed (default 0), early_stopping (default
            false), validation_fraction (default 0.1) and patience (epochs
            without improvement, default 10).

    Returns:
        The fitted model, which remembers its feature names.
    """
    features = _training_features(df, columns)
    labels = _training_labels(df, columns)
    batch_size = min(int(params.get("batch_size", 200)), len(df))
    model = MLPClassifier(
        hidden_layer_sizes=(int(params["hidden_units"]),),
        learning_rate_init=float(params["learning_rate"]),
        max_iter=int(params["epochs"]),
        batch_size=batch_size,
        alpha=2 * float(params.get("l2", 0)) * batch_size,
        random_state=int(params.get("seed", 0)),
        early_stopping=bool(params.get("early_stopping", False)),
        validation_fraction=float(params.get("validation_fraction", 0.1)),
        n_iter_no_change=int(params.get("patience", 10)),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(df[features], labels)
    logger.info(
        "Trained MLP (%d hidden units) on %d rows, %d features: final loss %.4f",
        int(params["hidden_units"]),
        len(df),
        len(features),
        model.loss_,
    )
    return model`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def test_train_mlp_fits_the_features():
    df = pd.DataFrame({"x": [-2.0, -1.0, 1.0, 2.0] * 5, "y_encoded": [0, 0, 1, 1] * 5})
    params = {
        "hidden_units": 4,
        "learning_rate": 0.05,
        "epochs": 50,
        "batch_size": 8,
        "seed": 1,
    }
    model = train_mlp(df, {"target": "y", "features": ["x"]}, params)
    assert model.hidden_layer_sizes == (4,)
    assert model.predict_proba(df[["x"]]).shape == (20, 2)`,
};

const predictModel: PythonNodeFunction = {
  kind: "predict_model",
  imports: ["import pandas as pd"],
  helpers: ["_model_features"],
  source: String.raw`def predict_model(
    df_in: pd.DataFrame, model, columns: dict, params: dict
) -> pd.DataFrame:
    """Predict a class code and the class probabilities for each row.

    The output has Id (copied when the input has it), prediction (the most
    probable code) and proba_0, proba_1, ... per class. Feature columns must
    be scaled like the training rows.

    Args:
        df_in: Rows with the model's feature columns.
        model: Output of train_model or train_mlp.
        columns: The columns block; features must match the model, or be
            "all" to use the model's features.
        params: The test block; no keys are read yet.

    Returns:
        One row per input row, with the input's index.
    """
    features = _model_features(model, columns)
    probabilities = model.predict_proba(df_in[features])
    predictions = pd.DataFrame(index=df_in.index)
    if "Id" in df_in.columns:
        predictions["Id"] = df_in["Id"]
    predictions["prediction"] = model.classes_[probabilities.argmax(axis=1)]
    for position, code in enumerate(model.classes_):
        predictions[f"proba_{code}"] = probabilities[:, position]
    return predictions`,
  testImports: ["import pandas as pd", "from sklearn.linear_model import LogisticRegression"],
  tests: String.raw`def test_predict_model_writes_codes_and_probabilities():
    train = pd.DataFrame({"x": [-2.0, -1.0, 1.0, 2.0]})
    model = LogisticRegression().fit(train, [0, 0, 1, 1])
    rows = pd.DataFrame({"Id": [10, 11], "x": [-3.0, 3.0]})
    result = predict_model(rows, model, {"target": "y", "features": "all"}, {})
    assert result.columns.tolist() == ["Id", "prediction", "proba_0", "proba_1"]
    assert result["prediction"].tolist() == [0, 1]
    assert (result["proba_0"] + result["proba_1"]).tolist() == pytest.approx([1.0, 1.0])


def test_predict_model_rejects_other_features():
    model = LogisticRegression().fit(pd.DataFrame({"x": [0.0, 1.0]}), [0, 1])
    rows = pd.DataFrame({"x": [0.5], "z": [1.0]})
    with pytest.raises(ValueError, match="differ"):
        predict_model(rows, model, {"target": "y", "features": ["z"]}, {})`,
};

export const MODEL_FUNCTIONS: readonly PythonNodeFunction[] = [trainModel, trainMlp, predictModel];
