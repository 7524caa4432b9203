"use client";

import Editor from "@monaco-editor/react";
import type { OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import { monaco } from "./monaco";
import type { CodeEditorMarker, CodeEditorProps } from "./types";

type StandaloneEditor = Parameters<OnMount>[0];

/** Owner of this component's markers, so they never clash with a language's own. */
const MARKER_OWNER = "deploy-lab";

/** Operations CodeEditor may call on a mounted editor. */
export interface MonacoHandle {
  /** Focuses the editor with the cursor at a character offset into the value. */
  focusAt(offset: number): void;
}

export interface MonacoEditorProps extends CodeEditorProps {
  /** Called once the editor is mounted and accepts input. */
  onReady?: (handle: MonacoHandle) => void;
}

/** Renders the Monaco editor itself. Import it only through CodeEditor, which loads it on the client. */
export default function MonacoEditor({ value, language, readOnly = false, onChange, markers = [], ariaLabel, height, onReady }: MonacoEditorProps) {
  const [editor, setEditor] = useState<StandaloneEditor | null>(null);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((marker) => toMonacoMarker(model, marker)));
  }, [editor, markers, value]);

  const handleMount: OnMount = (mounted) => {
    setEditor(mounted);
    onReadyRef.current?.({
      focusAt(offset) {
        const model = mounted.getModel();
        if (model) mounted.setPosition(model.getPositionAt(offset));
        mounted.focus();
      },
    });
  };

  return (
    <Editor
      value={value}
      language={language}
      height={height}
      loading={null}
      onMount={handleMount}
      onChange={(next) => onChange?.(next ?? "")}
      options={{
        readOnly,
        ariaLabel,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 14,
        tabSize: language === "python" ? 4 : 2,
        insertSpaces: true,
        automaticLayout: true,
        renderValidationDecorations: "on",
      }}
    />
  );
}

/** Underlines the word at the marker, or to the end of the line when there is none. */
function toMonacoMarker(model: NonNullable<ReturnType<StandaloneEditor["getModel"]>>, marker: CodeEditorMarker) {
  const line = Math.min(Math.max(1, marker.line), model.getLineCount());
  const maxColumn = model.getLineMaxColumn(line);
  const column = Math.min(Math.max(1, marker.column), maxColumn);
  const word = model.getWordAtPosition({ lineNumber: line, column });
  const endColumn = word && word.endColumn > column ? word.endColumn : Math.max(maxColumn, column + 1);
  return {
    startLineNumber: line,
    startColumn: column,
    endLineNumber: line,
    endColumn,
    message: marker.message,
    severity: marker.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
  };
}
