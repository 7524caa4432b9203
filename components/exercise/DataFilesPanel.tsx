"use client";

import { useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { DataFileSlot } from "./exercises";
import type { DataFileState } from "./useRunner";

interface DataFilesPanelProps {
  slots: DataFileSlot[];
  dictionaryYaml?: string;
  files: Record<string, DataFileState>;
  onLoad(dataset: string, file: File, labeled: boolean): void;
}

/**
 * Lets the student load the exercise's CSV files, by file picker or drag
 * and drop. Parsing and checks run in the worker; this shows progress, the
 * recognised file and any problem with the row and column at fault.
 */
export function DataFilesPanel({ slots, dictionaryYaml, files, onLoad }: DataFilesPanelProps) {
  const { t } = useLocale();
  if (slots.length === 0) return null;

  return (
    <section aria-labelledby="data-title" className="rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="data-title" className="mb-2 font-semibold">{t("data.title")}</h2>
      <div className="grid gap-3 md:grid-cols-2">
        {slots.map((slot) => (
          <DataFileSlotView key={slot.dataset} slot={slot} file={files[slot.dataset]} onLoad={onLoad} />
        ))}
      </div>
      {dictionaryYaml && (
        <details className="mt-3 text-sm" data-testid="data-dictionary">
          <summary className="cursor-pointer font-medium">{t("data.dictionary")}</summary>
          <p className="my-1 text-xs text-slate-600">{t("data.dictionaryHelp")}</p>
          <pre className="max-h-72 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs">{dictionaryYaml}</pre>
        </details>
      )}
    </section>
  );
}

function DataFileSlotView({ slot, file, onLoad }: { slot: DataFileSlot; file?: DataFileState; onLoad: DataFilesPanelProps["onLoad"] }) {
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
      {file?.status === "loading" && (
        <p role="status">
          {t("data.loading", { name: file.name })} <progress max={1} value={file.fraction} className="align-middle" />
        </p>
      )}
      {file?.status === "loaded" && (
        <p role="status" className="text-emerald-900" data-testid={`data-summary-${slot.dataset}`}>
          {t("data.loaded", { name: file.name, rows: file.rows.toLocaleString(locale), variant: file.variant })}
          {Object.keys(file.classCounts).length > 0 && (
            <> {t("data.classes", { counts: Object.entries(file.classCounts).map(([label, count]) => `${label}: ${count.toLocaleString(locale)}`).join(", ") })}</>
          )}
        </p>
      )}
      {file?.status === "failed" && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-900" data-testid={`data-error-${slot.dataset}`}>
          {t("data.failed", { name: file.name })} <code className="font-bold">{file.error.code}</code> {tError(file.error.code, { path: file.name, ...file.error.params })}
        </p>
      )}
    </div>
  );
}
