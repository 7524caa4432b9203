import { beforeAll, describe, expect } from "vitest";
import { initBackend } from "./backend";
import { registerIrisChecks } from "./iris.suite";

describe("iris project on wasm", () => {
  beforeAll(async () => {
    // Node loads the .wasm files from node_modules, so no wasmPath is needed.
    expect(await initBackend("wasm")).toBe("wasm");
  });

  registerIrisChecks("wasm");
});
