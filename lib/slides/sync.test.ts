import { describe, expect, it } from "vitest";
import { deckChannelName, parseSyncMessage, reactToMessage } from "./sync";
import type { DeckWindow, SyncMessage } from "./sync";

describe("parseSyncMessage", () => {
  const valid: SyncMessage[] = [
    { type: "slide", sender: "a", role: "presenter", slide: 3 },
    { type: "slide", sender: "a", role: "audience", slide: 0 },
    { type: "sync_request", sender: "b" },
    { type: "live_run", sender: "c", slide: 4, example: "iris", pipeline: "__default__" },
  ];

  it.each(valid)("accepts %j", (message) => {
    expect(parseSyncMessage(message)).toEqual(message);
  });

  it("drops unknown fields", () => {
    expect(parseSyncMessage({ type: "sync_request", sender: "b", extra: 1 })).toEqual({ type: "sync_request", sender: "b" });
  });

  const invalid: unknown[] = [
    null,
    "slide",
    [],
    { type: "slide", sender: "a", role: "presenter", slide: -1 },
    { type: "slide", sender: "a", role: "presenter", slide: 1.5 },
    { type: "slide", sender: "a", role: "viewer", slide: 1 },
    { type: "slide", role: "presenter", slide: 1 },
    { type: "slide", sender: "", role: "presenter", slide: 1 },
    { type: "live_run", sender: "c", slide: 4, example: "iris" },
    { type: "reload", sender: "a" },
  ];

  it.each(invalid)("rejects %j", (data) => {
    expect(parseSyncMessage(data)).toBeNull();
  });
});

describe("reactToMessage", () => {
  const audience: DeckWindow = { sender: "aud", role: "audience", slide: 2 };
  const presenter: DeckWindow = { sender: "pres", role: "presenter", slide: 5 };

  it("follows another window's slide", () => {
    expect(reactToMessage(audience, { type: "slide", sender: "pres", role: "presenter", slide: 5 })).toEqual({ goTo: 5, reply: null });
    expect(reactToMessage(presenter, { type: "slide", sender: "aud", role: "audience", slide: 1 })).toEqual({ goTo: 1, reply: null });
  });

  it("stays on the slide it already shows", () => {
    expect(reactToMessage(audience, { type: "slide", sender: "pres", role: "presenter", slide: 2 })).toEqual({ goTo: null, reply: null });
  });

  it("ignores its own messages", () => {
    expect(reactToMessage(audience, { type: "slide", sender: "aud", role: "audience", slide: 7 })).toEqual({ goTo: null, reply: null });
  });

  it("answers a sync request as presenter", () => {
    expect(reactToMessage(presenter, { type: "sync_request", sender: "new" })).toEqual({
      goTo: null,
      reply: { type: "slide", sender: "pres", role: "presenter", slide: 5 },
    });
  });

  it("does not answer a sync request as audience", () => {
    expect(reactToMessage(audience, { type: "sync_request", sender: "new" })).toEqual({ goTo: null, reply: null });
  });

  it("leaves live runs to the components", () => {
    expect(reactToMessage(audience, { type: "live_run", sender: "pres", slide: 2, example: "iris", pipeline: "__default__" })).toEqual({ goTo: null, reply: null });
  });
});

describe("deckChannelName", () => {
  it("separates lessons", () => {
    expect(deckChannelName("kedro", "pt-BR")).not.toBe(deckChannelName("gcp", "pt-BR"));
  });

  it("separates languages", () => {
    expect(deckChannelName("kedro", "pt-BR")).not.toBe(deckChannelName("kedro", "en"));
  });
});
