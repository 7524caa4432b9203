import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCALES, translate } from "@/lib/i18n";
import { en } from "@/lib/i18n/en";
import { ptBR } from "@/lib/i18n/pt-BR";
import { findGlossaryEntry } from "./glossary";
import { GENERATED_LESSONS_FILE, LESSONS_CONTENT_DIR, buildLessonList, readLessonFile, renderLessonsModule } from "./lesson-list";
import { LESSONS, courseMinutes, findLesson, neighbourLessons } from "./lessons";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function lessonSource(locale: string, slug: string): string {
  return readFileSync(join(ROOT, LESSONS_CONTENT_DIR, locale, `${slug}.mdx`), "utf8");
}

/** Lines of the body outside code fences, with their line numbers; the frontmatter is skipped. */
function bodyLines(source: string): { line: string; number: number }[] {
  const lines = source.split("\n");
  const frontmatterEnd = lines.indexOf("---", 1);
  const result: { line: string; number: number }[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (index <= frontmatterEnd) return;
    if (line.startsWith("```")) inFence = !inFence;
    else if (!inFence) result.push({ line, number: index + 1 });
  });
  return result;
}

describe("lesson list", () => {
  it("matches the committed generated module", () => {
    const committed = readFileSync(join(ROOT, GENERATED_LESSONS_FILE), "utf8");
    // When this fails, run `npm run content` and commit lib/content/lessons.generated.ts.
    expect(renderLessonsModule(buildLessonList(ROOT))).toBe(committed);
  });

  it("has the six workshop lessons in order", () => {
    expect(LESSONS.map((lesson) => lesson.slug)).toEqual(["deployment", "twelve-factor", "kedro", "docker", "cloud-gcp", "exercises"]);
    expect(LESSONS.map((lesson) => lesson.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("finds lessons by slug", () => {
    expect(findLesson("kedro")?.slug).toBe("kedro");
    expect(findLesson("missing")).toBeUndefined();
  });

  it("links neighbours in course order", () => {
    expect(neighbourLessons("deployment").previous).toBeUndefined();
    expect(neighbourLessons("deployment").next?.slug).toBe("twelve-factor");
    expect(neighbourLessons("exercises").next).toBeUndefined();
    expect(neighbourLessons("missing")).toEqual({});
  });

  it("sums the course duration", () => {
    expect(courseMinutes()).toBe(LESSONS.reduce((total, lesson) => total + lesson.minutes, 0));
    expect(courseMinutes()).toBeGreaterThan(0);
  });
});

describe.each(LESSONS.map((lesson) => [lesson.slug, lesson] as const))("lesson %s", (slug, lesson) => {
  it("has 3 to 6 checkpoints", () => {
    expect(lesson.checkpoints.length).toBeGreaterThanOrEqual(3);
    expect(lesson.checkpoints.length).toBeLessThanOrEqual(6);
  });

  it.each(LOCALES)("ends with the checkpoints in %s", (locale) => {
    const source = lessonSource(locale, slug);
    const lastHeading = [...source.matchAll(/^## (.+)$/gm)].at(-1);
    expect(lastHeading?.[1]).toBe("Checkpoints");
    const firstQuiz = source.indexOf("<Quiz");
    expect(firstQuiz).toBeGreaterThan(lastHeading?.index ?? Infinity);
  });

  it.each(LOCALES)("has unique heading ids in %s", (locale) => {
    const ids = readLessonFile(ROOT, locale, slug).outline.map((heading) => heading.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.every((id) => id.length > 0)).toBe(true);
  });

  it.each(LOCALES)("links only known glossary terms in %s", (locale) => {
    const terms = readLessonFile(ROOT, locale, slug).terms;
    expect(terms.filter((id) => !findGlossaryEntry(id))).toEqual([]);
  });

  it("links at least three glossary terms in pt-BR", () => {
    expect(new Set(readLessonFile(ROOT, "pt-BR", slug).terms).size).toBeGreaterThanOrEqual(3);
  });

  // A `---` right under a line of text turns that line into a heading instead of breaking the slide.
  it.each(LOCALES)("puts a blank line before every slide break in %s", (locale) => {
    const lines = bodyLines(lessonSource(locale, slug));
    const glued = lines.filter(({ line }, index) => line === "---" && index > 0 && lines[index - 1].line.trim() !== "").map(({ number }) => number);
    expect(glued).toEqual([]);
  });

  it("has 10 to 25 slides with speaker notes in pt-BR", () => {
    const parsed = readLessonFile(ROOT, "pt-BR", slug);
    expect(parsed.slideCount).toBeGreaterThanOrEqual(10);
    expect(parsed.slideCount).toBeLessThanOrEqual(25);
    expect(parsed.notesCount).toBeGreaterThanOrEqual(3);
  });

  it.each(LOCALES)("has objectives in %s", (locale) => {
    expect(lesson.objectives[locale].length).toBeGreaterThan(0);
  });
});

describe("exercises lesson", () => {
  it.each(LOCALES)("links both exercise pages in %s", (locale) => {
    const source = lessonSource(locale, "exercises");
    expect(source).toContain('href="/exercises/iris"');
    expect(source).toContain('href="/exercises/diabetes"');
  });
});
