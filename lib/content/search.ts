/**
 * The lesson search: one MiniSearch document per lesson section and locale.
 * The index is built at build time (`app/search-index.json/route.ts`) and the
 * course home loads it only when the reader starts typing. Both sides must
 * create MiniSearch with `SEARCH_OPTIONS`, or the loaded index would not match.
 */
import type { Options, SearchOptions } from "minisearch";
import type { Locale } from "@/lib/i18n";
import { foldText } from "./slug";

export const SEARCH_INDEX_PATH = "/search-index.json";

export interface SearchDocument {
  /** `<locale>/<slug>#<anchor>`. */
  id: string;
  locale: Locale;
  slug: string;
  lessonTitle: string;
  heading: string;
  /** Fragment of the section heading; empty for the introduction. */
  anchor: string;
  text: string;
  /** The first words of the section, shown under a result. */
  excerpt: string;
}

export type SearchHit = Pick<SearchDocument, "id" | "locale" | "slug" | "lessonTitle" | "heading" | "anchor" | "excerpt">;

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ["lessonTitle", "heading", "text"],
  storeFields: ["locale", "slug", "lessonTitle", "heading", "anchor", "excerpt"],
  // Accents and case are folded on both sides, so "producao" finds "produção".
  processTerm: (term) => foldText(term),
};

export const QUERY_OPTIONS: SearchOptions = {
  boost: { heading: 2, lessonTitle: 1.5 },
  prefix: true,
  fuzzy: 0.15,
  combineWith: "AND",
};

/** Queries shorter than this show no results, because one letter matches almost every section. */
export const MIN_QUERY_LENGTH = 2;

/** Cuts `text` after about `length` characters at a word boundary, adding an ellipsis when it cut. */
export function excerptOf(text: string, length = 180): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(" ", length);
  return `${text.slice(0, cut > 0 ? cut : length)}…`;
}
