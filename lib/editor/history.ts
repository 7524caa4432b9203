/**
 * Undo and redo over whole documents. Documents are immutable and commands
 * share unchanged parts, so keeping 100 of them costs little memory.
 */
import { applyCommand } from "./commands";
import type { CommandError, EditorCommand, EditorDocument, KindCatalog } from "./types";

/** Maximum number of undo steps kept; older ones are dropped. */
export const HISTORY_LIMIT = 100;

export interface History {
  past: EditorDocument[];
  present: EditorDocument;
  future: EditorDocument[];
}

export interface ExecuteOptions {
  /**
   * Replaces the present instead of pushing it onto `past`. A caller sets it
   * for every `move` after the first one of a drag, so one drag is one undo
   * step. The first command of the drag must not coalesce, or undo would
   * skip back past the edit before the drag.
   */
  coalesce?: boolean;
}

export interface ExecuteResult {
  history: History;
  error?: CommandError;
}

export function createHistory(document: EditorDocument): History {
  return { past: [], present: document, future: [] };
}

/**
 * Applies a command to the present document. On an error, or when the
 * command changes nothing, returns the same history object.
 */
export function execute(history: History, command: EditorCommand, kinds: KindCatalog, options: ExecuteOptions = {}): ExecuteResult {
  const result = applyCommand(history.present, command, kinds);
  if (!result.ok) return { history, error: result.error };
  if (result.document === history.present) return { history };

  const past = options.coalesce ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { history: { past, present: result.document, future: [] } };
}

/** Steps back one document; without a past, returns the same history. */
export function undo(history: History): History {
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
  };
}

/** Steps forward one undone document; without a future, returns the same history. */
export function redo(history: History): History {
  if (!canRedo(history)) return history;
  return {
    past: [...history.past, history.present],
    present: history.future[0],
    future: history.future.slice(1),
  };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}
