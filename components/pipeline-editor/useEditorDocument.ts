"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { canRedo, canUndo, createHistory, execute, redo, undo } from "@/lib/editor/history";
import type { History } from "@/lib/editor/history";
import { loadDocument, parseImportedDocument, saveDocument, serializeDocument } from "@/lib/editor/storage";
import type { KeyValueStore } from "@/lib/editor/storage";
import type { CommandError, EditorCommand, EditorDocument, KindCatalog } from "@/lib/editor/types";

export type DocumentNotice =
  | { kind: "restored" }
  | { kind: "migrated"; from: number }
  | { kind: "corrupt"; code: string; params: Record<string, string | number> }
  | { kind: "storage"; code: string };

/** localStorage, or an in-memory stand-in where the browser blocks it. */
export function browserStore(): KeyValueStore {
  try {
    const probe = "deploy-lab.probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}

/**
 * Owns the exercise's editor document: undo/redo history, autosave after
 * every change, restore on load, import, export and reset. Saved work that
 * cannot be read is set aside by the storage layer and reported in `notice`.
 */
export function useEditorDocument(original: () => EditorDocument, kinds: KindCatalog) {
  const [history, setHistoryState] = useState<History>(() => createHistory(original()));
  // Commands read the latest history synchronously, so one returns its error
  // at once and two in the same event both apply.
  const latest = useRef(history);
  const setHistory = useCallback((next: History | ((current: History) => History)) => {
    latest.current = typeof next === "function" ? next(latest.current) : next;
    setHistoryState(latest.current);
  }, []);
  const [notice, setNotice] = useState<DocumentNotice | null>(null);
  const [loaded, setLoaded] = useState(false);
  const store = useRef<KeyValueStore | null>(null);
  const exerciseId = useRef(history.present.exerciseId);

  useEffect(() => {
    store.current = browserStore();
    const result = loadDocument(store.current, exerciseId.current);
    if (result.status === "ok") {
      setHistory(createHistory(result.document));
      setNotice(result.migratedFrom !== undefined ? { kind: "migrated", from: result.migratedFrom } : { kind: "restored" });
    } else if (result.status === "corrupt") {
      setNotice({ kind: "corrupt", code: result.code, params: result.params });
    } else if (result.status === "unavailable") {
      setNotice({ kind: "storage", code: result.code });
    }
    setLoaded(true);
  }, [setHistory]);

  // Save after every change, not on unload, so a crashed tab loses nothing.
  useEffect(() => {
    if (!loaded || !store.current) return;
    const saved = saveDocument(store.current, history.present);
    if (!saved.ok) setNotice({ kind: "storage", code: saved.code });
  }, [history.present, loaded]);

  const run = useCallback(
    (command: EditorCommand, options: { coalesce?: boolean } = {}): CommandError | undefined => {
      const result = execute(latest.current, command, kinds, options);
      setHistory(result.history);
      return result.error;
    },
    [kinds, setHistory],
  );

  const importText = useCallback(
    (text: string) => {
      const parsed = parseImportedDocument(text, kinds, exerciseId.current);
      if (!parsed.ok) return parsed;
      run({ type: "replace", document: parsed.document });
      return parsed;
    },
    [kinds, run],
  );

  return {
    document: history.present,
    loaded,
    notice,
    dismissNotice: () => setNotice(null),
    execute: run,
    undo: () => setHistory(undo),
    redo: () => setHistory(redo),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    importText,
    exportText: () => serializeDocument(history.present),
    reset: () => run({ type: "replace", document: original() }),
  };
}
