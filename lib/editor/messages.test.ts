import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { translateError } from "../i18n/index";
import { ptBR } from "../i18n/pt-BR";
import { COMMAND_ERROR_CODES } from "./commands";
import { IMPORT_ERROR_CODES, STORAGE_ERROR_CODES } from "./storage";

describe("editor error messages", () => {
  it.each([...COMMAND_ERROR_CODES, ...STORAGE_ERROR_CODES, ...IMPORT_ERROR_CODES])("%s has a message in both locales", (code) => {
    expect(ptBR).toHaveProperty(`error.${code}`);
    expect(en).toHaveProperty(`error.${code}`);
    expect(translateError("pt-BR", code, {})).not.toBe(translateError("en", code, {}));
  });

  it("fills a type mismatch message", () => {
    const text = translateError("en", "PORT_TYPE_MISMATCH", { node: "train_model", port: "df", dataset: "trained_model", expected: "table", actual: "model" });
    expect(text).toBe("Input df of node train_model expects table, but dataset trained_model contains model. Connect a table dataset to it.");
  });
});
