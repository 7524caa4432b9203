import { describe, expect, it } from "vitest";
import { middleEllipsis } from "./canvas-nodes";

describe("middleEllipsis", () => {
  it.each([
    ["short", 10, "short"],
    ["split_master_table_train", 16, "split_m…le_train"],
    ["split_master_table_test", 16, "split_m…ble_test"],
  ])("shortens %s to %i characters", (name, max, expected) => {
    expect(middleEllipsis(name, max)).toBe(expected);
    expect(middleEllipsis(name, max).length).toBeLessThanOrEqual(max);
  });
});
