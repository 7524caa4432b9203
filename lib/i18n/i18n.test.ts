import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createRegistry } from "../ml/kinds";
import type { ProblemCode } from "../pipeline/validate";
import { en } from "./en";
import { messageKeys, translate, translateError } from "./index";
import { ptBR } from "./pt-BR";

const PROBLEM_CODES: ProblemCode[] = [
  "CYCLE",
  "DANGLING_INPUT",
  "DUPLICATE_OUTPUT",
  "UNKNOWN_NODE_KIND",
  "MISSING_PARAMETER",
  "DUPLICATE_NODE_NAME",
  "INPUT_COUNT",
  "OUTPUT_COUNT",
  "UNKNOWN_PIPELINE",
  "UNKNOWN_NODE",
  "UNCONNECTED_INPUT",
];

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("en", "exercise.failed", { node: "train_model" })).toBe("The run stopped at node train_model");
  });

  it("formats decimals for the locale", () => {
    expect(translate("pt-BR", "error.SPLIT_RATIOS_SUM", { sum: 0.9 })).toContain("somam 0,9");
    expect(translate("en", "error.SPLIT_RATIOS_SUM", { sum: 0.9 })).toContain("sum to 0.9");
  });

  it("leaves unknown placeholders visible", () => {
    expect(translate("en", "exercise.failed")).toBe("The run stopped at node {node}");
  });

  it("shows the key when no locale has it", () => {
    expect(translate("en", "no.such.key")).toBe("no.such.key");
  });
});

describe("error messages", () => {
  it.each(PROBLEM_CODES)("phrases %s in both locales", (code) => {
    expect(ptBR).toHaveProperty(`error.${code}`);
    expect(en).toHaveProperty(`error.${code}`);
    expect(translateError("pt-BR", code, {})).not.toBe(translateError("en", code, {}));
  });

  it("names the code of an error without a message", () => {
    expect(translateError("pt-BR", "SOMETHING_NEW", {})).toBe("Erro SOMETHING_NEW.");
  });

  it("has the same keys in both locales", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ptBR).sort());
  });

  it("has the same keys in both locales, feature modules included", () => {
    expect(messageKeys("en").sort()).toEqual(messageKeys("pt-BR").sort());
  });
});

/** Error codes thrown by engine source files (tests and fixtures excluded). */
function thrownCodes(): string[] {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
    (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.includes("fixtures") && !file.includes("testing") && !file.includes("suite"),
  );
  const codes = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(join(root, file), "utf8").matchAll(/EngineError\("([A-Z_]+)"/g)) codes.add(match[1]);
  }
  return [...codes].sort();
}

describe("engine error codes", () => {
  const codes = thrownCodes();

  it("finds the codes the engine throws", () => {
    expect(codes).toContain("COLUMN_NOT_FOUND");
    expect(codes).toContain("SPLIT_RATIOS_SUM");
  });

  it.each(codes)("%s has a message in both locales", (code) => {
    expect(ptBR).toHaveProperty(`error.${code}`);
    expect(en).toHaveProperty(`error.${code}`);
  });
});

describe("node kind summaries", () => {
  it.each(createRegistry().list().map((kind) => kind.id))("%s has a summary in both locales", (id) => {
    expect(ptBR).toHaveProperty(`kind.${id}`);
    expect(en).toHaveProperty(`kind.${id}`);
  });
});
