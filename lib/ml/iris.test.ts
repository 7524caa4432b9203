import { beforeAll, describe, expect } from "vitest";
import { initBackend } from "./backend";
import { registerIrisChecks } from "./iris.suite";

describe("iris project on cpu", () => {
  beforeAll(async () => {
    expect(await initBackend("cpu")).toBe("cpu");
  });

  registerIrisChecks("cpu");
});
