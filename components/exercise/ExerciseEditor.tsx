"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { EditorToolbar } from "@/components/pipeline-editor/EditorToolbar";
import { Palette } from "@/components/pipeline-editor/Palette";
import { PipelineCanvas } from "@/components/pipeline-editor/PipelineCanvas";
import type { CanvasEditing } from "@/components/pipeline-editor/PipelineCanvas";
import { SidePanel } from "@/components/pipeline-editor/SidePanel";
import { downloadBlob, svgToPng } from "@/components/pipeline-editor/download";
import { useEditorDocument } from "@/components/pipeline-editor/useEditorDocument";
import type { DocumentNotice } from "@/components/pipeline-editor/useEditorDocument";
import { emptyDocument } from "@/lib/editor/documents";
import { staleNodes } from "@/lib/editor/staleness";
import type { CommandError, EditorCommand, KindCatalog, Position } from "@/lib/editor/types";
import { graphToSvg } from "@/lib/export/svg";
import type { NodeName } from "@/lib/pipeline/types";
import { DEFAULT_PIPELINE } from "@/lib/pipeline/types";
import { projectFromHash } from "@/lib/pipeline/share";
import { downstreamOf, selectPipeline } from "@/lib/pipeline/graph";
import { buildViewGraph } from "@/lib/pipeline/view-graph";
import { phraseFinding } from "@/lib/exercises/phrase";
import { CheckPanel, lastReport } from "./checking/CheckPanel";
import { withCheckFindings } from "./checking/check-statuses";
import { ExerciseNav } from "./checking/ExerciseNav";
import { useExerciseCheck } from "./checking/useExerciseCheck";
import { DataFilesPanel } from "./DataFilesPanel";
import { exerciseConfig } from "./exercises";
import type { ExerciseConfig } from "./exercises";
import { nodeStatuses } from "./node-statuses";
import { ResultsPanel } from "./ResultsPanel";
import { RunLog } from "./RunLog";
import { RunSummary } from "./RunSummary";
import { TrainingCharts } from "./TrainingCharts";
import { useRunner } from "./useRunner";

// The export code and its preview load when the dialog first opens, not with the page.
const KedroExportDialog = dynamic(() => import("./KedroExportDialog"), { ssr: false });

/** A message kept as a key and values, so it follows a language switch. */
type Notice = {
  tone: "info" | "error";
  key: string;
  params?: Record<string, string | number>;
  /** An engine error phrased into the `{reason}` placeholder. */
  reason?: { code: string; params: Record<string, string | number> };
};

/** How long a refused link's message stays on the port. */
const PORT_ERROR_MS = 8000;

/**
 * Renders an exercise: a Kedro pipeline editor (palette, canvas, inspector,
 * YAML files) over the exercise's reference project, the data files the
 * student loads, the runner, the log and the results.
 */
export function ExerciseEditor({ exerciseId }: { exerciseId: string }) {
  const exercise: ExerciseConfig = useMemo(() => {
    const config = exerciseConfig(exerciseId);
    if (!config) throw new Error(`unknown exercise "${exerciseId}"`);
    return config;
  }, [exerciseId]);
  const { locale, t, tError } = useLocale();
  const [kinds, setKinds] = useState<KindCatalog>(() => new Map());
  const editor = useEditorDocument(exercise.document, kinds);
  const project = editor.document.project;
  const { state, run, cancel, clear, loadData, preloadData, failData, exportCsv, send, subscribe } = useRunner(project, locale);
  const channel = useMemo(() => ({ send, subscribe, workerError: state.workerError }), [send, subscribe, state.workerError]);
  const checker = useExerciseCheck(channel, exercise.id, locale);
  const checked = lastReport(checker);
  // Findings go on the canvas only while they describe the pipeline on screen.
  const checkResult = checked && checked.project === project ? checked.result : undefined;
  const [pipeline, setPipeline] = useState(DEFAULT_PIPELINE);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [portError, setPortError] = useState<CanvasEditing["portError"]>();
  const [exportingKedro, setExportingKedro] = useState(false);

  useEffect(() => {
    if (state.kinds) setKinds(new Map(state.kinds.map((kind) => [kind.id, kind])));
  }, [state.kinds]);

  useEffect(() => {
    if (editor.notice) setNotice(documentNotice(editor.notice));
  }, [editor.notice]);

  useEffect(() => {
    const shared = projectFromHash(window.location.hash);
    if (!shared) return;
    if (shared.ok) {
      editor.execute({ type: "replace", document: { ...exercise.document(), project: shared.project } });
      setNotice({ tone: "info", key: "exercise.sharedPipeline" });
    } else {
      setNotice({ tone: "error", key: "exercise.badLink", reason: { code: "INVALID_SHARED_PIPELINE", params: { detail: shared.detail } } });
    }
    // The hash is read once, after the saved work is restored.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor.loaded]);

  const pipelineNames = Object.keys(project.pipelines).filter((name) => name !== DEFAULT_PIPELINE);
  const viewPipeline = pipeline === DEFAULT_PIPELINE || pipelineNames.includes(pipeline) ? pipeline : DEFAULT_PIPELINE;
  const graph = useMemo(
    () => buildViewGraph(project, viewPipeline, { positions: editor.document.positions, includeUnusedCatalog: true }),
    [project, viewPipeline, editor.document.positions],
  );
  const stale = useMemo(() => staleNodes(state.ranSignatures, project), [state.ranSignatures, project]);
  const statuses = useMemo(
    () => withCheckFindings(nodeStatuses(state, tError, stale), checkResult, (finding) => phraseFinding(locale, finding)),
    [state, tError, stale, checkResult, locale],
  );
  const highlighted = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (!needle) return new Set<string>();
    return new Set(graph.nodes.filter((node) => node.type !== "pipeline" && node.name.toLowerCase().includes(needle)).map((node) => node.id));
  }, [graph, search]);
  const running = state.status === "running";
  let runLabel = t("exercise.run");
  if (running) runLabel = t("exercise.running");
  else if (!state.backend) runLabel = t("exercise.loading");

  const execute = useCallback(
    (command: EditorCommand, options?: { coalesce?: boolean }): CommandError | undefined => {
      const error = editor.execute(command, options);
      if (!error) setPortError(undefined);
      return error;
    },
    [editor],
  );

  const addKind = useCallback(
    (kind: string, position?: Position) => {
      // In a checked exercise, new nodes go to the first pipeline the student writes.
      const target = viewPipeline !== DEFAULT_PIPELINE ? viewPipeline : (exercise.spec?.scope[0] ?? pipelineNames[0] ?? "data_engineering");
      // Without a drop position the automatic layout places the node, so it never lands on another one.
      const error = execute({ type: "add_node", kind, pipeline: target, position });
      if (error) setNotice({ tone: "error", key: `error.${error.code}`, params: error.params });
    },
    [execute, exercise.spec, pipelineNames, tError, viewPipeline],
  );

  const editing = useMemo<CanvasEditing>(
    () => ({
      kinds,
      portError,
      onConnect: (dataset, node, input) => {
        const error = execute({ type: "connect", dataset, node, input });
        if (!error) return;
        setPortError({ node: error.node ?? node, input: error.input ?? input, text: tError(error.code, error.params) });
        // The message on the port is drawn at the canvas zoom; repeat it at reading size.
        setNotice({ tone: "error", key: `error.${error.code}`, params: error.params });
      },
      onMove: (positions) => execute({ type: "move", positions }),
      onDelete: (nodes) => nodes.forEach((node) => execute({ type: "remove_node", node })),
      onDropKind: (kind, position) => addKind(kind, position),
    }),
    [kinds, portError, execute, tError, addKind],
  );

  useEffect(() => {
    if (!portError) return;
    const timer = window.setTimeout(() => setPortError(undefined), PORT_ERROR_MS);
    return () => window.clearTimeout(timer);
  }, [portError]);

  useUndoShortcuts(editor.undo, editor.redo);

  const runFrom = (node: NodeName) => {
    const rerun = downstreamOf(selectPipeline(project, viewPipeline) ?? [], [node]);
    const skippedStale = [...stale].filter((name) => !rerun.has(name));
    setNotice(skippedStale.length > 0 ? { tone: "error", key: "editor.staleUpstream", params: { nodes: skippedStale.join(", ") } } : null);
    run(viewPipeline, [node]);
  };
  const importFile = async (file: File) => {
    const result = editor.importText(await file.text());
    setNotice(
      result.ok
        ? { tone: "info", key: "editor.imported", params: { file: file.name } }
        : { tone: "error", key: "editor.importFailed", params: { file: file.name }, reason: { code: result.code, params: result.params } },
    );
  };

  return (
    <div className="mx-auto max-w-[1800px] space-y-3 px-4 py-6">
      <div className="flex flex-wrap items-end gap-4">
        <div className="mr-auto">
          <h1 className="text-2xl font-bold text-brand-900">{exercise.title ? exercise.title[locale] : t(exercise.titleKey)}</h1>
          <p className="text-sm text-slate-600">{exercise.summary ? exercise.summary[locale] : t(exercise.summaryKey)}</p>
        </div>
        <label className="text-sm">
          <span className="mr-2">{t("exercise.pipeline")}</span>
          <select
            data-testid="pipeline-select"
            value={viewPipeline}
            disabled={running}
            onChange={(event) => setPipeline(event.target.value)}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value={DEFAULT_PIPELINE}>{t("exercise.allPipelines")}</option>
            {pipelineNames.map((name) => (
              <option key={name} value={name}>{name}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => run(viewPipeline)}
          // Disabled until the worker is ready, which also means the page is hydrated:
          // a click before that would be lost.
          disabled={running || !state.backend}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          {runLabel}
        </button>
        {/* A separate Cancel button: if Run turned into Cancel, a double click would cancel the run it just started. */}
        {running && (
          <button type="button" onClick={cancel} className="rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800">
            {t("exercise.cancel")}
          </button>
        )}
      </div>

      <EditorToolbar
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        onUndo={editor.undo}
        onRedo={editor.redo}
        onAutoLayout={() => execute({ type: "auto_layout" })}
        search={search}
        onSearch={setSearch}
        searchMatches={highlighted.size}
        onExportSvg={() => downloadBlob(new Blob([graphToSvg(graph, "pipeline")], { type: "image/svg+xml" }), "pipeline.svg")}
        onExportPng={() => void svgToPng(graphToSvg(graph, "pipeline")).then((png) => downloadBlob(png, "pipeline.png"))}
        onExportJson={() => downloadBlob(new Blob([editor.exportText()], { type: "application/json" }), `deploy-lab-${editor.document.exerciseId}.json`)}
        onExportKedro={() => setExportingKedro(true)}
        // Validation needs the node kinds, which arrive with the worker.
        exportKedroDisabled={kinds.size === 0}
        onImportFile={(file) => void importFile(file)}
        onStartEmpty={() => {
          execute({ type: "replace", document: emptyDocument(editor.document) });
          clear();
          setSelectedId(null);
          setNotice({ tone: "info", key: "editor.startedEmpty" });
        }}
        onReset={() => {
          editor.reset();
          setNotice({ tone: "info", key: "editor.resetDone" });
        }}
      />

      {notice && (
        <p role={notice.tone === "error" ? "alert" : "status"} data-testid="notice" className={`flex items-start justify-between gap-2 rounded border px-3 py-2 text-sm ${notice.tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-sky-300 bg-sky-50 text-sky-900"}`}>
          <span>{t(notice.key, { ...notice.params, ...(notice.reason ? { reason: tError(notice.reason.code, notice.reason.params) } : {}) })}</span>
          <button type="button" onClick={() => setNotice(null)} className="shrink-0 underline" aria-label={t("editor.dismiss")}>
            ×
          </button>
        </p>
      )}
      <ExerciseNav current={exercise.id} />
      {exportingKedro && (
        <KedroExportDialog
          project={project}
          exerciseId={editor.document.exerciseId}
          kinds={kinds}
          onClose={() => setExportingKedro(false)}
          onDownloaded={(file) => {
            setExportingKedro(false);
            setNotice({ tone: "info", key: "kedroExport.downloaded", params: { file } });
          }}
        />
      )}
      <DataFilesPanel
        exercise={exercise}
        files={state.dataFiles}
        onLoad={(dataset, file, labeled) => void loadData(dataset, file, labeled)}
        onPreload={preloadData}
        onPreloadFailed={failData}
        project={project}
        execute={execute}
      />
      <RunSummary state={state} />
      {exercise.spec && (
        <CheckPanel
          spec={exercise.spec}
          project={project}
          checker={checker}
          running={running}
          onLoadSolution={(solution) => {
            execute({ type: "replace", document: { ...editor.document, project: solution, positions: {} } });
            setNotice({ tone: "info", key: "grading.solutionLoaded" });
          }}
        />
      )}

      {/* The canvas gets the width: below 1536 px the side panel moves under it. */}
      <div className="grid gap-3 lg:grid-cols-[12rem_minmax(0,1fr)] 2xl:grid-cols-[13rem_minmax(0,1fr)_26rem]">
        <div className="h-[clamp(420px,68vh,760px)] rounded-lg border border-slate-200 bg-white p-2">
          <Palette kinds={[...kinds.values()]} onAdd={(kind) => addKind(kind)} />
        </div>
        <div className="h-[clamp(420px,68vh,760px)] rounded-lg border border-slate-200 bg-white">
          <PipelineCanvas graph={graph} statuses={statuses} editing={editing} selectedId={selectedId} onSelect={setSelectedId} highlighted={highlighted} />
        </div>
        <div className="h-[clamp(420px,68vh,760px)] rounded-lg border border-slate-200 bg-white p-2 lg:col-span-2 2xl:col-span-1">
          <SidePanel project={project} kinds={kinds} selectedId={selectedId} datasets={state.datasets} execute={execute} onRunFrom={runFrom} running={running} />
        </div>
      </div>

      <div className="grid gap-4 2xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section id="results" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="results-title">
          <h2 id="results-title" className="mb-3 text-lg font-semibold">{t("exercise.results")}</h2>
          <TrainingCharts lossCurves={state.lossCurves} datasets={state.datasets} />
          <ResultsPanel
            datasets={state.datasets}
            stale={stale.size > 0}
            onDownload={(dataset) => void exportCsv(dataset).then((text) => downloadBlob(new Blob([text], { type: "text/csv" }), `${dataset}.csv`))}
          />
        </section>
        <section aria-labelledby="log-title">
          <h2 id="log-title" className="mb-2 text-lg font-semibold">{t("exercise.runLog")}</h2>
          <RunLog lines={state.log} />
        </section>
      </div>
    </div>
  );
}

function documentNotice(notice: DocumentNotice): Notice {
  switch (notice.kind) {
    case "restored":
      return { tone: "info", key: "editor.restored" };
    case "migrated":
      return { tone: "info", key: "editor.migrated", params: { from: notice.from } };
    case "corrupt":
      return { tone: "error", key: "editor.corrupt", reason: { code: notice.code, params: notice.params } };
    case "storage":
      return { tone: "error", key: `error.${notice.code}` };
  }
}

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) on the page, except while typing in a field or a code editor. */
function useUndoShortcuts(onUndo: () => void, onRedo: () => void) {
  useEffect(() => {
    const handle = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], .monaco-editor")) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) onUndo();
      else if ((key === "z" && event.shiftKey) || key === "y") onRedo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", handle);
    return () => window.removeEventListener("keydown", handle);
  }, [onUndo, onRedo]);
}
