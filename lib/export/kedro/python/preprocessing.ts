/**
 * Python twins of the preprocessing kinds (lib/ml/scaler.ts, encoder.ts,
 * column-transformer.ts): scikit-learn's StandardScaler, LabelEncoder and a
 * ColumnTransformer built from the data dictionary's column types.
 */
import type { PythonNodeFunction } from "./types";

const scalerFit: PythonNodeFunction = {
  kind: "scaler_fit",
  imports: ["import pandas as pd", "from sklearn.preprocessing import StandardScaler"],
  helpers: [],
  source: String.raw`def scaler_fit(df_in: pd.DataFrame, params: dict) -> StandardScaler:
    """Fit a StandardScaler (mean and population standard deviation) on the features.

    Fit it on the train rows only, so that the test rows do not leak into
    the scaling. A constant column gets scale 1.

    Args:
        df_in: Rows to fit on; every feature cell must be a number.
        params: The columns block; features lists the columns to scale.

    Returns:
        The fitted scaler, which remembers the feature names.
    """
    features = list(params["features"])
    return StandardScaler().fit(df_in[features])`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def test_scaler_fit_learns_mean_and_scale():
    df = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [5.0, 5.0, 5.0]})
    scaler = scaler_fit(df, {"features": ["a", "b"]})
    assert scaler.mean_.tolist() == [2.0, 5.0]
    assert scaler.scale_[1] == 1.0`,
};

const scalerTransform: PythonNodeFunction = {
  kind: "scaler_transform",
  imports: ["import pandas as pd", "from sklearn.preprocessing import StandardScaler"],
  helpers: [],
  source: String.raw`def scaler_transform(
    df_in: pd.DataFrame, scaler: StandardScaler, columns: dict
) -> pd.DataFrame:
    """Standardise the feature columns with a fitted scaler: (x - mean) / scale.

    Other columns and the column order stay as they are. columns["features"]
    must list the columns the scaler was fitted on, in the same order.

    Args:
        df_in: Table to scale.
        scaler: Output of scaler_fit.
        columns: The columns block; features must match the fitted scaler.

    Returns:
        A copy of df_in with scaled feature columns.

    Raises:
        ValueError: When the features differ from the fitted ones.
    """
    features = list(columns["features"])
    fitted = [str(name) for name in scaler.feature_names_in_]
    if features != fitted:
        raise ValueError(
            f"columns.features {features} differ from the columns the scaler "
            f"was fitted on {fitted}"
        )
    df_out = df_in.copy()
    df_out[features] = scaler.transform(df_in[features])
    return df_out`,
  testImports: ["import pandas as pd", "from sklearn.preprocessing import StandardScaler"],
  tests: String.raw`def test_scaler_transform_centres_the_features():
    df = pd.DataFrame({"a": [1.0, 2.0, 3.0], "label": ["x", "y", "z"]})
    scaler = StandardScaler().fit(df[["a"]])
    result = scaler_transform(df, scaler, {"features": ["a"]})
    assert result["a"].mean() == pytest.approx(0.0)
    assert result.columns.tolist() == ["a", "label"]


def test_scaler_transform_rejects_other_features():
    df = pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 4.0]})
    scaler = StandardScaler().fit(df[["a"]])
    with pytest.raises(ValueError, match="differ"):
        scaler_transform(df, scaler, {"features": ["b"]})`,
};

const encoderFit: PythonNodeFunction = {
  kind: "encoder_fit",
  imports: ["import pandas as pd", "from sklearn.preprocessing import LabelEncoder"],
  helpers: [],
  source: String.raw`def encoder_fit(df_in: pd.DataFrame, params: dict) -> LabelEncoder:
    """Fit a LabelEncoder on the target column: one integer code per distinct label.

    Codes follow sorted label order, so "Iris-setosa" < "Iris-versicolor" <
    "Iris-virginica" become 0, 1 and 2. Labels missing from these rows
    cannot be encoded later.

    Args:
        df_in: Rows to fit on; the target column must have no missing cells.
        params: The columns block; target names the label column.

    Returns:
        The fitted encoder.

    Raises:
        ValueError: When the target column has a missing cell.
    """
    target = params["target"]
    missing = df_in.index[df_in[target].isna()].tolist()
    if missing:
        raise ValueError(f"column {target} has missing labels at rows {missing[:5]}")
    return LabelEncoder().fit(df_in[target])`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def test_encoder_fit_sorts_the_classes():
    df = pd.DataFrame({"Species": ["b", "a", "c", "a"]})
    encoder = encoder_fit(df, {"target": "Species"})
    assert encoder.classes_.tolist() == ["a", "b", "c"]


def test_encoder_fit_rejects_missing_labels():
    df = pd.DataFrame({"Species": ["a", None]})
    with pytest.raises(ValueError, match="missing"):
        encoder_fit(df, {"target": "Species"})`,
};

const encoderTransform: PythonNodeFunction = {
  kind: "encoder_transform",
  imports: ["import pandas as pd", "from sklearn.preprocessing import LabelEncoder"],
  helpers: ["_encoded_column"],
  source: String.raw`def encoder_transform(
    df_in: pd.DataFrame, encoder: LabelEncoder, params: dict
) -> pd.DataFrame:
    """Add <target>_encoded with each row's integer label code.

    The original label column is kept. A label the encoder did not see while
    fitting is an error: fit the encoder on rows that contain every class.

    Args:
        df_in: Table with the target column.
        encoder: Output of encoder_fit.
        params: The columns block; target names the label column.

    Returns:
        A copy of df_in with the code column added.

    Raises:
        ValueError: For a label the encoder has not seen.
    """
    target = params["target"]
    df_out = df_in.copy()
    df_out[_encoded_column(target)] = encoder.transform(df_in[target])
    return df_out`,
  testImports: ["import pandas as pd", "from sklearn.preprocessing import LabelEncoder"],
  tests: String.raw`def test_encoder_transform_adds_the_codes():
    df = pd.DataFrame({"Species": ["b", "a"]})
    encoder = LabelEncoder().fit(["a", "b"])
    result = encoder_transform(df, encoder, {"target": "Species"})
    assert result["Species_encoded"].tolist() == [1, 0]
    assert result["Species"].tolist() == ["b", "a"]


def test_encoder_transform_rejects_unseen_labels():
    encoder = LabelEncoder().fit(["a", "b"])
    with pytest.raises(ValueError):
        encoder_transform(
            pd.DataFrame({"Species": ["z"]}), encoder, {"target": "Species"}
        )`,
};

const columnTransformerFit: PythonNodeFunction = {
  kind: "column_transformer_fit",
  imports: [
    "import pandas as pd",
    "from sklearn.compose import ColumnTransformer",
    "from sklearn.pipeline import make_pipeline",
    "from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler",
  ],
  helpers: ["_columns_by_type"],
  source: String.raw`def column_transformer_fit(df_in: pd.DataFrame, params: dict) -> ColumnTransformer:
    """Fit a ColumnTransformer by the data dictionary's column types.

    Float columns get a StandardScaler. Ordinal and Boolean columns get an
    OrdinalEncoder (sorted values -> 0 ... n-1) followed by a StandardScaler,
    because gradient descent in the browser converges slowly on unscaled
    codes such as MentHlth (0-30). Categorical columns get a OneHotEncoder
    that ignores values unseen while fitting. Other columns are dropped,
    except target and passthrough, which column_transformer_transform copies
    when the table has them. Fit it on the train rows only.

    Args:
        df_in: Rows to fit on; every listed cell must be present.
        params: columns ({Float: [...], Ordinal: [...], Boolean: [...],
            Categorical: [...]}) or dictionary ([{column, type}, ...]), and
            optionally target and passthrough (column names).

    Returns:
        The fitted transformer. Its passthrough_columns_ attribute lists the
        columns to copy unchanged.
    """
    by_type = _columns_by_type(params)
    ordinal = by_type["Ordinal"] + by_type["Boolean"]
    transformer = ColumnTransformer(
        [
            ("float", StandardScaler(), by_type["Float"]),
            ("ordinal", make_pipeline(OrdinalEncoder(), StandardScaler()), ordinal),
            (
                "categorical",
                OneHotEncoder(handle_unknown="ignore"),
                by_type["Categorical"],
            ),
        ],
        remainder="drop",
        sparse_threshold=0,
        verbose_feature_names_out=False,
    )
    encoded = by_type["Float"] + ordinal + by_type["Categorical"]
    missing = df_in.index[df_in[encoded].isna().any(axis=1)].tolist()
    if missing:
        raise ValueError(f"rows {missing[:5]} have missing cells in {encoded}")
    transformer.fit(df_in[encoded])

    passthrough = list(params.get("passthrough") or [])
    target = params.get("target")
    if target and target not in passthrough:
        passthrough.insert(0, target)
    transformer.passthrough_columns_ = passthrough
    return transformer`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def test_column_transformer_fit_names_the_encoded_columns():
    df = pd.DataFrame(
        {"BMI": [20.0, 30.0], "GenHlth": [1, 3], "Sex": [0, 1], "Diabetes": [0, 1]}
    )
    params = {
        "target": "Diabetes",
        "columns": {"Float": ["BMI"], "Ordinal": ["GenHlth"], "Categorical": ["Sex"]},
    }
    transformer = column_transformer_fit(df, params)
    names = transformer.get_feature_names_out().tolist()
    assert names == ["BMI", "GenHlth", "Sex_0", "Sex_1"]
    assert transformer.passthrough_columns_ == ["Diabetes"]


def test_column_transformer_fit_reads_a_dictionary():
    df = pd.DataFrame({"BMI": [20.0, 30.0], "Diabetes": [0, 1]})
    params = {
        "target": "Diabetes",
        "dictionary": [
            {"column": "Diabetes", "type": "Categorical"},
            {"column": "BMI", "type": "Float"},
        ],
    }
    transformer = column_transformer_fit(df, params)
    assert transformer.get_feature_names_out().tolist() == ["BMI"]


def test_column_transformer_fit_rejects_a_column_listed_twice():
    df = pd.DataFrame({"BMI": [20.0, 30.0]})
    params = {"columns": {"Float": ["BMI"], "Ordinal": ["BMI"]}}
    with pytest.raises(ValueError, match="list each once"):
        column_transformer_fit(df, params)`,
};

const columnTransformerTransform: PythonNodeFunction = {
  kind: "column_transformer_transform",
  imports: ["import pandas as pd", "from sklearn.compose import ColumnTransformer"],
  helpers: [],
  source: String.raw`def column_transformer_transform(
    df_in: pd.DataFrame, transformer: ColumnTransformer
) -> pd.DataFrame:
    """Encode a table with a fitted ColumnTransformer, then add passthrough columns.

    Output names follow get_feature_names_out without prefixes: BMI,
    GenHlth, ..., Sex_0, Sex_1. A passthrough column missing from the input
    (the target of unlabeled rows) is skipped. An unseen Categorical value
    becomes all zeros; an unseen Ordinal or Boolean value is an error.

    Args:
        df_in: Table with the columns the transformer was fitted on.
        transformer: Output of column_transformer_fit.

    Returns:
        The encoded feature columns, then the passthrough columns.
    """
    encoded = pd.DataFrame(
        transformer.transform(df_in),
        columns=[str(name) for name in transformer.get_feature_names_out()],
        index=df_in.index,
    )
    passthrough = [
        name
        for name in getattr(transformer, "passthrough_columns_", [])
        if name in df_in.columns
    ]
    return pd.concat([encoded, df_in[passthrough]], axis=1)`,
  testImports: [
    "import pandas as pd",
    "from sklearn.compose import ColumnTransformer",
    "from sklearn.preprocessing import OneHotEncoder, StandardScaler",
  ],
  tests: String.raw`def _fitted_transformer() -> ColumnTransformer:
    train = pd.DataFrame({"BMI": [20.0, 30.0], "Sex": [0, 1]})
    transformer = ColumnTransformer(
        [
            ("float", StandardScaler(), ["BMI"]),
            ("categorical", OneHotEncoder(handle_unknown="ignore"), ["Sex"]),
        ],
        sparse_threshold=0,
        verbose_feature_names_out=False,
    ).fit(train)
    transformer.passthrough_columns_ = ["Diabetes"]
    return transformer


def test_column_transformer_transform_keeps_the_target():
    df = pd.DataFrame({"BMI": [20.0, 30.0], "Sex": [1, 0], "Diabetes": [1, 0]})
    result = column_transformer_transform(df, _fitted_transformer())
    assert result.columns.tolist() == ["BMI", "Sex_0", "Sex_1", "Diabetes"]
    assert result["Sex_1"].tolist() == [1.0, 0.0]


def test_column_transformer_transform_skips_a_missing_target():
    df = pd.DataFrame({"BMI": [25.0], "Sex": [7]})
    result = column_transformer_transform(df, _fitted_transformer())
    assert result.columns.tolist() == ["BMI", "Sex_0", "Sex_1"]
    assert result[["Sex_0", "Sex_1"]].to_numpy().tolist() == [[0.0, 0.0]]`,
};

export const PREPROCESSING_FUNCTIONS: readonly PythonNodeFunction[] = [
  scalerFit,
  scalerTransform,
  encoderFit,
  encoderTransform,
  columnTransformerFit,
  columnTransformerTransform,
];
