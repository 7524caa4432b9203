import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, canRedo, canUndo, createHistory, execute, redo, undo } from "./history";
import { testDocument, testKinds } from "./testing";
import type { EditorCommand } from "./types";

const kinds = testKinds();
const moveTo = (x: number): EditorCommand => ({ type: "move", positions: { "node:fit_scaler": { x, y: 0 } } });

describe("history", () => {
  it("starts with nothing to undo or redo", () => {
    const history = createHistory(testDocument());
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
  });

  it("undoes and redoes a command", () => {
    const start = createHistory(testDocument());
    const { history } = execute(start, { type: "remove_node", node: "train_model" }, kinds);
    expect(history.present.project.pipelines.model).toEqual([]);
    expect(canUndo(history)).toBe(true);

    const undone = undo(history);
    expect(undone.present).toBe(start.present);
    expect(canRedo(undone)).toBe(true);

    const redone = redo(undone);
    expect(redone.present).toBe(history.present);
    expect(canRedo(redone)).toBe(false);
  });

  it("leaves history unchanged on an error", () => {
    const start = createHistory(testDocument());
    const result = execute(start, { type: "remove_node", node: "ghost" }, kinds);
    expect(result.history).toBe(start);
    expect(result.error?.code).toBe("NODE_NOT_FOUND");
  });

  it("skips a command that changes nothing", () => {
    const start = createHistory(testDocument());
    const result = execute(start, { type: "rename_node", node: "fit_scaler", to: "fit_scaler" }, kinds);
    expect(result.history).toBe(start);
    expect(result.error).toBeUndefined();
  });

  it("clears the future on a new command", () => {
    let history = execute(createHistory(testDocument()), moveTo(1), kinds).history;
    history = undo(history);
    history = execute(history, moveTo(2), kinds).history;
    expect(canRedo(history)).toBe(false);
    expect(history.past).toHaveLength(1);
  });

  it("coalesces the moves of one drag", () => {
    const start = createHistory(testDocument());
    let history = execute(start, moveTo(1), kinds).history;
    history = execute(history, moveTo(2), kinds, { coalesce: true }).history;
    history = execute(history, moveTo(3), kinds, { coalesce: true }).history;
    expect(history.past).toHaveLength(1);
    expect(history.present.positions["node:fit_scaler"]).toEqual({ x: 3, y: 0 });
    expect(undo(history).present).toBe(start.present);
  });

  it("keeps at most HISTORY_LIMIT past documents", () => {
    let history = createHistory(testDocument());
    for (let x = 1; x <= HISTORY_LIMIT + 5; x++) history = execute(history, moveTo(x), kinds).history;
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    // The oldest kept document is the one after the 5th move.
    expect(history.past[0].positions["node:fit_scaler"]).toEqual({ x: 5, y: 0 });
  });
});
