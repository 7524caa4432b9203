import { describe, expect, it } from "vitest";
import { SWIPE_MIN_PX, clampSlide, deckCommandForKey, hashForSlide, slideFromHash, swipeCommand } from "./navigation";
import type { DeckCommand, DeckKey, KeyTarget } from "./navigation";

describe("slideFromHash", () => {
  const cases: [string, number, number | null][] = [
    ["#/1", 10, 0],
    ["#/3", 10, 2],
    ["#/10", 10, 9],
    ["#/11", 10, 9],
    ["#/0", 10, 0],
    ["#/5", 0, 0],
    ["", 10, null],
    ["#3", 10, null],
    ["#results", 10, null],
    ["#/3x", 10, null],
    ["#/-2", 10, null],
  ];

  it.each(cases)("reads %j in a deck of %i as index %s", (hash, count, expected) => {
    expect(slideFromHash(hash, count)).toBe(expected);
  });

  it("round-trips with hashForSlide", () => {
    for (let index = 0; index < 5; index += 1) expect(slideFromHash(hashForSlide(index), 5)).toBe(index);
  });
});

describe("clampSlide", () => {
  it("keeps indexes inside the deck", () => {
    expect(clampSlide(-1, 4)).toBe(0);
    expect(clampSlide(7, 4)).toBe(3);
    expect(clampSlide(2.7, 4)).toBe(2);
    expect(clampSlide(Number.NaN, 4)).toBe(0);
  });
});

describe("deckCommandForKey", () => {
  const cases: [Partial<DeckKey> & { key: string }, KeyTarget, DeckCommand | null][] = [
    [{ key: "ArrowRight" }, "other", "next"],
    [{ key: "ArrowLeft" }, "other", "previous"],
    [{ key: "PageDown" }, "other", "next"],
    [{ key: "PageUp" }, "other", "previous"],
    [{ key: " " }, "other", "next"],
    [{ key: " ", shiftKey: true }, "other", "previous"],
    [{ key: "Home" }, "other", "first"],
    [{ key: "End" }, "other", "last"],
    [{ key: "o" }, "other", "overview"],
    [{ key: "O", shiftKey: true }, "other", "overview"],
    [{ key: "f" }, "other", "fullscreen"],
    [{ key: "p" }, "other", "presenter"],
    [{ key: "Escape" }, "other", "escape"],
    [{ key: "x" }, "other", null],
    [{ key: "ArrowRight", ctrlKey: true }, "other", null],
    [{ key: "p", metaKey: true }, "other", null],
    [{ key: "f", altKey: true }, "other", null],
    // A focused quiz option keeps its arrows and Space, but a clicker still works.
    [{ key: "ArrowRight" }, "choice", null],
    [{ key: " " }, "choice", null],
    [{ key: "o" }, "choice", null],
    [{ key: "PageDown" }, "choice", "next"],
    // A focused button keeps Space, not the arrows.
    [{ key: " " }, "button", null],
    [{ key: "ArrowRight" }, "button", "next"],
    // A text field keeps every key.
    [{ key: "PageDown" }, "text", null],
    [{ key: "ArrowLeft" }, "text", null],
  ];

  it.each(cases)("maps %j on %s to %s", (event, target, expected) => {
    expect(deckCommandForKey({ ...event, target })).toBe(expected);
  });
});

describe("swipeCommand", () => {
  const cases: [number, number, "next" | "previous" | null][] = [
    [-120, 10, "next"],
    [120, -10, "previous"],
    [-SWIPE_MIN_PX, 0, "next"],
    [-(SWIPE_MIN_PX - 1), 0, null],
    [-100, 80, null],
    [0, 200, null],
    [0, 0, null],
  ];

  it.each(cases)("reads a drag of %i, %i as %s", (dx, dy, expected) => {
    expect(swipeCommand(dx, dy)).toBe(expected);
  });
});
