import { describe, expect, it } from "vitest";
import { PageFigureError, SKLEARN_SOURCE, f1GapToReference, formatBenchTable, parsePageFigures, referenceRow } from "./diabetes-table";
import type { BenchRow, PageAttributes } from "./diabetes-table";

const NODE_LR: BenchRow = { model: "logistic_regression", source: "Node wasm", fitSeconds: 1.8712, epochs: 10, macroF1: 0.74623, auc: 0.82241 };

describe("f1GapToReference", () => {
  it("subtracts scikit-learn's macro F1", () => {
    expect(f1GapToReference(NODE_LR)).toBeCloseTo(0.74623 - 0.7495, 10);
    expect(f1GapToReference({ model: "mlp", source: "Chromium wasm", macroF1: 0.76 })).toBeCloseTo(0.008, 10);
  });

  it("has no gap for the reference itself", () => {
    expect(f1GapToReference(referenceRow("mlp"))).toBeUndefined();
  });

  it("has no gap for a row without figures", () => {
    expect(f1GapToReference({ model: "mlp", source: "Chromium", note: "failed" })).toBeUndefined();
  });
});

describe("formatBenchTable", () => {
  const rows: BenchRow[] = [
    referenceRow("logistic_regression"),
    referenceRow("mlp"),
    NODE_LR,
    { model: "mlp", source: "Node cpu", note: "n/a (backend not available, fell back to wasm)" },
    { model: "mlp", source: "Chromium wasm", fitSeconds: 4.2, epochs: 10, macroF1: 0.75201, auc: 0.8312 },
  ];
  const lines = formatBenchTable(rows).split("\n");

  it("groups rows under one title per model", () => {
    expect(lines[0]).toBe("Logistic regression");
    expect(lines[1]).toMatch(/^source\s+fit s\s+epochs\s+macro F1\s+AUC\s+F1 gap$/);
    expect(lines[4]).toBe("");
    expect(lines[5]).toBe("MLP (32 hidden units)");
  });

  it("prints the reference without epochs or gap", () => {
    expect(lines[2]).toMatch(new RegExp(`^${SKLEARN_SOURCE}\\s+1\\.56\\s+–\\s+0\\.7495\\s+0\\.8260\\s+–$`));
  });

  it("prints measured figures with a signed gap", () => {
    expect(lines[3]).toMatch(/^Node wasm\s+1\.87\s+10\s+0\.7462\s+0\.8224\s+-0\.0033$/);
    expect(lines[9]).toMatch(/^Chromium wasm\s+4\.20\s+10\s+0\.7520\s+0\.8312\s+0\.0000$/);
  });

  it("prints the note of a row without figures", () => {
    expect(lines[8]).toMatch(/^Node cpu\s+n\/a \(backend not available, fell back to wasm\)$/);
  });

  it("aligns the columns of every figure row", () => {
    const header = lines[1];
    for (const line of [lines[2], lines[3], lines[7], lines[9]]) {
      expect(line.length).toBe(header.length);
    }
  });

  it("puts a plus sign on a gap above the reference", () => {
    const [, , above] = formatBenchTable([{ ...NODE_LR, macroF1: 0.76 }]).split("\n");
    expect(above).toMatch(/\+0\.0105$/);
  });

  it("leaves out a model without rows", () => {
    expect(formatBenchTable([NODE_LR])).not.toContain("MLP");
  });
});

describe("parsePageFigures", () => {
  const ATTRIBUTES: PageAttributes = {
    fitMs: "2034.5",
    epochs: "10",
    macroF1: "0.7461921",
    auc: "0.8224",
    runMs: "2410.2",
    backend: "wasm",
  };

  it("converts the attribute strings", () => {
    expect(parsePageFigures(ATTRIBUTES)).toEqual({ fitMs: 2034.5, epochs: 10, macroF1: 0.7461921, auc: 0.8224, runMs: 2410.2, backend: "wasm" });
  });

  it("rejects a missing figure by name", () => {
    expect(() => parsePageFigures({ ...ATTRIBUTES, fitMs: null })).toThrow(PageFigureError);
    expect(() => parsePageFigures({ ...ATTRIBUTES, fitMs: null })).toThrow(/no fitMs/);
    expect(() => parsePageFigures({ ...ATTRIBUTES, auc: " " })).toThrow(/no auc/);
  });

  it("rejects values out of range", () => {
    const cases: [Partial<PageAttributes>, RegExp][] = [
      [{ macroF1: "1.2" }, /invalid macroF1 "1\.2"/],
      [{ auc: "NaN" }, /invalid auc "NaN"/],
      [{ epochs: "9.5" }, /invalid epochs "9\.5".*integer/],
      [{ epochs: "0" }, /invalid epochs "0"/],
      [{ fitMs: "-3" }, /invalid fitMs "-3"/],
      [{ runMs: "soon" }, /invalid runMs "soon"/],
    ];
    for (const [change, message] of cases) {
      expect(() => parsePageFigures({ ...ATTRIBUTES, ...change })).toThrow(message);
    }
  });

  it("rejects a missing backend", () => {
    expect(() => parsePageFigures({ ...ATTRIBUTES, backend: null })).toThrow(/no backend/);
    expect(() => parsePageFigures({ ...ATTRIBUTES, backend: "" })).toThrow(/no backend/);
  });
});
