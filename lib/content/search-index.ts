/**
 * Builds the serialised MiniSearch index of every lesson section in every
 * locale. Node-only: it reads the MDX files, at build time.
 */
import MiniSearch from "minisearch";
import { LOCALES } from "@/lib/i18n";
import { readLessonFile } from "./lesson-list";
import { LESSONS } from "./lessons";
import { SEARCH_OPTIONS, excerptOf } from "./search";
import type { SearchDocument } from "./search";

export function buildSearchDocuments(root: string): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const lesson of LESSONS) {
    for (const locale of LOCALES) {
      const { sections } = readLessonFile(root, locale, lesson.slug);
      for (const section of sections) {
        documents.push({
          id: `${locale}/${lesson.slug}#${section.anchor}`,
          locale,
          slug: lesson.slug,
          lessonTitle: lesson.title[locale],
          heading: section.heading,
          anchor: section.anchor,
          text: section.text,
          excerpt: excerptOf(section.text),
        });
      }
    }
  }
  return documents;
}

/** Serialises the index as MiniSearch's JSON, ready for `MiniSearch.loadJSON(json, SEARCH_OPTIONS)`. */
export function buildSearchIndexJson(root: string): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(buildSearchDocuments(root));
  return JSON.stringify(index);
}
