/**
 * Catalog datasets kept on disk between CLI runs, as Kedro keeps its
 * `data/` files: `lab run iris --pipeline model_train` reads the
 * `master_table` an earlier `--pipeline data_engineering` run saved.
 * One JSON file per dataset; tables and fitted objects are plain data.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../../lib/pipeline/types";

export function loadStoredDatasets(directory: string, catalog: Catalog): Record<string, unknown> {
  if (!existsSync(directory)) return {};
  const stored: Record<string, unknown> = {};
  for (const file of readdirSync(directory)) {
    const name = file.replace(/\.json$/, "");
    if (!file.endsWith(".json") || !(name in catalog)) continue;
    try {
      stored[name] = JSON.parse(readFileSync(join(directory, file), "utf8"));
    } catch (error) {
      // A damaged file is skipped; the run then reports the dataset as missing.
      process.stderr.write(`[deploy-lab] skipped ${join(directory, file)}: ${(error as Error).message}\n`);
    }
  }
  return stored;
}

/** Saves the run's catalog datasets; memory datasets are not kept, as in Kedro. */
export function saveCatalogDatasets(directory: string, catalog: Catalog, datasets: Record<string, unknown>): string[] {
  const saved: string[] = [];
  for (const [name, value] of Object.entries(datasets)) {
    if (!(name in catalog) || value === undefined) continue;
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, `${name}.json`), JSON.stringify(value));
    saved.push(name);
  }
  return saved;
}
