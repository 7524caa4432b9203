import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n";
import { GLOSSARY, findGlossaryEntry, sortedGlossary } from "./glossary";

describe("glossary", () => {
  it("has unique ids that work as URL fragments", () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9-]+$/.test(id))).toEqual([]);
  });

  it.each(LOCALES)("has a term and a definition for every entry in %s", (locale) => {
    expect(GLOSSARY.filter((entry) => !entry.term[locale] || entry.definition[locale].length < 40).map((entry) => entry.id)).toEqual([]);
  });

  it("sorts by the pt-BR term with pt-BR collation", () => {
    const terms = sortedGlossary("pt-BR").map((entry) => entry.term["pt-BR"]);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, "pt-BR")));
    expect(terms).toHaveLength(GLOSSARY.length);
  });

  it("finds entries by id only", () => {
    expect(findGlossaryEntry("data-catalog")?.term.en).toBe("Data Catalog");
    expect(findGlossaryEntry("Data Catalog")).toBeUndefined();
  });
});
