"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PreloadSource } from "@/lib/data/preload";
import { PRELOAD_STALL_TIMEOUT_MS } from "@/lib/data/preload";
import type { Locale } from "@/lib/i18n";
import type { LogLevel, NodeFailure, RunEvent, RunStatus } from "@/lib/pipeline/events";
import type { NodeKindSpec } from "@/lib/pipeline/registry";
import type { NodeName, PipelineName, Project } from "@/lib/pipeline/types";
import type { Problem } from "@/lib/pipeline/validate";
import { nodeSignatures } from "@/lib/editor/staleness";
import type { WorkerRequest, WorkerResponse } from "./protocol";
import { DEFAULT_MAX_BYTES, megabytes } from "@/lib/data/size";

export type NodeRunState = "waiting" | "running" | "done" | "failed" | "cancelled";

export interface LogLine {
  time: string;
  level: LogLevel;
  message: string;
}

/**
 * A CSV file picked or preloaded for a catalog dataset, as the worker
 * reports it. `source` is set while and after the file came from the
 * deployment's configuration rather than from the student.
 */
export type DataFileState = (
  | { status: "downloading"; name: string; received: number; total?: number; startedAt: number }
  | { status: "loading"; name: string; fraction: number }
  | { status: "loaded"; name: string; rows: number; variant: string; classCounts: Record<string, number>; columns: string[] }
  | { status: "failed"; name: string; error: { code: string; params: Record<string, string | number> } }
) & { source?: PreloadSource };

export interface RunnerState {
  status: "idle" | "running" | RunStatus;
  nodeStates: Record<string, NodeRunState>;
  progress: Record<string, { step: number; total: number; loss?: number }>;
  log: LogLine[];
  problems: Problem[];
  failure?: NodeFailure;
  datasets?: Record<string, unknown>;
  durationMs?: number;
  backend?: string;
  workerError?: string;
  /** Node kinds the worker can run, reported once it is ready. */
  kinds?: NodeKindSpec[];
  /** Per node, its signature in the run that last finished it, to tell stale nodes. */
  ranSignatures: ReadonlyMap<string, string>;
  /** Files loaded for catalog datasets, by dataset name. */
  dataFiles: Record<string, DataFileState>;
  /** Training loss per reported step, by node, for the live chart. */
  lossCurves: Record<string, { step: number; loss: number }[]>;
  /** Wall time in milliseconds of each node that finished, as the worker's runner measured it. */
  nodeDurationsMs: Record<string, number>;
}

/** The state before the first run; also the base that a new run and `clear` start from. Exported for unit tests. */
export const INITIAL_RUNNER_STATE: RunnerState = {
  status: "idle",
  nodeStates: {},
  progress: {},
  log: [],
  problems: [],
  ranSignatures: new Map(),
  dataFiles: {},
  lossCurves: {},
  nodeDurationsMs: {},
};

/** How long a cancel may wait for the worker to notice before the worker is replaced. */
const CANCEL_GRACE_MS = 1500;

function clock(): string {
  return new Date().toLocaleTimeString("pt-BR", { hour12: false });
}

/**
 * Owns the pipeline worker: validates the project whenever it changes, runs
 * it, folds run events into per-node states and a Kedro-style log.
 */
export function useRunner(project: Project, locale: Locale) {
  const [state, setState] = useState<RunnerState>(INITIAL_RUNNER_STATE);
  const workerRef = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const activeRun = useRef<number | null>(null);

  const runSignatures = useRef<Map<string, string>>(new Map());
  const handleEvent = useCallback((event: RunEvent) => {
    setState((previous) => {
      const next = applyEvent(previous, event);
      if (event.type !== "node_finished") return next;
      const signature = runSignatures.current.get(event.node);
      if (signature === undefined) return next;
      return { ...next, ranSignatures: new Map(next.ranSignatures).set(event.node, signature) };
    });
  }, []);

  const csvRequests = useRef(new Map<number, (text: string) => void>());
  // Other features (the exercise check) read the worker's responses through `subscribe`.
  const listeners = useRef(new Set<(response: WorkerResponse) => void>());
  /** Latest load or preload request per dataset; replies to older ones are ignored. */
  const fileRequests = useRef(new Map<string, number>());
  const updateFile = useCallback((dataset: string, change: (file: DataFileState | undefined) => DataFileState | undefined, requestId?: number) => {
    if (requestId !== undefined && fileRequests.current.get(dataset) !== requestId) return;
    setState((previous) => {
      const next = change(previous.dataFiles[dataset]);
      return next ? { ...previous, dataFiles: { ...previous.dataFiles, [dataset]: next } } : previous;
    });
  }, []);

  const startWorker = useCallback(() => {
    const worker = new Worker(new URL("./pipeline.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (message: MessageEvent<WorkerResponse>) => {
      const response = message.data;
      if (response.type === "ready") setState((previous) => ({ ...previous, backend: response.backend, kinds: response.kinds }));
      else if (response.type === "validated") {
        if (activeRun.current === null) setState((previous) => ({ ...previous, problems: response.problems }));
      } else if (response.type === "event") handleEvent(response.event);
      else if (response.type === "download_progress") {
        const { received, total } = response;
        updateFile(response.dataset, (file) => (file?.status === "downloading" ? { ...file, received, total } : file), response.id);
      } else if (response.type === "load_progress") {
        const fraction = response.fraction;
        // A preload turns from downloading to loading when the worker starts parsing it.
        const parse = (file?: DataFileState): DataFileState | undefined =>
          file?.status === "loading" || file?.status === "downloading" ? { status: "loading", name: file.name, fraction, source: file.source } : file;
        updateFile(response.dataset, parse, response.id);
      } else if (response.type === "data_loaded") {
        const { name, rows, variant, classCounts, columns } = response;
        updateFile(response.dataset, (file) => ({ status: "loaded", name, rows, variant, classCounts, columns, source: file?.source }), response.id);
      } else if (response.type === "data_failed") {
        updateFile(response.dataset, (file) => ({ status: "failed", name: response.name, error: response.error, source: file?.source }), response.id);
      }
      else if (response.type === "csv") csvRequests.current.get(response.id)?.(response.text);
      else if (response.type === "result") {
        activeRun.current = null;
        setState((previous) => ({
          ...previous,
          status: response.status,
          problems: response.problems,
          failure: response.failure,
          datasets: { ...previous.datasets, ...response.datasets },
          durationMs: response.durationMs,
          backend: response.backend,
        }));
      } else if (response.type === "error") {
        activeRun.current = null;
        setState((previous) => ({ ...previous, status: "failed", workerError: response.message }));
      }
      for (const listener of listeners.current) listener(response);
    };
    worker.onerror = (error) => {
      activeRun.current = null;
      setState((previous) => ({ ...previous, status: "failed", workerError: error.message || "worker error" }));
    };
    workerRef.current = worker;
    return worker;
  }, [handleEvent, updateFile]);

  useEffect(() => {
    const worker = startWorker();
    return () => worker.terminate();
  }, [startWorker]);

  const send = useCallback((request: WorkerRequest) => workerRef.current?.postMessage(request), []);

  useEffect(() => {
    send({ type: "validate", id: ++requestId.current, project });
  }, [project, send]);

  const run = useCallback(
    (pipeline?: PipelineName, fromNodes?: NodeName[]) => {
      const id = ++requestId.current;
      activeRun.current = id;
      setState((previous) => ({
        ...INITIAL_RUNNER_STATE,
        status: "running",
        backend: previous.backend,
        kinds: previous.kinds,
        dataFiles: previous.dataFiles,
        datasets: previous.datasets,
        ranSignatures: previous.ranSignatures,
        // A resumed run keeps the states and times of the nodes it does not re-run.
        nodeStates: fromNodes ? previous.nodeStates : {},
        nodeDurationsMs: fromNodes ? previous.nodeDurationsMs : {},
      }));
      runSignatures.current = nodeSignatures(project);
      send({ type: "run", id, project, pipeline, fromNodes, locale });
    },
    [project, locale, send],
  );

  const cancel = useCallback(() => {
    const id = activeRun.current;
    if (id === null) return;
    send({ type: "cancel", id });
    window.setTimeout(() => {
      if (activeRun.current !== id) return;
      // The worker is stuck in a long synchronous step: replace it.
      workerRef.current?.terminate();
      activeRun.current = null;
      startWorker();
      setState((previous) => applyEvent(previous, { type: "run_finished", status: "cancelled", durationMs: 0 }));
    }, CANCEL_GRACE_MS);
  }, [send, startWorker]);

  /** Sends a picked file to the worker, which parses and checks it off the main thread. */
  const loadData = useCallback(
    async (dataset: string, file: File, labeled: boolean) => {
      const id = ++requestId.current;
      fileRequests.current.set(dataset, id);
      // Checked before reading, so a huge file never has to fit in the tab's memory.
      if (file.size > DEFAULT_MAX_BYTES) {
        const params = { size: megabytes(file.size), limit: megabytes(DEFAULT_MAX_BYTES) };
        updateFile(dataset, () => ({ status: "failed", name: file.name, error: { code: "CSV_TOO_LARGE", params } }));
        return;
      }
      updateFile(dataset, () => ({ status: "loading", name: file.name, fraction: 0 }));
      const bytes = await file.arrayBuffer();
      const request: WorkerRequest = { type: "load_data", id, dataset, name: file.name, bytes, labeled };
      workerRef.current?.postMessage(request, [bytes]);
    },
    [updateFile],
  );

  /** Asks the worker to download and load a file that the deployment configured; a later picked file replaces it. */
  const preloadData = useCallback(
    (source: PreloadSource, labeled: boolean) => {
      const id = ++requestId.current;
      fileRequests.current.set(source.dataset, id);
      updateFile(source.dataset, () => ({ status: "downloading", name: source.name, received: 0, startedAt: Date.now(), source }));
      // The worker resolves relative URLs against its own script, so the page makes them absolute.
      const url = new URL(source.url, window.location.href).href;
      const { dataset, location, name } = source;
      send({ type: "preload_data", id, dataset, url, location, name, labeled, stallTimeoutMs: PRELOAD_STALL_TIMEOUT_MS });
    },
    [send, updateFile],
  );

  /** Shows a preload that failed before reaching the worker, e.g. a variable with an invalid value. */
  const failData = useCallback(
    (dataset: string, file: Extract<DataFileState, { status: "failed" }>) => {
      fileRequests.current.set(dataset, ++requestId.current);
      updateFile(dataset, () => file);
    },
    [updateFile],
  );

  /** Asks the worker for a dataset of the last run as CSV text (spreadsheet-safe). */
  const exportCsv = useCallback((dataset: string) => {
    const id = ++requestId.current;
    return new Promise<string>((resolve) => {
      csvRequests.current.set(id, (text) => {
        csvRequests.current.delete(id);
        resolve(text);
      });
      send({ type: "export_csv", id, dataset });
    });
  }, [send]);

  /** Forgets the last run (states, results, log), e.g. when the canvas is emptied. */
  const clear = useCallback(() => {
    setState((previous) => ({ ...INITIAL_RUNNER_STATE, backend: previous.backend, kinds: previous.kinds, problems: previous.problems, dataFiles: previous.dataFiles }));
  }, []);

  /** Calls `listener` with every worker response until the returned function is called. */
  const subscribe = useCallback((listener: (response: WorkerResponse) => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  return { state, run, cancel, clear, loadData, preloadData, failData, exportCsv, send, subscribe };
}

/** Folds one engine event into the runner state. Exported for unit tests. */
export function applyEvent(state: RunnerState, event: RunEvent): RunnerState {
  switch (event.type) {
    case "run_started":
      return { ...state, nodeStates: { ...state.nodeStates, ...Object.fromEntries(event.nodes.map((node) => [node, "waiting" as const])) } };
    case "node_started":
      return { ...state, nodeStates: { ...state.nodeStates, [event.node]: "running" } };
    case "node_progress": {
      const progress = { ...state.progress, [event.node]: { step: event.step, total: event.total, loss: event.loss } };
      if (event.loss === undefined) return { ...state, progress };
      const curve = [...(state.lossCurves[event.node] ?? []), { step: event.step, loss: event.loss }];
      return { ...state, progress, lossCurves: { ...state.lossCurves, [event.node]: curve } };
    }
    case "node_finished":
      return {
        ...state,
        nodeStates: { ...state.nodeStates, [event.node]: "done" },
        nodeDurationsMs: { ...state.nodeDurationsMs, [event.node]: event.durationMs },
      };
    case "node_failed":
      return { ...state, nodeStates: { ...state.nodeStates, [event.node]: "failed" }, failure: event.failure };
    case "log":
      return { ...state, log: [...state.log, { time: clock(), level: event.level, message: event.message }] };
    case "run_finished": {
      if (event.status !== "cancelled") return { ...state, status: event.status, durationMs: event.durationMs };
      // The node that was running when the user cancelled did not finish.
      const nodeStates = Object.fromEntries(
        Object.entries(state.nodeStates).map(([node, nodeState]) => [node, nodeState === "running" ? "cancelled" : nodeState]),
      );
      return { ...state, status: event.status, durationMs: event.durationMs, nodeStates };
    }
  }
}
