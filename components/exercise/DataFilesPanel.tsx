"use client";

import { useEffect, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { megabytes } from "@/lib/data/size";
import type { PreloadSource } from "@/lib/data/preload";
import type { CommandError, EditorCommand } from "@/lib/editor/types";
import type { Project } from "@/lib/pipeline/types";
import { DictionaryEditor } from "./DictionaryEditor";
import type { DataFileSlot, ExerciseConfig } from "./exercises";
import { usePreload } from "./usePreload";
import type { DataFileState } from "./useRunner";

interface DataFilesPanelProps {
  exercise: ExerciseConfig;
  files: Record<string, DataFileState>;
  onLoad(dataset: string, file: File, labeled: boolean): void;
  onPreload(source: PreloadSource, labeled: boolean): void;
  onPreloadFailed(dataset: string, file: Extract<DataFileState, { status: "failed" }>): void;
  project: Project;
  execute(command: EditorCommand, options?: { coalesce?: boolean }): CommandError | undefined;
}

/** After this long, a download in progress suggests picking the file instead. */
const SLOW_DOWNLOAD_MS = 10_000;

/**
 * Lets the student load the exercise's CSV files, by file picker or drag
 * and drop, and starts the downloads the deployment configured. Parsing and
 * checks run in the worker. This panel shows progress, where a file came
 * from, the recognised file and any problem with the row and column at fault.
 */
export function DataFilesPanel({ exercise, files, onLoad, onPreload, onPreloadFailed, project, execute }: DataFilesPanelProps) {
  const { t } = useLocale();
  const slots = exercise.dataFiles;
  usePreload(slots, { preloadData: onPreload, failData: onPreloadFailed });
  if (slots.length === 0) return null;

  return (
    <section aria-labelledby="data-title" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="data-title" className="mb-2 font-semibold">{t("data.title")}</h2>
      <div className="grid gap-3 md:grid-cols-2">
        {slots.map((slot) => (
          <DataFileSlotView key={slot.dataset} slot={slot} file={files[slot.dataset]} onLoad={onLoad} onRetry={(source) => onPreload(source, slot.labeled)} />
        ))}
      </div>
      {exercise.dictionary && (
        <DictionaryEditor
          exerciseId={exercise.id}
          dictionary={exercise.dictionary}
          trainingFile={files[exercise.dictionary.trainingDataset]}
          project={project}
          execute={execute}
        />
      )}
    </section>
  );
}

interface DataFileSlotViewProps {
  slot: DataFileSlot;
  file?: DataFileState;
  onLoad: DataFilesPanelProps["onLoad"];
  onRetry(source: PreloadSource): void;
}

function DataFileSlotView({ slot, file, onLoad, onRetry }: DataFileSlotViewProps) {
  const { t, tError, locale } = useLocale();
  const [dragging, setDragging] = useState(false);
  const inputId = `data-file-${slot.dataset}`;

  return (
    <div
      data-testid={`data-slot-${slot.dataset}`}
      data-status={file?.status ?? "empty"}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const dropped = event.dataTransfer.files[0];
        if (dropped) onLoad(slot.dataset, dropped, slot.labeled);
      }}
      className={`space-y-2 rounded border-2 border-dashed p-3 text-sm ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300"}`}
    >
      <label htmlFor={inputId} className="block font-medium">
        {t(slot.labelKey)} <code className="text-xs text-slate-600">{slot.dataset}</code>
      </label>
      <p className="text-xs text-slate-600">{t("data.dropHint")}</p>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        data-testid={inputId}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) onLoad(slot.dataset, picked, slot.labeled);
          event.target.value = "";
        }}
        className="block w-full text-xs"
      />
      {file?.status === "downloading" && <DownloadProgress file={file} />}
      {file?.status === "loading" && (
        <p role="status">
          {t("data.loading", { name: file.name })} <progress max={1} value={file.fraction} className="align-middle" />
        </p>
      )}
      {file?.status === "loaded" && (
        <p role="status" className="text-emerald-900" data-testid={`data-summary-${slot.dataset}`}>
          {t("data.loaded", { name: file.name, rows: file.rows.toLocaleString(locale), variant: t(`data.variant.${file.variant}`) })}
          {Object.keys(file.classCounts).length > 0 && (
            <> {t("data.classes", { counts: Object.entries(file.classCounts).map(([label, count]) => `${label}: ${count.toLocaleString(locale)}`).join(", ") })}</>
          )}
        </p>
      )}
      {file?.status === "loaded" && file.source && (
        <p className="text-xs text-slate-700" data-testid={`data-source-${slot.dataset}`}>
          {t("data.preload.source", { location: file.source.location, variable: file.source.variable })}
        </p>
      )}
      {file?.status === "failed" && (
        <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-2 text-red-900" data-testid={`data-error-${slot.dataset}`}>
          <p>
            {file.source ? t("data.preload.failed", { location: file.source.location, variable: file.source.variable }) : t("data.failed", { name: file.name })}{" "}
            <code className="font-bold">{file.error.code}</code> {tError(file.error.code, { path: file.name, ...file.error.params })}
          </p>
          {file.source && (
            <p className="flex flex-wrap items-center gap-2">
              <button
                type="button"
                onClick={() => file.source && onRetry(file.source)}
                className="rounded border border-red-400 bg-white px-2 py-1 font-medium"
                data-testid={`data-retry-${slot.dataset}`}
              >
                {t("data.preload.retry")}
              </button>
              <span className="text-xs">{t("data.preload.pickInstead")}</span>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function DownloadProgress({ file }: { file: Extract<DataFileState, { status: "downloading" }> }) {
  const { t } = useLocale();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), Math.max(0, file.startedAt + SLOW_DOWNLOAD_MS - Date.now()));
    return () => window.clearTimeout(timer);
  }, [file.startedAt]);
  const received = megabytes(file.received);

  return (
    <div role="status" className="space-y-1">
      <p>
        {t("data.preload.downloading", { name: file.name, location: file.source?.location ?? file.name })}{" "}
        {/* Without a Content-Length the bar is indeterminate. */}
        <progress max={file.total} value={file.total ? file.received : undefined} className="align-middle" data-testid="data-download-progress" />{" "}
        <span className="text-xs">
          {file.total ? t("data.preload.progress", { received, total: megabytes(file.total) }) : t("data.preload.progressUnknown", { received })}
        </span>
      </p>
      {slow && <p className="text-xs text-amber-900">{t("data.preload.slow")}</p>}
    </div>
  );
}
