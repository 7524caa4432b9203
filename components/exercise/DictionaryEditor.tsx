"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CodeEditor } from "@/components/code-editor/CodeEditor";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { browserStore } from "@/components/pipeline-editor/useEditorDocument";
import { dictionaryToYaml, parseDictionaryYaml } from "@/lib/data/diabetes-dictionary";
import type { DictionaryEntry } from "@/lib/data/diabetes-dictionary";
import {
  applyDictionaryToParameters,
  blockTarget,
  dictionaryFromParameters,
  loadStoredDictionary,
  saveStoredDictionary,
  transformerParameterPaths,
} from "@/lib/editor/dictionary";
import type { CommandError, EditorCommand } from "@/lib/editor/types";
import type { Project } from "@/lib/pipeline/types";
import type { ExerciseDictionary } from "./exercises";
import type { DataFileState } from "./useRunner";

interface DictionaryEditorProps {
  exerciseId: string;
  dictionary: ExerciseDictionary;
  /** The training file, whose columns the dictionary is checked against once it is loaded. */
  trainingFile?: DataFileState;
  project: Project;
  execute(command: EditorCommand, options?: { coalesce?: boolean }): CommandError | undefined;
}

/** How long after a keystroke the next valid parse still belongs to the same undo step, as in the YAML tabs. */
const TYPING_BURST_MS = 1500;

type Notice = { key: string; params: Record<string, string> };

/**
 * Renders the data dictionary as editable YAML. A valid edit becomes a
 * `set_parameters` command that regroups the transformer's columns, so undo,
 * autosave, parameters.yml and the next run follow it. An invalid draft is
 * marked line by line and saved in the browser, but never applied: the
 * parameters keep the last valid dictionary. Edits of parameters.yml (or an
 * undo) rewrite the text unless it contains a draft with errors.
 */
export function DictionaryEditor({ exerciseId, dictionary, trainingFile, project, execute }: DictionaryEditorProps) {
  const { t, tError } = useLocale();
  const store = useMemo(() => browserStore(), []);
  const [open, setOpen] = useState(false);
  const [lastValid, setLastValid] = useState<readonly DictionaryEntry[]>(dictionary.entries);
  // Null until the stored draft has been read, after hydration.
  const [text, setText] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const lastKeystroke = useRef(0);

  const current = useMemo(() => dictionaryFromParameters(project, lastValid), [project, lastValid]);
  const target = blockTarget(project, dictionary.target);
  const loaded = trainingFile?.status === "loaded" ? trainingFile : undefined;
  const columns = useMemo(() => loaded?.columns ?? dictionary.entries.map((entry) => entry.column), [loaded, dictionary.entries]);
  const parsed = useMemo(
    () => (text === null ? null : parseDictionaryYaml(text, { columns, fileName: loaded?.name, target })),
    [text, columns, loaded?.name, target],
  );

  const persist = (nextText: string, valid: readonly DictionaryEntry[]) => {
    const failure = saveStoredDictionary(store, exerciseId, { text: nextText, valid: [...valid] });
    if (failure !== undefined) setNotice({ key: "data.dictionaryEditor.storageFailed", params: { detail: failure } });
  };

  useEffect(() => {
    const stored = loadStoredDictionary(store, exerciseId);
    if (stored.status === "ok") {
      const sameColumns = stored.stored.valid.map((entry) => entry.column).join() === dictionary.entries.map((entry) => entry.column).join();
      const valid = sameColumns ? stored.stored.valid : dictionary.entries;
      setLastValid(valid);
      setText(stored.stored.text);
      return;
    }
    if (stored.status === "corrupt") setNotice({ key: "data.dictionaryEditor.corrupt", params: { key: stored.backupKey ?? "—" } });
    if (stored.status === "unavailable") setNotice({ key: "data.dictionaryEditor.storageFailed", params: { detail: stored.detail } });
    setText(dictionaryToYaml(dictionaryFromParameters(project, dictionary.entries)));
    // Read once per exercise. The parameters restored later reach the text through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, exerciseId, dictionary.entries]);

  // Follow the parameters (an edit of parameters.yml, undo, reset) unless the text is a draft with errors.
  useEffect(() => {
    if (text === null || !parsed?.ok) return;
    if (JSON.stringify(parsed.dictionary) === JSON.stringify(current)) return;
    const rebuilt = dictionaryToYaml(current);
    setText(rebuilt);
    persist(rebuilt, lastValid);
    // persist only writes to the store.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, parsed, text]);

  const edit = (next: string) => {
    setText(next);
    const result = parseDictionaryYaml(next, { columns, fileName: loaded?.name, target });
    if (!result.ok) {
      persist(next, lastValid);
      return;
    }
    setLastValid(result.dictionary);
    persist(next, result.dictionary);
    const parameters = applyDictionaryToParameters(project, result.dictionary, dictionary.target);
    if (parameters === project.parameters) return;
    const now = Date.now();
    const typing = now - lastKeystroke.current < TYPING_BURST_MS;
    lastKeystroke.current = now;
    execute({ type: "set_parameters", parameters }, { coalesce: typing });
  };

  const discardDraft = () => {
    const rebuilt = dictionaryToYaml(current);
    setText(rebuilt);
    persist(rebuilt, lastValid);
  };

  const errors = parsed && !parsed.ok ? parsed.errors : [];
  const markers = errors.map((error) => ({ line: error.line, column: error.column, message: `${error.code}: ${tError(error.code, error.params)}`, severity: "error" as const }));
  const label = t("data.dictionaryEditor.label");

  return (
    <details className="mt-3 text-sm" data-testid="data-dictionary" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-medium">
        {t("data.dictionary")}
        {errors.length > 0 && (
          <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-900" data-testid="dictionary-draft-badge">
            {t("data.dictionaryEditor.draftBadge")}
          </span>
        )}
      </summary>
      <p className="my-1 text-xs text-slate-600">
        {t("data.dictionaryEditor.help", { blocks: transformerParameterPaths(project).join(", "), target })}{" "}
        {loaded ? t("data.dictionaryEditor.checkedFile", { file: loaded.name }) : t("data.dictionaryEditor.checkedDataset")}
      </p>
      {notice && (
        <p role="status" className="my-1 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900" data-testid="dictionary-notice">
          {t(notice.key, notice.params)}
        </p>
      )}
      {/* Monaco loads only once the student opens the dictionary. */}
      {open && text !== null && (
        <div className="space-y-2">
          <CodeEditor value={text} language="yaml" onChange={edit} markers={markers} ariaLabel={label} height={360} />
          {errors.length > 0 ? (
            <div role="alert" className="space-y-1 rounded border border-red-300 bg-red-50 p-2 text-xs text-red-900" data-testid="dictionary-errors">
              <p className="font-semibold">{t("data.dictionaryEditor.invalid")}</p>
              <button type="button" onClick={discardDraft} className="underline">
                {t("data.dictionaryEditor.discardDraft")}
              </button>
            </div>
          ) : (
            <p className="text-xs text-emerald-800" data-testid="dictionary-ok">{t("data.dictionaryEditor.synced")}</p>
          )}
        </div>
      )}
    </details>
  );
}
