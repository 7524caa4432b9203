import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCALES, translate } from "@/lib/i18n";
import { en } from "@/lib/i18n/en";
import { ptBR } from "@/lib/i18n/pt-BR";
import { LESSONS, findLesson } from "./lessons";

interface MdxMetadata {
  title: string;
  summary: string;
  minutes: number;
}

/** Reads the `export const metadata = {...}` literal at the top of a lesson file without compiling the MDX. */
function readMdxMetadata(locale: string, slug: string): MdxMetadata {
  const path = fileURLToPath(new URL(`../../content/lessons/${locale}/${slug}.mdx`, import.meta.url));
  const source = readFileSync(path, "utf8");
  const match = /^export const metadata = (\{[\s\S]*?\n\});/m.exec(source);
  if (!match) throw new Error(`${path} has no "export const metadata = {...};" block`);
  return new Function(`return ${match[1]};`)() as MdxMetadata;
}

describe("lesson list", () => {
  it("has unique slugs", () => {
    const slugs = LESSONS.map((lesson) => lesson.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("finds lessons by slug", () => {
    expect(findLesson("kedro")?.slug).toBe("kedro");
    expect(findLesson("missing")).toBeUndefined();
  });

  for (const lesson of LESSONS) {
    for (const locale of LOCALES) {
      it(`matches ${locale}/${lesson.slug}.mdx metadata`, () => {
        const metadata = readMdxMetadata(locale, lesson.slug);
        expect(metadata.title).toBe(lesson.title[locale]);
        expect(metadata.summary).toBe(lesson.summary[locale]);
        expect(metadata.minutes).toBe(lesson.minutes);
      });

      // The home page shows lesson text through dictionary keys, so those must not drift either.
      it(`matches ${locale} dictionary keys for ${lesson.slug}`, () => {
        const titleKey = `lesson.${lesson.slug}.title`;
        const summaryKey = `lesson.${lesson.slug}.summary`;
        if (!(titleKey in ptBR) && !(titleKey in en)) return;
        expect(translate(locale, titleKey)).toBe(lesson.title[locale]);
        expect(translate(locale, summaryKey)).toBe(lesson.summary[locale]);
      });
    }
  }
});
