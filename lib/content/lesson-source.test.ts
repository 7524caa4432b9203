import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LessonSourceError, parseLessonSource } from "./lesson-source";

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
}

describe("parseLessonSource", () => {
  const lesson = parseLessonSource(fixture("valid-lesson.mdx"), "valid-lesson.mdx");

  it("reads the frontmatter", () => {
    expect(lesson.frontmatter.title).toBe("Lição de teste");
    expect(lesson.frontmatter.order).toBe(1);
    expect(lesson.frontmatter.duration).toBe(10);
    expect(lesson.frontmatter.objectives).toEqual(["Ler o frontmatter."]);
  });

  it("defaults translation to full", () => {
    expect(lesson.frontmatter.translation).toBe("full");
  });

  it("lists checkpoint ids in order", () => {
    expect(lesson.checkpoints).toEqual(["first-check", "second-check"]);
  });

  it("builds the outline with slug ids", () => {
    expect(lesson.outline).toEqual([
      { depth: 2, text: "O catalog.yml e você", id: "o-catalog-yml-e-voce" },
      { depth: 3, text: "Um subtítulo", id: "um-subtitulo" },
      { depth: 2, text: "Checkpoints", id: "checkpoints" },
    ]);
  });

  it("splits sections at level-2 headings", () => {
    expect(lesson.sections.map((section) => section.anchor)).toEqual(["", "o-catalog-yml-e-voce", "checkpoints"]);
  });

  it("keeps code and inline code in section text", () => {
    const section = lesson.sections[1];
    expect(section.text).toContain("kedro run --pipeline model_train");
    expect(section.text).toContain("Texto da seção com produção e kedro run.");
    expect(section.text).toContain("Um subtítulo");
  });

  it("leaves speaker notes and quiz props out of the text", () => {
    const allText = lesson.sections.map((section) => section.text).join(" ");
    expect(allText).not.toContain("segredo-das-notas");
    expect(allText).not.toContain("Pergunta escondida");
    expect(lesson.sections[0].text).toBe("Introdução com um node e texto.");
  });

  it("counts slides and notes", () => {
    expect(lesson.slideCount).toBe(4);
    expect(lesson.notesCount).toBe(1);
  });

  it("collects glossary term ids", () => {
    expect(lesson.terms).toEqual(["node"]);
  });

  it.each([
    ["missing-frontmatter.mdx", /missing frontmatter/],
    ["bad-frontmatter.mdx", /invalid frontmatter: order: .*duration: /],
    ["quiz-without-id.mdx", /<Quiz> has no id/],
    ["duplicate-quiz-id.mdx", /checkpoint id "same" is used twice/],
  ])("rejects %s", (name, message) => {
    expect(() => parseLessonSource(fixture(name), name)).toThrow(LessonSourceError);
    expect(() => parseLessonSource(fixture(name), name)).toThrow(message);
  });

  it("names the file in errors", () => {
    expect(() => parseLessonSource(fixture("missing-frontmatter.mdx"), "content/x.mdx")).toThrow(/^content\/x\.mdx: /);
  });

  it("rejects unknown frontmatter fields", () => {
    const source = fixture("valid-lesson.mdx").replace("duration: 10", "duration: 10\nauthor: someone");
    expect(() => parseLessonSource(source, "extra.mdx")).toThrow(/author|Unrecognized/);
  });
});
