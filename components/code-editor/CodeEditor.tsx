"use client";

import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { MonacoHandle } from "./MonacoEditor";
import type { CodeEditorProps } from "./types";

export type { CodeEditorLanguage, CodeEditorMarker, CodeEditorProps } from "./types";

// Monaco reads `window` when imported, so it is never rendered on the server.
// Its chunks (about 870 kB gzip of JS and CSS in the production build) are
// fetched only by pages that render a CodeEditor.
const MonacoEditor = dynamic(() => import("./MonacoEditor"), { ssr: false, loading: () => null });

/**
 * Renders a YAML or Python code editor. A plain textarea with the same value is shown
 * until Monaco has loaded, so typing works from the first paint; Monaco then
 * takes over with syntax colouring and underlined markers.
 */
export function CodeEditor(props: CodeEditorProps) {
  const { value, readOnly = false, onChange, markers = [], ariaLabel, height } = props;
  const { t } = useLocale();
  const [monacoReady, setMonacoReady] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const testId = `code-editor-${slugify(ariaLabel)}`;
  const cssHeight = typeof height === "number" ? `${height}px` : height;

  // Someone typing in the textarea keeps the focus and cursor when Monaco takes over.
  const handleMonacoReady = (handle: MonacoHandle) => {
    const textarea = textareaRef.current;
    if (textarea && document.activeElement === textarea) handle.focusAt(textarea.selectionStart);
    setMonacoReady(true);
  };

  return (
    <div data-testid={testId} data-editor={monacoReady ? "monaco" : "textarea"} className="flex flex-col gap-2">
      <div className="relative overflow-hidden rounded border border-slate-300" style={{ height: cssHeight }}>
        {!monacoReady && (
          <textarea
            ref={textareaRef}
            data-testid={`${testId}-textarea`}
            aria-label={ariaLabel}
            aria-describedby={`${testId}-loading`}
            className="absolute inset-0 h-full w-full resize-none p-2 font-mono text-sm"
            spellCheck={false}
            value={value}
            readOnly={readOnly}
            onChange={(event) => onChange?.(event.target.value)}
          />
        )}
        <div className={monacoReady ? "h-full" : "invisible h-full"}>
          <MonacoEditor {...props} onReady={handleMonacoReady} />
        </div>
      </div>
      {!monacoReady && (
        <p id={`${testId}-loading`} className="text-xs text-slate-500">
          {t("codeEditor.loading")}
        </p>
      )}
      {markers.length > 0 && (
        <ul data-testid={`${testId}-markers`} className="text-sm" aria-label={t("codeEditor.problems")}>
          {markers.map((marker, index) => (
            <li key={index} className={marker.severity === "error" ? "text-red-700" : "text-amber-700"}>
              {t("codeEditor.markerPosition", { line: marker.line, column: marker.column })}: {marker.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
