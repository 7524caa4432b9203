/**
 * Python twins of the model kinds (lib/ml/model-kinds.ts, hpo.ts):
 * scikit-learn's LogisticRegression and MLPClassifier in place of the tfjs
 * trainers, and RandomizedSearchCV for the random search.
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
  imports: ["import pandas as pd", "from sklearn.neural_network import MLPClassifier"],
  helpers: ["logger", "_training_features", "_training_labels", "_fit_classifier"],
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
        params: hidden_units (default 32, so train_model's params also
            work), learning_rate, epochs, batch_size (default 200), l2
            (default 0), seed (default 0), early_stopping (default false),
            validation_fraction (default 0.1) and patience (epochs without
            improvement, default 10).

    Returns:
        The fitted model, which remembers its feature names.
    """
    features = _training_features(df, columns)
    labels = _training_labels(df, columns)
    model = _fit_classifier("mlp", params, df[features], labels)
    logger.info(
        "Trained MLP (%d hidden units) on %d rows, %d features: final loss %.4f",
        model.hidden_layer_sizes[0],
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
    assert model.predict_proba(df[["x"]]).shape == (20, 2)


def test_train_mlp_reads_train_model_params():
    df = pd.DataFrame({"x": [-2.0, -1.0, 1.0, 2.0] * 5, "y_encoded": [0, 0, 1, 1] * 5})
    params = {"learning_rate": 0.01, "epochs": 5, "batch_size": 8, "seed": 1}
    model = train_mlp(df, {"target": "y", "features": ["x"]}, params)
    assert model.hidden_layer_sizes == (32,)`,
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
    probable code) and prob_0, prob_1, ... per class. Feature columns must
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
        predictions[f"prob_{code}"] = probabilities[:, position]
    return predictions`,
  testImports: ["import pandas as pd", "from sklearn.linear_model import LogisticRegression"],
  tests: String.raw`def test_predict_model_writes_codes_and_probabilities():
    train = pd.DataFrame({"x": [-2.0, -1.0, 1.0, 2.0]})
    model = LogisticRegression().fit(train, [0, 0, 1, 1])
    rows = pd.DataFrame({"Id": [10, 11], "x": [-3.0, 3.0]})
    result = predict_model(rows, model, {"target": "y", "features": "all"}, {})
    assert result.columns.tolist() == ["Id", "prediction", "prob_0", "prob_1"]
    assert result["prediction"].tolist() == [0, 1]
    assert (result["prob_0"] + result["prob_1"]).tolist() == pytest.approx([1.0, 1.0])


def test_predict_model_rejects_other_features():
    model = LogisticRegression().fit(pd.DataFrame({"x": [0.0, 1.0]}), [0, 1])
    rows = pd.DataFrame({"x": [0.5], "z": [1.0]})
    with pytest.raises(ValueError, match="differ"):
        predict_model(rows, model, {"target": "y", "features": ["z"]}, {})`,
};

const randomSearchCv: PythonNodeFunction = {
  kind: "random_search_cv",
  imports: [
    "import math",
    "import numpy as np",
    "import pandas as pd",
    "from scipy.stats import loguniform, randint, uniform",
    "from sklearn.base import BaseEstimator, ClassifierMixin",
    "from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold, train_test_split",
  ],
  helpers: ["logger", "_training_features", "_training_labels", "_fit_classifier", "_json_ready"],
  source: String.raw`# The hyperparameters that random_search_cv may search or fix for each model,
# with the values it uses for those neither searched nor fixed. They are the
# browser's defaults, so best_params has the keys the browser writes.
_SEARCH_DEFAULTS = {
    "logistic_regression": {
        "learning_rate": 0.003,
        "epochs": 10,
        "batch_size": 256,
        "l2": 0,
    },
    "mlp": {
        "learning_rate": 0.001,
        "epochs": 10,
        "batch_size": 200,
        "l2": 0,
        "hidden_units": 32,
    },
}
_INTEGER_HYPERPARAMETERS = ("epochs", "batch_size", "hidden_units")


def _check_hyperparameter(key: str, value, where: str) -> None:
    """Raise ValueError unless value is valid for key, by the browser's rules."""
    valid = (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
    )
    if key in _INTEGER_HYPERPARAMETERS:
        valid = valid and float(value).is_integer() and value >= 1
        rule = "an integer >= 1"
    elif key == "learning_rate":
        valid = valid and value > 0
        rule = "a number > 0"
    else:
        valid = valid and value >= 0
        rule = "a number >= 0"
    if not valid:
        raise ValueError(f"{where} must be {rule}, got {value!r}")


def _read_integer(params: dict, key: str, default, low=None, high=None) -> int:
    """Read an integer parameter; low and high, when given, are inclusive limits."""
    value = params.get(key, default)
    valid = isinstance(value, int) and not isinstance(value, bool)
    valid = valid and (low is None or value >= low) and (high is None or value <= high)
    if not valid:
        limits = ""
        if low is not None:
            limits = f" between {low} and {high}" if high is not None else f" >= {low}"
        raise ValueError(f"{key} must be an integer{limits}, got {value!r}")
    return value


def _search_distribution(key: str, value, model: str):
    """Turn one search_space entry into a list or a scipy.stats distribution.

    RandomizedSearchCV draws from a list uniformly and from a distribution
    with its rvs method. A range with low == high becomes a one-value list.
    """
    where = f"search_space.{key}"
    if key not in _SEARCH_DEFAULTS[model]:
        allowed = ", ".join(_SEARCH_DEFAULTS[model])
        raise ValueError(f"{where} is not a hyperparameter of {model}: use {allowed}")
    if isinstance(value, list):
        if not value:
            raise ValueError(f"{where} must be a non-empty list of values")
        for candidate in value:
            _check_hyperparameter(key, candidate, where)
        return list(value)

    form = next(iter(value)) if isinstance(value, dict) and len(value) == 1 else None
    if form not in ("log_uniform", "uniform", "int"):
        raise ValueError(
            f"{where} must be {{log_uniform: [low, high]}}, {{uniform: [low, high]}}, "
            f"{{int: [low, high]}} or a list of values, got {value!r}"
        )
    where = f"{where}.{form}"
    bounds = value[form]
    if not isinstance(bounds, list) or len(bounds) != 2:
        raise ValueError(f"{where} must be [low, high], got {bounds!r}")
    for bound in bounds:
        _check_hyperparameter(key, bound, where)
    low, high = bounds
    if low > high:
        raise ValueError(f"{where} must have low <= high, got {bounds!r}")
    if form == "int" and not (float(low).is_integer() and float(high).is_integer()):
        raise ValueError(f"{where} must be two integers, got {bounds!r}")
    if form == "log_uniform" and low <= 0:
        raise ValueError(f"{where} must have 0 < low, got {bounds!r}")

    if low == high:
        return [low]
    if form == "log_uniform":
        return loguniform(low, high)
    if form == "uniform":
        return uniform(low, high - low)
    return randint(int(low), int(high) + 1)


def _read_search_params(params: dict) -> dict:
    """Read and check the hpo block. Each error names the key at fault."""
    model = params.get("model", "logistic_regression")
    if model not in _SEARCH_DEFAULTS:
        raise ValueError(
            f'model must be "logistic_regression" or "mlp", got {model!r}'
        )
    tunable = ", ".join(_SEARCH_DEFAULTS[model])

    space = params.get("search_space")
    if not isinstance(space, dict) or not space:
        raise ValueError(
            f"search_space must map hyperparameters to ranges, from: {tunable}"
        )
    fixed = params.get("fixed") or {}
    if not isinstance(fixed, dict):
        raise ValueError(f"fixed must map hyperparameters to values, got {fixed!r}")
    for key, value in fixed.items():
        if key == "seed":
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"fixed.seed must be an integer, got {value!r}")
        elif key in _SEARCH_DEFAULTS[model]:
            _check_hyperparameter(key, value, f"fixed.{key}")
        else:
            raise ValueError(f"fixed.{key} must be seed or one of {tunable}")

    sample_rows = params.get("sample_rows")
    if sample_rows is not None:
        _read_integer(params, "sample_rows", None, low=10)
    return {
        "model": model,
        "n_trials": _read_integer(params, "n_trials", 8, low=1, high=200),
        "folds": _read_integer(params, "folds", 3, low=2, high=10),
        "seed": _read_integer(params, "seed", 0),
        "sample_rows": sample_rows,
        "fixed": dict(fixed),
        "distributions": {
            key: _search_distribution(key, value, model) for key, value in space.items()
        },
    }


class _SearchEstimator(ClassifierMixin, BaseEstimator):
    """Deploy Lab's hyperparameters as one scikit-learn estimator.

    RandomizedSearchCV sets learning_rate, epochs, ... by these names. fit
    trains train_model's LogisticRegression or train_mlp's MLPClassifier
    with _fit_classifier, so l2 becomes C or alpha for the fold's rows.
    """

    def __init__(
        self,
        model="logistic_regression",
        learning_rate=0.003,
        epochs=10,
        batch_size=256,
        l2=0,
        hidden_units=32,
        seed=0,
    ):
        self.model = model
        self.learning_rate = learning_rate
        self.epochs = epochs
        self.batch_size = batch_size
        self.l2 = l2
        self.hidden_units = hidden_units
        self.seed = seed

    def fit(self, x, y):
        self.classifier_ = _fit_classifier(self.model, self.get_params(), x, y)
        self.classes_ = self.classifier_.classes_
        return self

    def predict(self, x):
        return self.classifier_.predict(x)


def _format_params(params: dict) -> str:
    return ", ".join(
        f"{key}={value:.3g}" if isinstance(value, float) else f"{key}={value}"
        for key, value in params.items()
    )


def random_search_cv(
    df: pd.DataFrame, columns: dict, params: dict
) -> tuple[dict, dict]:
    """Search the classifier's hyperparameters at random, scored by macro F1.

    RandomizedSearchCV(n_iter=n_trials, scoring="f1_macro",
    cv=StratifiedKFold(folds, shuffle=True)) with the seed as random_state
    of the folds and the draws. search_space maps each hyperparameter to
    {log_uniform: [low, high]} (scipy.stats.loguniform), {uniform: [low,
    high]} (uniform), {int: [low, high]} (randint, both ends included) or a
    list of values. Every trial uses the same folds. sample_rows
    cross-validates on a stratified sample of that many rows, to save time.

    Each fit translates the hyperparameters as train_model and train_mlp do.
    The logistic regression is solved by lbfgs to convergence, so only l2
    changes its fit: learning_rate, batch_size and epochs have no effect,
    and trials that differ only in them score the same. The MLP uses all of
    them. NumPy draws other values than the browser for the same seed. When
    every search_space entry is a list (a range with low == high counts as
    one), scikit-learn draws without replacement, so at most as many trials
    run as there are combinations.

    Args:
        df: Training rows with numeric features and <target>_encoded (never
            the test rows).
        columns: The columns block: target and features (or "all").
        params: model (logistic_regression, the default, or mlp), n_trials
            (1 to 200, default 8), folds (2 to 10, default 3), seed (default
            0), sample_rows (optional, >= 10), fixed (hyperparameters that
            are not searched) and search_space.

    Returns:
        best_params, every hyperparameter train_model (or train_mlp) reads:
        the defaults, then fixed, then the best trial's values. And the
        report {kind: "hpo_trials", model, metric: "f1_macro", folds, rows,
        trials: [{trial, params, f1_macro, f1_std, fold_scores, seconds}],
        best_trial, best_params}. f1_std is the population standard
        deviation over the folds, seconds sums the fit and score times of
        the folds, and a tie goes to the earlier trial.

    Raises:
        ValueError: For an invalid params key, named in the message.
    """
    search = _read_search_params(params)
    model, folds, seed = search["model"], search["folds"], search["seed"]
    features = _training_features(df, columns)
    labels = _training_labels(df, columns)
    x = df[features]
    if search["sample_rows"] is not None and search["sample_rows"] < len(df):
        rows, _ = train_test_split(
            np.arange(len(df)),
            train_size=search["sample_rows"],
            stratify=labels,
            random_state=seed,
        )
        rows = np.sort(rows)
        x, labels = x.iloc[rows], labels[rows]
    if folds > len(labels):
        raise ValueError(
            f"folds must be between 2 and {len(labels)} (the rows), got {folds}"
        )

    base = {**_SEARCH_DEFAULTS[model], "seed": seed, **search["fixed"]}
    searcher = RandomizedSearchCV(
        _SearchEstimator(model=model, **base),
        search["distributions"],
        n_iter=search["n_trials"],
        scoring="f1_macro",
        cv=StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed),
        refit=False,
        random_state=seed,
        error_score="raise",
    )
    searcher.fit(x, labels)

    results = searcher.cv_results_
    trials = []
    for index, drawn in enumerate(results["params"]):
        # scikit-learn sorts the names; keep the order of search_space.
        sampled = {key: drawn[key] for key in search["distributions"]}
        seconds = results["mean_fit_time"][index] + results["mean_score_time"][index]
        trial = {
            "trial": index + 1,
            "params": sampled,
            "f1_macro": results["mean_test_score"][index],
            "f1_std": results["std_test_score"][index],
            "fold_scores": [
                results[f"split{fold}_test_score"][index] for fold in range(folds)
            ],
            "seconds": seconds * folds,
        }
        trials.append(_json_ready(trial))
        logger.info(
            "Trial %d/%d: %s: macro F1 %.4f +/- %.4f (%d folds)",
            trial["trial"],
            len(results["params"]),
            _format_params(trials[-1]["params"]),
            trial["f1_macro"],
            trial["f1_std"],
            folds,
        )

    best_trial = int(searcher.best_index_) + 1
    best_params = _json_ready({**base, **searcher.best_params_})
    logger.info(
        "Best trial %d: macro F1 %.4f with %s",
        best_trial,
        trials[best_trial - 1]["f1_macro"],
        _format_params(best_params),
    )
    report = {
        "kind": "hpo_trials",
        "model": model,
        "metric": "f1_macro",
        "folds": folds,
        "rows": len(labels),
        "trials": trials,
        "best_trial": best_trial,
        "best_params": best_params,
    }
    return best_params, report`,
  testImports: ["import json", "import numpy as np", "import pandas as pd"],
  tests: String.raw`def _noisy_rows(rows: int) -> pd.DataFrame:
    # Two overlapping classes along x, so the hyperparameters change the score.
    rng = np.random.default_rng(7)
    labels = np.arange(rows) % 2
    x = np.where(labels == 1, 0.6, -0.6) + rng.uniform(-1.2, 1.2, rows)
    return pd.DataFrame({"x": x, "noise": rng.random(rows), "y_encoded": labels})


_COLUMNS = {"target": "y", "features": "all"}
_SEARCH = {
    "model": "logistic_regression",
    "n_trials": 4,
    "folds": 3,
    "seed": 11,
    "search_space": {
        "learning_rate": {"log_uniform": [0.00001, 0.5]},
        "epochs": {"int": [5, 40]},
        "l2": [0, 0.01, 1.0],
    },
}


def test_random_search_cv_scores_every_fold():
    best_params, report = random_search_cv(_noisy_rows(120), _COLUMNS, _SEARCH)
    assert report["kind"] == "hpo_trials"
    assert [trial["trial"] for trial in report["trials"]] == [1, 2, 3, 4]
    for trial in report["trials"]:
        assert list(trial["params"]) == ["learning_rate", "epochs", "l2"]
        assert len(trial["fold_scores"]) == 3
        assert trial["f1_macro"] == pytest.approx(np.mean(trial["fold_scores"]))
        assert trial["f1_std"] == pytest.approx(np.std(trial["fold_scores"]))
    scores = [trial["f1_macro"] for trial in report["trials"]]
    assert report["best_trial"] == scores.index(max(scores)) + 1
    assert report["rows"] == 120


def test_random_search_cv_outputs_train_model_params():
    best_params, report = random_search_cv(_noisy_rows(120), _COLUMNS, _SEARCH)
    best = report["trials"][report["best_trial"] - 1]
    assert best_params == report["best_params"]
    assert sorted(best_params) == [
        "batch_size",
        "epochs",
        "l2",
        "learning_rate",
        "seed",
    ]
    for key, value in best["params"].items():
        assert best_params[key] == value
    assert best_params["seed"] == 11
    assert best_params["batch_size"] == 256
    assert json.loads(json.dumps([best_params, report])) == [best_params, report]


def test_random_search_cv_repeats_with_the_seed():
    def without_seconds(report: dict) -> list:
        return [{**trial, "seconds": 0} for trial in report["trials"]]

    _, first = random_search_cv(_noisy_rows(120), _COLUMNS, _SEARCH)
    _, second = random_search_cv(_noisy_rows(120), _COLUMNS, _SEARCH)
    assert without_seconds(second) == without_seconds(first)


def test_random_search_cv_logistic_ignores_learning_rate():
    params = {**_SEARCH, "search_space": {"learning_rate": {"uniform": [0.001, 0.1]}}}
    _, report = random_search_cv(_noisy_rows(120), _COLUMNS, params)
    scores = {trial["f1_macro"] for trial in report["trials"]}
    assert len(scores) == 1


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_random_search_cv_stops_at_the_grid_size():
    params = {**_SEARCH, "n_trials": 8, "search_space": {"l2": [0, 0.01]}}
    _, report = random_search_cv(_noisy_rows(60), _COLUMNS, params)
    assert sorted(trial["params"]["l2"] for trial in report["trials"]) == [0, 0.01]


def test_random_search_cv_samples_rows_by_class():
    params = {**_SEARCH, "n_trials": 1, "sample_rows": 60}
    _, report = random_search_cv(_noisy_rows(120), _COLUMNS, params)
    assert report["rows"] == 60


def test_random_search_cv_tunes_the_mlp():
    params = {
        "model": "mlp",
        "n_trials": 2,
        "folds": 2,
        "seed": 1,
        "fixed": {"epochs": 20, "learning_rate": 0.05},
        "search_space": {"hidden_units": [4, 8]},
    }
    best_params, report = random_search_cv(_noisy_rows(60), _COLUMNS, params)
    assert sorted(best_params) == [
        "batch_size",
        "epochs",
        "hidden_units",
        "l2",
        "learning_rate",
        "seed",
    ]
    assert best_params["hidden_units"] in (4, 8)
    assert best_params["epochs"] == 20
    assert report["model"] == "mlp"


@pytest.mark.parametrize(
    ("search_space", "key"),
    [
        ({"momentum": [0.9]}, "search_space.momentum"),
        ({"hidden_units": [8, 16]}, "search_space.hidden_units"),
        ({"epochs": {"int": [10, 5]}}, "search_space.epochs.int"),
        ({"epochs": {"int": [1.5, 5]}}, "search_space.epochs.int"),
        ({"learning_rate": {"log_uniform": [0, 0.1]}}, "search_space.learning_rate"),
        ({"batch_size": []}, "search_space.batch_size"),
        ({"batch_size": [32, "big"]}, "search_space.batch_size"),
        ({"l2": [-1, 0]}, "search_space.l2"),
        ({"epochs": {"int": [1, 2], "uniform": [1, 2]}}, "search_space.epochs"),
    ],
)
def test_random_search_cv_names_an_invalid_range(search_space, key):
    params = {"search_space": search_space}
    with pytest.raises(ValueError, match=key.replace(".", r"\.")):
        random_search_cv(_noisy_rows(30), _COLUMNS, params)


def test_random_search_cv_rejects_more_folds_than_rows():
    params = {**_SEARCH, "folds": 8}
    with pytest.raises(ValueError, match="folds must be between 2 and 6"):
        random_search_cv(_noisy_rows(6), _COLUMNS, params)`,
};

export const MODEL_FUNCTIONS: readonly PythonNodeFunction[] = [trainModel, trainMlp, randomSearchCv, predictModel];
