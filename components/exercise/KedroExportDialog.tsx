"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CodeEditor } from "@/components/code-editor/CodeEditor";
import type { CodeEditorLanguage } from "@/components/code-editor/CodeEditor";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { downloadBlob } from "@/components/pipeline-editor/download";
import type { KindCatalog } from "@/lib/editor/types";
import { exportedDataNotes, exportedRawData } from "@/lib/export/kedro/example-data";
import { suggestPackageName } from "@/lib/export/kedro/names";
import { exportKedroProject } from "@/lib/export/kedro/project";
import { zipProject } from "@/lib/export/kedro/zip";
import type { Project } from "@/lib/pipeline/types";

interface KedroExportDialogProps {
  project: Project;
  exerciseId: string;
  kinds: KindCatalog;
  onClose(): void;
  /** Called with the zip's file name after the download starts. */
  onDownloaded(file: string): void;
}

/** Splits a path into its folder (with a trailing `/`, or "" at the root) and file name. */
function splitPath(path: string): { folder: string; name: string } {
  const slash = path.lastIndexOf("/");
  return { folder: path.slice(0, slash + 1), name: path.slice(slash + 1) };
}

/** Sorts root files first, then folders alphabetically, so the list reads like a file tree. */
function compareFiles(a: string, b: string): number {
  const left = splitPath(a);
  const right = splitPath(b);
  if (left.folder === right.folder) return left.name.localeCompare(right.name);
  if (left.folder === "") return -1;
  if (right.folder === "") return 1;
  return left.folder.localeCompare(right.folder);
}

function languageOf(path: string): CodeEditorLanguage {
  if (path.endsWith(".py")) return "python";
  if (path.endsWith(".yml") || path.endsWith(".yaml")) return "yaml";
  return "plaintext";
}

/**
 * Previews the Kedro project that the canvas exports, file by file in a
 * read-only code editor, and downloads it as a zip. The package name is
 * checked as the user types, and problems that stop the export (invalid
 * names, an invalid pipeline) are listed in place of the files.
 */
export default function KedroExportDialog({ project, exerciseId, kinds, onClose, onDownloaded }: KedroExportDialogProps) {
  const { t, tError } = useLocale();
  const [packageName, setPackageName] = useState(() => suggestPackageName(exerciseId));
  const [selected, setSelected] = useState("README.md");
  const dialog = useRef<HTMLDivElement>(null);

  const result = useMemo(
    () => exportKedroProject(project, kinds, { packageName, rawData: exportedRawData(exerciseId), dataNotes: exportedDataNotes(exerciseId) }),
    [project, kinds, packageName, exerciseId],
  );
  const files = result.ok ? [...result.files].sort((a, b) => compareFiles(a.path, b.path)) : [];
  const current = files.find((file) => file.path === selected) ?? files.find((file) => file.path === "README.md");

  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    dialog.current?.querySelector<HTMLInputElement>("input")?.focus();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") closeRef.current();
    };
    window.addEventListener("keydown", closeOnEscape);
    return () => window.removeEventListener("keydown", closeOnEscape);
  }, []);

  const zipName = `${packageName}.zip`;
  const download = () => {
    if (!result.ok) return;
    const zip = zipProject(packageName, result.files);
    downloadBlob(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }), zipName);
    onDownloaded(zipName);
  };

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="kedro-export-title"
        data-testid="kedro-export-dialog"
        className="flex max-h-[92vh] w-full max-w-6xl flex-col gap-3 rounded-lg bg-white p-4 shadow-xl"
      >
        <div className="flex items-start justify-between gap-4">
          <div>
            <h2 id="kedro-export-title" className="text-lg font-semibold text-brand-900">{t("kedroExport.title")}</h2>
            <p className="text-sm text-slate-600">{t("kedroExport.intro")}</p>
          </div>
          <button type="button" onClick={onClose} className="rounded border border-slate-300 px-2 py-1 text-sm">
            {t("kedroExport.close")}
          </button>
        </div>

        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("kedroExport.packageName")}</span>
          <input
            value={packageName}
            onChange={(event) => setPackageName(event.target.value)}
            spellCheck={false}
            aria-invalid={!result.ok}
            aria-describedby="kedro-export-hint"
            data-testid="kedro-package-name"
            className="w-72 rounded border border-slate-300 px-2 py-1 font-mono"
          />
          <span id="kedro-export-hint" className="text-xs text-slate-500">{t("kedroExport.packageHint")}</span>
        </label>

        {result.ok ? (
          <div className="grid min-h-0 flex-1 gap-3 md:grid-cols-[18rem_minmax(0,1fr)]">
            <nav aria-label={t("kedroExport.files", { count: files.length })} className="max-h-[60vh] overflow-auto rounded border border-slate-200 p-1">
              <p className="px-1 pb-1 text-xs font-medium text-slate-600">{t("kedroExport.files", { count: files.length })}</p>
              <ul data-testid="kedro-export-files" className="font-mono text-xs">
                {files.map((file, index) => {
                  const { folder, name } = splitPath(file.path);
                  const firstInFolder = folder !== "" && splitPath(files[index - 1]?.path ?? "").folder !== folder;
                  return (
                    <li key={file.path}>
                      {firstInFolder && <p className="truncate px-1 pt-1 text-slate-500" title={folder}>{folder}</p>}
                      <button
                        type="button"
                        onClick={() => setSelected(file.path)}
                        aria-label={file.path}
                        aria-current={file.path === current?.path ? "true" : undefined}
                        className={`w-full truncate rounded py-0.5 pr-1 text-left ${folder ? "pl-4" : "pl-1"} ${file.path === current?.path ? "bg-brand-600 text-white" : "hover:bg-slate-100"}`}
                      >
                        {name}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <div className="min-w-0">
              {current && current.content === "" ? (
                <p className="text-sm text-slate-600">{t("kedroExport.emptyFile")}</p>
              ) : (
                current && (
                  <CodeEditor value={current.content} language={languageOf(current.path)} readOnly ariaLabel={t("kedroExport.preview", { path: current.path })} height="56vh" />
                )
              )}
            </div>
          </div>
        ) : (
          <div role="alert" data-testid="kedro-export-problems" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            <p className="font-medium">{t("kedroExport.problems")}</p>
            <ul className="ml-5 list-disc">
              {result.problems.map((problem, index) => (
                <li key={index}>{tError(problem.code, problem.params)}</li>
              ))}
            </ul>
          </div>
        )}

        <div className="flex justify-end">
          <button
            type="button"
            onClick={download}
            disabled={!result.ok}
            data-testid="kedro-download"
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400"
          >
            {t("kedroExport.download", { file: zipName })}
          </button>
        </div>
      </div>
    </div>
  );
}
