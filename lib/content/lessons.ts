/**
 * The lesson list: the lesson index and the `/lessons/[slug]` route both read
 * from here. Each slug needs `content/lessons/<locale>/<slug>.mdx` for every
 * locale, and the titles here should match the `metadata` those files export.
 */
import type { Locale } from "@/lib/i18n";

export interface Lesson {
  slug: string;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  /** Estimated reading time, in minutes. */
  minutes: number;
}

export const LESSONS: readonly Lesson[] = [
  {
    slug: "kedro",
    title: {
      "pt-BR": "Kedro: nós, pipelines e o Data Catalog",
      en: "Kedro: nodes, pipelines and the Data Catalog",
    },
    summary: {
      "pt-BR": "Como o Kedro organiza um projeto de dados: funções puras como nós, datasets nomeados no catálogo e pipelines que se montam a partir dos nomes.",
      en: "How Kedro organises a data project: pure functions as nodes, named datasets in the catalog, and pipelines assembled from those names.",
    },
    minutes: 12,
  },
];

export function findLesson(slug: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.slug === slug);
}
