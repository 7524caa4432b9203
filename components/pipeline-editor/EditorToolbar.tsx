"use client";

import { useRef } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";

interface EditorToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onAutoLayout(): void;
  search: string;
  onSearch(query: string): void;
  searchMatches: number;
  onExportPng(): void;
  onExportSvg(): void;
  onExportJson(): void;
  /** Opens the Kedro project export; absent where the page offers none. */
  onExportKedro?(): void;
  exportKedroDisabled?: boolean;
  onImportFile(file: File): void;
  onStartEmpty(): void;
  onReset(): void;
}

const BUTTON = "rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:border-brand-600 disabled:cursor-not-allowed disabled:opacity-40";

/** Editing actions above the canvas; each also has a keyboard shortcut or is a plain button. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { t } = useLocale();
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <div role="toolbar" aria-label={t("editor.toolbar")} className="flex flex-wrap items-center gap-2" data-testid="editor-toolbar">
      <button type="button" className={BUTTON} onClick={props.onUndo} disabled={!props.canUndo} title="Ctrl+Z">
        {t("editor.undo")}
      </button>
      <button type="button" className={BUTTON} onClick={props.onRedo} disabled={!props.canRedo} title="Ctrl+Shift+Z">
        {t("editor.redo")}
      </button>
      <button type="button" className={BUTTON} onClick={props.onAutoLayout}>
        {t("editor.autoLayout")}
      </button>
      <label className="flex items-center gap-1 text-sm">
        <span className="sr-only">{t("editor.search")}</span>
        <input
          type="search"
          value={props.search}
          onChange={(event) => props.onSearch(event.target.value)}
          placeholder={t("editor.search")}
          className="w-56 rounded border border-slate-300 px-2 py-1"
          data-testid="canvas-search"
        />
        {props.search && (
          <span className="text-xs text-slate-600" aria-live="polite">
            {t("editor.matches", { count: props.searchMatches })}
          </span>
        )}
      </label>
      <span className="mx-1 h-6 w-px bg-slate-300" aria-hidden="true" />
      <button type="button" className={BUTTON} onClick={props.onExportPng}>
        PNG
      </button>
      <button type="button" className={BUTTON} onClick={props.onExportSvg}>
        SVG
      </button>
      <button type="button" className={BUTTON} onClick={props.onExportJson} data-testid="export-json">
        {t("editor.exportJson")}
      </button>
      {props.onExportKedro && (
        <button type="button" className={BUTTON} onClick={props.onExportKedro} disabled={props.exportKedroDisabled} data-testid="export-kedro">
          {t("kedroExport.button")}
        </button>
      )}
      <button type="button" className={BUTTON} onClick={() => fileInput.current?.click()}>
        {t("editor.importJson")}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label={t("editor.importJson")}
        data-testid="import-json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) props.onImportFile(file);
          event.target.value = "";
        }}
      />
      <span className="mx-1 h-6 w-px bg-slate-300" aria-hidden="true" />
      <button type="button" className={BUTTON} onClick={props.onStartEmpty} data-testid="start-empty">
        {t("editor.startEmpty")}
      </button>
      <button type="button" className={BUTTON} onClick={props.onReset} data-testid="reset-original">
        {t("editor.reset")}
      </button>
    </div>
  );
}
