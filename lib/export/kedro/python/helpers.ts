/**
 * Module-level Python definitions that several node functions share. A
 * generated `nodes.py` gets only the ones its functions use, in this order.
 */
import type { PythonHelper } from "./types";

const LOGGER: PythonHelper = {
  name: "logger",
  imports: ["import logging"],
  helpers: [],
  source: String.raw`logger = logging.getLogger(__name__)`,
};

const SPLIT_COLUMN: PythonHelper = {
  name: "SPLIT_COLUMN",
  imports: [],
  helpers: [],
  source: String.raw`SPLIT_COLUMN = "split"`,
};

const CHECK_RATIOS: PythonHelper = {
  name: "_check_ratios",
  imports: ["import numpy as np"],
  helpers: [],
  source: String.raw`def _check_ratios(params: dict) -> tuple[float, float]:
    """Read train_ratio and test_ratio, which must each be in [0, 1] and sum to 1."""
    train_ratio = float(params["train_ratio"])
    test_ratio = float(params["test_ratio"])
    for key, value in (("train_ratio", train_ratio), ("test_ratio", test_ratio)):
        if not 0 <= value <= 1:
            raise ValueError(f"{key} must be between 0 and 1, got {value}")
    if not np.isclose(train_ratio + test_ratio, 1):
        raise ValueError(
            f"train_ratio + test_ratio must be 1, got {train_ratio + test_ratio}"
        )
    return train_ratio, test_ratio`,
};

const ENCODED_COLUMN: PythonHelper = {
  name: "_encoded_column",
  imports: [],
  helpers: [],
  source: String.raw`def _encoded_column(target: str) -> str:
    """Return the name of the label-code column that encoder_transform adds."""
    return f"{target}_encoded"`,
};

const TRAINING_FEATURES: PythonHelper = {
  name: "_training_features",
  imports: ["import pandas as pd"],
  helpers: ["_encoded_column", "SPLIT_COLUMN"],
  source: String.raw`def _training_features(df: pd.DataFrame, columns: dict) -> list[str]:
    """Return the feature columns that the columns block selects.

    features is a list of column names, or "all" for every column of df
    except the target, its encoded codes, split and Id, which are labels or
    row bookkeeping rather than model inputs.
    """
    features = columns["features"]
    if features != "all":
        return list(features)
    target = columns["target"]
    excluded = {target, _encoded_column(target), SPLIT_COLUMN, "Id"}
    selected = [name for name in df.columns if name not in excluded]
    if not selected:
        raise ValueError(
            'features: "all" found no column besides the target, split and Id'
        )
    return selected`,
};

const MODEL_FEATURES: PythonHelper = {
  name: "_model_features",
  imports: [],
  helpers: [],
  source: String.raw`def _model_features(model, columns: dict) -> list[str]:
    """Return the model's feature columns, checked against columns["features"]."""
    fitted = [str(name) for name in model.feature_names_in_]
    requested = columns["features"]
    if requested != "all" and list(requested) != fitted:
        raise ValueError(
            f"columns.features {list(requested)} differ from the features the "
            f"model was trained on {fitted}: use the same list, or \"all\""
        )
    return fitted`,
};

const TRAINING_LABELS: PythonHelper = {
  name: "_training_labels",
  imports: ["import numpy as np", "import pandas as pd"],
  helpers: ["_encoded_column"],
  source: String.raw`def _training_labels(df: pd.DataFrame, columns: dict) -> np.ndarray:
    """Return the encoded labels, checked for rows and for at least two classes."""
    if df.empty:
        raise ValueError("the training table has no rows")
    name = _encoded_column(columns["target"])
    if name not in df.columns:
        raise KeyError(f"column {name} not found: run encoder_transform first")
    labels = df[name].to_numpy()
    if len(np.unique(labels)) < 2:
        raise ValueError(f"{name} has fewer than two classes; a model needs two")
    return labels`,
};

const LOGISTIC_REGRESSION: PythonHelper = {
  name: "_logistic_regression",
  imports: ["import numpy as np", "from sklearn.linear_model import LogisticRegression"],
  helpers: [],
  source: String.raw`def _logistic_regression(params: dict, rows: int) -> LogisticRegression:
    """Build the LogisticRegression whose objective matches Deploy Lab's train_model.

    Deploy Lab minimises mean cross-entropy + l2 * sum(W**2) with Adam.
    scikit-learn minimises C * sum(cross-entropy) + sum(W**2) / 2, the same
    objective scaled when C = 1 / (2 * l2 * rows). l2 = 0 means no penalty
    (C = inf). The lbfgs solver needs no learning_rate or batch_size, and
    max_iter is at least 1000 so that it converges.
    """
    l2 = float(params.get("l2", 0))
    if l2 < 0:
        raise ValueError(f"l2 must be >= 0, got {l2}")
    c = 1 / (2 * l2 * rows) if l2 > 0 else np.inf
    return LogisticRegression(
        C=c,
        max_iter=max(1000, int(params["epochs"])),
        random_state=int(params.get("seed", 0)),
    )`,
};

const MLP_CLASSIFIER: PythonHelper = {
  name: "_mlp_classifier",
  imports: ["from sklearn.neural_network import MLPClassifier"],
  helpers: [],
  source: String.raw`def _mlp_classifier(params: dict, rows: int) -> MLPClassifier:
    """Build the MLPClassifier that matches Deploy Lab's train_mlp.

    One ReLU hidden layer of hidden_units (default 32, as in the browser),
    Adam for at most epochs passes. The browser's penalty l2 * sum(W**2) on
    the weights of a batch of n rows is scikit-learn's alpha = 2 * l2 * n.
    """
    batch_size = min(int(params.get("batch_size", 200)), rows)
    return MLPClassifier(
        hidden_layer_sizes=(int(params.get("hidden_units", 32)),),
        learning_rate_init=float(params["learning_rate"]),
        max_iter=int(params["epochs"]),
        batch_size=batch_size,
        alpha=2 * float(params.get("l2", 0)) * batch_size,
        random_state=int(params.get("seed", 0)),
        early_stopping=bool(params.get("early_stopping", False)),
        validation_fraction=float(params.get("validation_fraction", 0.1)),
        n_iter_no_change=int(params.get("patience", 10)),
    )`,
};

const FIT_CLASSIFIER: PythonHelper = {
  name: "_fit_classifier",
  imports: ["import warnings", "import numpy as np", "import pandas as pd", "from sklearn.exceptions import ConvergenceWarning"],
  helpers: ["_logistic_regression", "_mlp_classifier"],
  source: String.raw`def _fit_classifier(model: str, params: dict, x: pd.DataFrame, labels: np.ndarray):
    """Fit train_model's logistic regression, or train_mlp's network for model "mlp".

    Running out of epochs is expected for the MLP, so its ConvergenceWarning
    is not shown.
    """
    if model == "logistic_regression":
        return _logistic_regression(params, len(x)).fit(x, labels)
    if model == "mlp":
        classifier = _mlp_classifier(params, len(x))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            return classifier.fit(x, labels)
    raise ValueError(f'model must be "logistic_regression" or "mlp", got {model!r}')`,
};

const MACRO_SCORES: PythonHelper = {
  name: "_macro_scores",
  imports: ["import numpy as np", "from sklearn.metrics import accuracy_score, precision_recall_fscore_support"],
  helpers: [],
  source: String.raw`def _macro_scores(y_true: np.ndarray, y_pred: np.ndarray) -> dict:
    """Return accuracy and the macro precision, recall and F1, as plain floats."""
    precision, recall, f1, _ = precision_recall_fscore_support(
        y_true, y_pred, average="macro", zero_division=0
    )
    return {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "precision_macro": float(precision),
        "recall_macro": float(recall),
        "f1_macro": float(f1),
    }`,
};

const TRUE_AND_PREDICTED: PythonHelper = {
  name: "_true_and_predicted",
  imports: ["import numpy as np", "import pandas as pd"],
  helpers: ["_encoded_column"],
  source: String.raw`def _true_and_predicted(
    df_true: pd.DataFrame, predictions: pd.DataFrame, columns: dict
) -> tuple[np.ndarray, np.ndarray]:
    """Return y_true (<target>_encoded) and y_pred (prediction), row for row."""
    if len(df_true) != len(predictions):
        raise ValueError(
            f"predictions has {len(predictions)} rows but df_true has "
            f"{len(df_true)}: predict the same rows that you evaluate"
        )
    if df_true.empty:
        raise ValueError("df_true has no rows to evaluate")
    y_true = df_true[_encoded_column(columns["target"])].to_numpy()
    y_pred = predictions["prediction"].to_numpy()
    return y_true, y_pred`,
};

const JSON_READY: PythonHelper = {
  name: "_json_ready",
  imports: ["import numpy as np"],
  helpers: [],
  source: String.raw`def _json_ready(value):
    """Convert NumPy scalars and arrays to Python values, which json.dump can write."""
    if isinstance(value, dict):
        return {str(key): _json_ready(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(item) for item in value]
    if isinstance(value, np.ndarray):
        return _json_ready(value.tolist())
    if isinstance(value, np.generic):
        return value.item()
    return value`,
};

const COLUMN_TYPES: PythonHelper = {
  name: "COLUMN_TYPES",
  imports: [],
  helpers: [],
  source: String.raw`# The data dictionary's column types, in the order the encoded columns come out.
COLUMN_TYPES = ("Float", "Ordinal", "Boolean", "Categorical")`,
};

const COLUMNS_BY_TYPE: PythonHelper = {
  name: "_columns_by_type",
  imports: [],
  helpers: ["COLUMN_TYPES"],
  source: String.raw`def _columns_by_type(params: dict) -> dict[str, list[str]]:
    """Read the column types from columns (type -> names) or dictionary."""
    if ("columns" in params) == ("dictionary" in params):
        raise ValueError(
            "give either columns (type -> column names) or dictionary, not both"
        )
    target = params.get("target")
    by_type = {column_type: [] for column_type in COLUMN_TYPES}
    if "columns" in params:
        unknown = set(params["columns"]) - set(COLUMN_TYPES)
        if unknown:
            raise ValueError(
                f"unknown column types {sorted(unknown)}: use {', '.join(COLUMN_TYPES)}"
            )
        for column_type in COLUMN_TYPES:
            by_type[column_type] = list(params["columns"].get(column_type) or [])
    else:
        for entry in params["dictionary"]:
            if entry.get("type") not in COLUMN_TYPES:
                raise ValueError(
                    f"dictionary entry {entry} needs a type among "
                    f"{', '.join(COLUMN_TYPES)}"
                )
            # The dictionary lists the target too, which is passed through.
            if entry["column"] != target:
                by_type[entry["type"]].append(entry["column"])

    listed = [name for names in by_type.values() for name in names]
    if not listed:
        raise ValueError("list at least one column to encode")
    repeated = sorted(
        {name for name in listed if listed.count(name) > 1 or name == target}
    )
    if repeated:
        raise ValueError(
            f"columns {repeated} appear under two types or are the target: "
            "list each once"
        )
    return by_type`,
};

/** Every helper, in the order a module defines them. */
export const PYTHON_HELPERS: readonly PythonHelper[] = [
  LOGGER,
  SPLIT_COLUMN,
  COLUMN_TYPES,
  CHECK_RATIOS,
  ENCODED_COLUMN,
  TRAINING_FEATURES,
  MODEL_FEATURES,
  TRAINING_LABELS,
  LOGISTIC_REGRESSION,
  MLP_CLASSIFIER,
  FIT_CLASSIFIER,
  MACRO_SCORES,
  TRUE_AND_PREDICTED,
  JSON_READY,
  COLUMNS_BY_TYPE,
];
