"""Run an exported project's node functions in pipeline order, without Kedro.

Usage: python3 run_exported_nodes.py PROJECT_DIR PLAN_JSON

PLAN_JSON names the package, the nodes in topological order ({pipeline,
name, func, inputs, outputs}), CSV files for the raw datasets and the
datasets to print. Parameters come from conf/base/parameters*.yml, as
Kedro merges them. Each output that the Data Catalog persists goes through
the save that its dataset class would do (JSON, pickle, CSV), so a value
Kedro could not save fails here too. Prints one JSON object.
"""

import importlib
import io
import json
import pickle
import sys
from pathlib import Path

import pandas as pd
import yaml


def load_parameters(project: Path) -> dict:
    parameters = {}
    for path in sorted((project / "conf" / "base").glob("parameters*.yml")):
        block = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        repeated = set(parameters) & set(block)
        if repeated:
            raise SystemExit(f"{path.name} defines {sorted(repeated)} again")
        parameters.update(block)
    return parameters


def resolve(name: str, datasets: dict, parameters: dict):
    if name == "parameters":
        return parameters
    if name.startswith("params:"):
        value = parameters
        for key in name.removeprefix("params:").split("."):
            value = value[key]
        return value
    return datasets[name]


def save_as_catalog_would(name: str, value, catalog: dict) -> None:
    dataset_type = catalog.get(name, {}).get("type")
    if dataset_type == "json.JSONDataset":
        json.dumps(value, allow_nan=False)
    elif dataset_type == "pickle.PickleDataset":
        pickle.loads(pickle.dumps(value))
    elif dataset_type == "pandas.CSVDataset":
        value.to_csv(io.StringIO(), index=False)
    elif dataset_type == "pandas.ParquetDataset" and not isinstance(value, pd.DataFrame):
        raise TypeError(f"{name} is saved as Parquet but is a {type(value).__name__}")


def main(project_dir: str, plan_path: str) -> None:
    project = Path(project_dir)
    plan = json.loads(Path(plan_path).read_text(encoding="utf-8"))
    sys.path.insert(0, str(project / "src"))
    parameters = load_parameters(project)
    catalog = yaml.safe_load((project / "conf" / "base" / "catalog.yml").read_text(encoding="utf-8"))
    datasets = {name: pd.read_csv(path) for name, path in plan["inputs"].items()}

    for node in plan["nodes"]:
        module = importlib.import_module(f"{plan['package']}.pipelines.{node['pipeline']}.nodes")
        function = getattr(module, node["func"])
        result = function(*(resolve(name, datasets, parameters) for name in node["inputs"]))
        outputs = node["outputs"]
        values = [result] if len(outputs) == 1 else list(result)
        for name, value in zip(outputs, values, strict=True):
            save_as_catalog_would(name, value, catalog)
            datasets[name] = value

    report = {}
    for name in plan["print"]:
        value = datasets[name]
        report[name] = value.to_dict(orient="list") if isinstance(value, pd.DataFrame) else value
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
