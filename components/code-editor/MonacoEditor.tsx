"use client";

import Editor from "@monaco-editor/react";
import type { OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState } from "react";
import { monaco } from "./monaco";
import type { CodeEditorMarker, CodeEditorProps } from "./types";

type StandaloneEditor = Parameters<OnMount>[0];

/** How long after an onChange the same text arriving as `value` counts as its echo rather than an outside change. */
const ECHO_WINDOW_MS = 1000;

/** Owner of this component's markers and edits, so they never clash with a language's own. */
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
  // Texts this editor reported through onChange, with the time, so a render that echoes one back is not taken for an outside change.
  const emitted = useRef(new Map<string, number>());

  // The editor is uncontrolled: a `value` prop is written into it only when it is an outside change (undo, a parameters.yml edit).
  // Writing back every echo would let a render that lags behind fast typing replace newer keystrokes with older text.
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === value) return;
    const emittedAt = emitted.current.get(value);
    if (emittedAt !== undefined && performance.now() - emittedAt < ECHO_WINDOW_MS) return;
    emitted.current.clear();
    // A read-only editor ignores executeEdits, and its reader has nothing to undo.
    if (readOnly) {
      model.setValue(value);
      return;
    }
    editor.executeEdits(MARKER_OWNER, [{ range: model.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [editor, value, readOnly]);

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
      defaultValue={value}
      language={language}
      height={height}
      loading={null}
      onMount={handleMount}
      onChange={(next) => {
        const text = next ?? "";
        const now = performance.now();
        for (const [old, at] of emitted.current) if (now - at >= ECHO_WINDOW_MS) emitted.current.delete(old);
        emitted.current.set(text, now);
        onChange?.(text);
      }}
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
