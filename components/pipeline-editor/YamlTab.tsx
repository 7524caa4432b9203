"use client";

import { useEffect, useRef, useState } from "react";
import { CodeEditor } from "@/components/code-editor/CodeEditor";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { YamlError } from "@/lib/editor/yaml";

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: YamlError[] };

interface YamlTabProps<T> {
  label: string;
  /** The document's current value, which the canvas and undo may change. */
  value: T;
  toYaml(value: T): string;
  parse(text: string): Parsed<T>;
  /** Called with each valid edit; `typing` is true after the first change of a burst. */
  onChange(value: T, typing: boolean): void;
}

/** How long after a keystroke the next valid parse still belongs to the same undo step. */
const TYPING_BURST_MS = 1500;

/**
 * Renders a YAML file kept in two-way sync with the document. Valid edits
 * apply at once. While the text has errors, they are marked inline and the
 * document keeps its last valid value. Outside changes (canvas, undo)
 * rewrite the text unless the user is in the middle of fixing an error.
 */
export function YamlTab<T>({ label, value, toYaml, parse, onChange }: YamlTabProps<T>) {
  const { t, tError } = useLocale();
  const [text, setText] = useState(() => toYaml(value));
  const [errors, setErrors] = useState<YamlError[]>([]);
  const lastApplied = useRef(JSON.stringify(value));
  const lastKeystroke = useRef(0);

  useEffect(() => {
    const serialized = JSON.stringify(value);
    if (serialized === lastApplied.current) return;
    lastApplied.current = serialized;
    if (errors.length === 0) setText(toYaml(value));
  }, [value, toYaml, errors.length]);

  const edit = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    const serialized = JSON.stringify(parsed.value);
    if (serialized === lastApplied.current) return;
    const now = Date.now();
    const typing = now - lastKeystroke.current < TYPING_BURST_MS;
    lastKeystroke.current = now;
    lastApplied.current = serialized;
    onChange(parsed.value, typing);
  };

  const markers = errors.map((error) => ({ line: error.line, column: error.column, message: `${error.code}: ${tError(error.code, error.params)}`, severity: "error" as const }));

  return (
    <div className="space-y-2">
      <CodeEditor value={text} language="yaml" onChange={edit} markers={markers} ariaLabel={label} height={360} />
      {errors.length > 0 ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-xs font-semibold text-red-900" data-testid={`yaml-errors-${label}`}>
          {t("editor.yamlKeepsLastValid")}
        </p>
      ) : (
        <p className="text-xs text-emerald-800" data-testid={`yaml-ok-${label}`}>{t("editor.yamlSynced")}</p>
      )}
    </div>
  );
}
