/** A problem to underline in the editor, at a 1-based line and column. */
export interface CodeEditorMarker {
  line: number;
  column: number;
  /** Text shown on hover, already translated. */
  message: string;
  severity: "error" | "warning";
}

/** Languages with a tokenizer in monaco.ts; "plaintext" shows any other file without colouring. */
export type CodeEditorLanguage = "yaml" | "python" | "plaintext";

export interface CodeEditorProps {
  value: string;
  language: CodeEditorLanguage;
  readOnly?: boolean;
  onChange?: (value: string) => void;
  markers?: readonly CodeEditorMarker[];
  /** Accessible name. Its slug also names the test id `code-editor-<slug>`. */
  ariaLabel: string;
  /** CSS height, e.g. 320 (pixels) or "24rem". */
  height: number | string;
}
