import MiniSearch from "minisearch";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { QUERY_OPTIONS, SEARCH_OPTIONS, excerptOf } from "./search";
import type { SearchDocument, SearchHit } from "./search";
import { buildSearchDocuments, buildSearchIndexJson } from "./search-index";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("search index", () => {
  const documents = buildSearchDocuments(ROOT);
  const index = MiniSearch.loadJSON<SearchDocument>(buildSearchIndexJson(ROOT), SEARCH_OPTIONS);
  const search = (query: string, locale: string) => index.search(query, { ...QUERY_OPTIONS, filter: (result) => result.locale === locale }) as unknown as SearchHit[];

  it("has one document per section with unique ids", () => {
    const ids = documents.map((document) => document.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(documents.length).toBeGreaterThan(50);
  });

  it("finds a lesson by a word from its body", () => {
    const hits = search("descartabilidade", "pt-BR");
    expect(hits[0]?.slug).toBe("twelve-factor");
  });

  it("finds a term inside a code block", () => {
    expect(search("useradd", "pt-BR").map((hit) => hit.slug)).toContain("docker");
  });

  it("folds accents", () => {
    expect(search("produtizacao", "pt-BR")[0]?.slug).toBe("deployment");
  });

  it("keeps results in the reader's locale", () => {
    expect(search("Dataproc", "en").every((hit) => hit.locale === "en")).toBe(true);
    expect(search("Dataproc", "en").length).toBeGreaterThan(0);
  });

  it("links a hit to its section", () => {
    const hit = search("ParallelRunner", "pt-BR").find((item) => item.slug === "kedro");
    expect(hit?.anchor).toBe("runners");
  });

  it("leaves speaker notes out", () => {
    // "projetor" appears only in <Notes> blocks of the pt-BR lessons.
    expect(documents.filter((document) => document.text.includes("projetor")).map((document) => document.id)).toEqual([]);
  });
});

describe("excerptOf", () => {
  it("keeps short text", () => {
    expect(excerptOf("short text", 20)).toBe("short text");
  });

  it("cuts at a word boundary", () => {
    expect(excerptOf("one two three four", 10)).toBe("one two…");
  });
});
