import { describe, expect, it } from "vitest";
import { isTableSummary, lightenDatasets, MAX_POSTED_ROWS, SUMMARY_ROWS } from "./lighten";
import { tableFromColumns } from "./table";

describe("lightenDatasets", () => {
  const big = tableFromColumns({ x: Array.from({ length: MAX_POSTED_ROWS + 1 }, (_, i) => i) });
  const small = tableFromColumns({ x: [1, 2, 3] });
  const light = lightenDatasets({ big, small, model: { kind: "logistic_regression" } });

  it("summarises tables above the limit", () => {
    expect(isTableSummary(light.big)).toBe(true);
    if (isTableSummary(light.big)) {
      expect(light.big.summary.rowCount).toBe(MAX_POSTED_ROWS + 1);
      expect(light.big.summary.preview).toHaveLength(SUMMARY_ROWS);
    }
  });

  it("passes small tables and other values unchanged", () => {
    expect(light.small).toBe(small);
    expect(light.model).toEqual({ kind: "logistic_regression" });
  });
});
