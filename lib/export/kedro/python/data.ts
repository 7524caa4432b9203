/**
 * Python twins of the split kinds (lib/ml/split.ts, lib/ml/stratified.ts).
 * NumPy's and scikit-learn's generators pick other rows than the browser's
 * mulberry32, so the same seed gives a different, equally sized split.
 */
import type { PythonNodeFunction } from "./types";

const createSplitColumn: PythonNodeFunction = {
  kind: "create_split_column",
  imports: ["import numpy as np", "import pandas as pd"],
  helpers: ["SPLIT_COLUMN", "_check_ratios"],
  source: String.raw`def create_split_column(df_raw: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Add a "split" column with "train" or "test", drawn per row at random.

    Each row is "train" with probability train_ratio, so the part sizes vary
    around the ratios. The seed makes the split reproducible. NumPy draws
    other rows than Deploy Lab's browser generator for the same seed.

    Args:
        df_raw: Table to mark; its rows stay in order.
        params: train_ratio and test_ratio (0 to 1, summing to 1) and an
            integer seed.

    Returns:
        A copy of df_raw with the split column added or replaced.

    Raises:
        ValueError: When the ratios are out of range or do not sum to 1.
    """
    train_ratio, _ = _check_ratios(params)
    rng = np.random.default_rng(int(params["seed"]))
    df_split = df_raw.copy()
    df_split[SPLIT_COLUMN] = np.where(
        rng.random(len(df_raw)) < train_ratio, "train", "test"
    )
    return df_split`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def test_create_split_column_marks_every_row():
    df = pd.DataFrame({"x": range(200)})
    params = {"train_ratio": 0.8, "test_ratio": 0.2, "seed": 42}
    result = create_split_column(df, params)
    assert len(result) == 200
    assert set(result["split"]) == {"train", "test"}
    assert 0.6 < (result["split"] == "train").mean() < 0.95
    assert "split" not in df.columns


def test_create_split_column_repeats_with_the_seed():
    df = pd.DataFrame({"x": range(50)})
    params = {"train_ratio": 0.7, "test_ratio": 0.3, "seed": 7}
    first = create_split_column(df, params)["split"].tolist()
    assert create_split_column(df, params)["split"].tolist() == first


def test_create_split_column_rejects_ratios_not_summing_to_one():
    df = pd.DataFrame({"x": range(10)})
    with pytest.raises(ValueError, match="must be 1"):
        create_split_column(df, {"train_ratio": 0.5, "test_ratio": 0.2, "seed": 1})`,
};

const stratifiedSplit: PythonNodeFunction = {
  kind: "stratified_split",
  imports: ["import numpy as np", "import pandas as pd", "from sklearn.model_selection import train_test_split"],
  helpers: ["SPLIT_COLUMN", "_check_ratios"],
  source: String.raw`def stratified_split(df_raw: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Add a "split" column with "train" or "test", keeping each class's share.

    Exactly ceil(test_ratio * rows) rows become "test", as scikit-learn's
    train_test_split picks them. With stratify naming a column (usually the
    target), each of its values gets the same share of test rows, up to
    rounding; without it the test rows are a plain random sample.

    Args:
        df_raw: Table to mark; its rows stay in order.
        params: train_ratio and test_ratio (0 to 1, summing to 1), an
            integer seed and optionally stratify (a column name).

    Returns:
        A copy of df_raw with the split column added or replaced.

    Raises:
        ValueError: When the ratios are invalid, or a class has too few rows
            to appear in both parts.
    """
    _, test_ratio = _check_ratios(params)
    stratify = params.get("stratify")
    labels = df_raw[stratify].to_numpy() if stratify else None
    positions = np.arange(len(df_raw))
    _, test_positions = train_test_split(
        positions,
        test_size=test_ratio,
        random_state=int(params["seed"]),
        stratify=labels,
    )
    parts = np.full(len(df_raw), "train", dtype=object)
    parts[test_positions] = "test"
    df_split = df_raw.copy()
    df_split[SPLIT_COLUMN] = parts
    return df_split`,
  testImports: ["import math", "import pandas as pd"],
  tests: String.raw`def test_stratified_split_keeps_class_shares():
    df = pd.DataFrame({"x": range(100), "y": [0] * 80 + [1] * 20})
    params = {"train_ratio": 0.75, "test_ratio": 0.25, "seed": 42, "stratify": "y"}
    result = stratified_split(df, params)
    test = result[result["split"] == "test"]
    assert len(test) == math.ceil(0.25 * 100)
    assert (test["y"] == 1).sum() == 5


def test_stratified_split_rejects_ratios_not_summing_to_one():
    df = pd.DataFrame({"x": range(10)})
    with pytest.raises(ValueError, match="must be 1"):
        stratified_split(df, {"train_ratio": 0.9, "test_ratio": 0.2, "seed": 1})`,
};

const splitMasterTable: PythonNodeFunction = {
  kind: "split_master_table",
  imports: ["import pandas as pd"],
  helpers: ["SPLIT_COLUMN"],
  source: String.raw`def split_master_table(
    df: pd.DataFrame, columns: dict
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split a table into its "train" and "test" rows by the split column.

    All columns are kept, including split and Id. A part without rows is an
    error, because a scaler, an encoder or a model cannot be fitted or
    scored on zero rows.

    Args:
        df: Table with a split column from create_split_column.
        columns: The columns block; kept for the signature, not read.

    Returns:
        The train rows and the test rows.

    Raises:
        ValueError: When no row is marked "train", or none "test".
    """
    train = df[df[SPLIT_COLUMN] == "train"]
    test = df[df[SPLIT_COLUMN] == "test"]
    for part, rows in (("train", train), ("test", test)):
        if rows.empty:
            raise ValueError(
                f'no row has split == "{part}": change the split ratios or seed'
            )
    return train, test`,
  testImports: ["import pandas as pd"],
  tests: String.raw`def test_split_master_table_returns_both_parts():
    df = pd.DataFrame({"x": [1, 2, 3], "split": ["train", "test", "train"]})
    train, test = split_master_table(df, {})
    assert train["x"].tolist() == [1, 3]
    assert test["x"].tolist() == [2]


def test_split_master_table_rejects_an_empty_part():
    df = pd.DataFrame({"x": [1, 2], "split": ["train", "train"]})
    with pytest.raises(ValueError, match="test"):
        split_master_table(df, {})`,
};

export const DATA_FUNCTIONS: readonly PythonNodeFunction[] = [createSplitColumn, stratifiedSplit, splitMasterTable];
