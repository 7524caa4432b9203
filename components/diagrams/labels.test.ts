import { describe, expect, it } from "vitest";
import { DIAGRAM_LABELS } from "./labels";

describe("diagram labels", () => {
  it("have the same keys in both locales", () => {
    expect(Object.keys(DIAGRAM_LABELS.en).sort()).toEqual(Object.keys(DIAGRAM_LABELS["pt-BR"]).sort());
  });

  it("are never empty", () => {
    const empty = Object.entries(DIAGRAM_LABELS).flatMap(([locale, labels]) => Object.entries(labels).filter(([, text]) => !text.trim()).map(([key]) => `${locale}:${key}`));
    expect(empty).toEqual([]);
  });
});
