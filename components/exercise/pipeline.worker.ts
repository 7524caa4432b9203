/// <reference lib="webworker" />
/**
 * Runs pipelines off the main thread so the page stays responsive while
 * TensorFlow.js trains. Holds the persisted catalog datasets between runs,
 * as Kedro keeps files on disk: a run of `model_train` alone reads the
 * `master_table` that an earlier `data_engineering` run saved. A run from a
 * node (Kedro's `--from-nodes`) also reuses the last run's memory datasets.
 */
import { DEFAULT_MAX_BYTES } from "@/lib/data/csv";
import { tableToCsv } from "@/lib/data/csv-export";
import { downloadBytes } from "@/lib/data/download";
import { lightenDatasets } from "@/lib/data/lighten";
import { loadDiabetesCsv } from "@/lib/data/load-diabetes";
import type { Table } from "@/lib/data/table";
import { isTable } from "@/lib/data/table";
import { irisPredictRaw, irisTrainRaw } from "@/lib/examples/iris-data";
import { translateError } from "@/lib/i18n";
import { initBackend } from "@/lib/ml/backend";
import { createRegistry } from "@/lib/ml/kinds";
import { toSpec } from "@/lib/pipeline/registry";
import { runPipeline } from "@/lib/pipeline/runner";
import type { Project } from "@/lib/pipeline/types";
import { validateProject } from "@/lib/pipeline/validate";
import { handleCheck } from "./checking/worker-check";
import type { WorkerRequest, WorkerResponse } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const registry = createRegistry();
const backendReady = initBackend("wasm", { wasmPath: "/tfjs/" });
const persisted: Record<string, unknown> = {};
let lastRunDatasets: Record<string, unknown> = {};
/** Tables loaded from files the user picked, by catalog dataset name. */
const loaded: Record<string, Table> = {};
const controllers = new Map<number, AbortController>();
/** Preload downloads in flight, by dataset; a file the user picks for that dataset aborts its download. */
const downloads = new Map<string, AbortController>();
/** Minimum time between two download progress messages. */
const PROGRESS_INTERVAL_MS = 100;

function post(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  if (request.type === "cancel") {
    controllers.get(request.id)?.abort();
    return;
  }
  if (request.type === "load_data") {
    downloads.get(request.dataset)?.abort();
    downloads.delete(request.dataset);
    loadData(request);
    return;
  }
  if (request.type === "preload_data") {
    void preloadData(request);
    return;
  }
  if (request.type === "export_csv") {
    const value = lastRunDatasets[request.dataset] ?? loaded[request.dataset];
    post({ type: "csv", id: request.id, dataset: request.dataset, text: isTable(value) ? tableToCsv(value) : "" });
    return;
  }
  if (request.type === "check") {
    const inputs = () => ({ iris_train_raw: irisTrainRaw(), iris_predict_raw: irisPredictRaw(), ...loaded });
    void handleCheck(request, { registry, backendReady, inputs, controllers, post });
    return;
  }
  if (request.type === "validate") {
    post({ type: "validated", id: request.id, problems: validateProject(request.project, registry, { pipeline: request.pipeline }) });
    return;
  }

  const controller = new AbortController();
  controllers.set(request.id, controller);
  try {
    const backend = await backendReady;
    const reusable = request.fromNodes ? { ...persisted, ...lastRunDatasets } : persisted;
    const result = await runPipeline(request.project, registry, {
      pipeline: request.pipeline,
      fromNodes: request.fromNodes,
      inputs: { ...reusable, iris_train_raw: irisTrainRaw(), iris_predict_raw: irisPredictRaw(), ...loaded },
      signal: controller.signal,
      formatError: (code, params) => translateError(request.locale, code, params),
      onEvent: (event) => post({ type: "event", id: request.id, event }),
    });
    persistCatalogDatasets(request.project, result.datasets);
    lastRunDatasets = { ...lastRunDatasets, ...result.datasets };
    post({
      type: "result",
      id: request.id,
      status: result.status,
      durationMs: result.durationMs,
      problems: result.problems,
      failure: result.failure,
      datasets: lightenDatasets(result.datasets),
      backend,
    });
  } catch (error) {
    post({ type: "error", id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    controllers.delete(request.id);
  }
};

async function preloadData(request: Extract<WorkerRequest, { type: "preload_data" }>): Promise<void> {
  downloads.get(request.dataset)?.abort();
  const controller = new AbortController();
  downloads.set(request.dataset, controller);
  let lastPost = 0;
  const result = await downloadBytes(request.url, {
    location: request.location,
    maxBytes: DEFAULT_MAX_BYTES,
    stallTimeoutMs: request.stallTimeoutMs,
    signal: controller.signal,
    onProgress: (received, total) => {
      const now = Date.now();
      if (now - lastPost < PROGRESS_INTERVAL_MS && received !== total) return;
      lastPost = now;
      post({ type: "download_progress", id: request.id, dataset: request.dataset, received, total });
    },
  });
  // A newer preload or a picked file replaced this one.
  if (downloads.get(request.dataset) !== controller) return;
  downloads.delete(request.dataset);

  if (result.ok) {
    loadData({ ...request, bytes: result.bytes });
  } else if ("error" in result) {
    console.warn(`Preload of ${request.dataset} from ${request.location} failed: ${result.error.code}`, result.error.params);
    delete loaded[request.dataset];
    post({ type: "data_failed", id: request.id, dataset: request.dataset, name: request.name, error: result.error });
  }
}

function loadData(request: { id: number; dataset: string; name: string; labeled: boolean; bytes: ArrayBuffer | Uint8Array }): void {
  const bytes = request.bytes instanceof Uint8Array ? request.bytes : new Uint8Array(request.bytes);
  const result = loadDiabetesCsv(bytes, {
    labeled: request.labeled,
    name: request.name,
    onProgress: (fraction) => post({ type: "load_progress", id: request.id, dataset: request.dataset, fraction }),
  });
  if (!result.ok) {
    // The page shows only the error, so a run must not quietly use the file loaded before.
    delete loaded[request.dataset];
    post({ type: "data_failed", id: request.id, dataset: request.dataset, name: request.name, error: result.error });
    return;
  }
  loaded[request.dataset] = result.loaded.table;
  const { table, variant, classCounts } = result.loaded;
  post({ type: "data_loaded", id: request.id, dataset: request.dataset, name: request.name, rows: table.rowCount, variant, classCounts, columns: [...table.columnNames] });
}

function persistCatalogDatasets(project: Project, datasets: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(datasets)) {
    if (Object.hasOwn(project.catalog, name)) persisted[name] = value;
  }
}

backendReady.then(
  (backend) => post({ type: "ready", backend, kinds: registry.list().map(toSpec) }),
  (error: unknown) => post({ type: "error", id: -1, message: error instanceof Error ? error.message : String(error) }),
);
