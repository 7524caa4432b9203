import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createProcessor } from "@mdx-js/mdx";
import type { Root, RootContent } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { LESSONS } from "@/lib/content/lessons";
import { LOCALES } from "@/lib/i18n";
import { isSlideBreak, plainText, splitSlides } from "./split.mjs";
import type { SlideSplit } from "./split.mjs";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const processor = createProcessor({ remarkPlugins: [remarkGfm] });
// Lessons start with YAML frontmatter, which the build parses before splitting (next.config.mjs).
const lessonProcessor = createProcessor({ remarkPlugins: [remarkGfm, [remarkFrontmatter, "yaml"]] });

function parse(source: string): Root {
  return processor.parse(source) as Root;
}

function parseLesson(source: string): Root {
  return lessonProcessor.parse(source) as Root;
}

function splitFixture(name: string): SlideSplit {
  const source = readFileSync(FIXTURES + name, "utf8");
  return splitSlides(parse(source), { source });
}

function notesText(split: SlideSplit, slide: number): string[] {
  return split.slides[slide].notes.map((note) => plainText(note).trim());
}

interface Expected {
  mode: SlideSplit["mode"];
  titles: string[];
  notesPerSlide: number[];
  components: string[][];
  warnings: string[];
  preamble: number;
}

/** What each sample file must split into. Every file in fixtures/ needs a row. */
const EXPECTED: Record<string, Expected> = {
  "basic.mdx": {
    mode: "breaks",
    titles: ["", "First topic", "Second topic"],
    notesPerSlide: [0, 0, 0],
    components: [[], [], []],
    warnings: [],
    preamble: 1,
  },
  "notes.mdx": {
    mode: "breaks",
    titles: ["Flow notes", "Inline notes", "Notes inside a component"],
    notesPerSlide: [1, 4, 3],
    components: [[], [], ["Callout"]],
    warnings: [],
    preamble: 0,
  },
  "code-break.mdx": {
    mode: "breaks",
    titles: ["YAML documents", "Other rules"],
    notesPerSlide: [0, 0],
    components: [[], []],
    warnings: [],
    preamble: 0,
  },
  "setext.mdx": {
    mode: "breaks",
    titles: ["A setext heading", ""],
    notesPerSlide: [0, 0],
    components: [[], []],
    warnings: [],
    preamble: 0,
  },
  "edges.mdx": {
    mode: "breaks",
    titles: ["", "", "", ""],
    notesPerSlide: [0, 1, 0, 0],
    components: [[], [], [], []],
    warnings: ["NOTES_WITHOUT_SLIDE"],
    preamble: 0,
  },
  "no-breaks.mdx": {
    mode: "headings",
    titles: ["", "Part one", "Part two"],
    notesPerSlide: [0, 0, 0],
    components: [[], [], []],
    warnings: [],
    preamble: 1,
  },
  "components.mdx": {
    mode: "breaks",
    titles: ["Quiz slide", "Live run", ""],
    notesPerSlide: [0, 0, 0],
    components: [["Quiz"], ["LivePipeline", "Callout"], []],
    warnings: ["NESTED_BREAK", "NESTED_BREAK"],
    preamble: 0,
  },
  "notes-first.mdx": {
    mode: "breaks",
    titles: ["The real first slide"],
    notesPerSlide: [1],
    components: [[]],
    warnings: ["NOTES_WITHOUT_SLIDE"],
    preamble: 0,
  },
  "empty.mdx": {
    mode: "headings",
    titles: [],
    notesPerSlide: [],
    components: [],
    warnings: [],
    preamble: 1,
  },
};

describe("splitSlides over sample files", () => {
  it("has an expectation for every sample file", () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith(".mdx")).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`splits ${name}`, () => {
      const split = splitFixture(name);
      expect(split.mode).toBe(expected.mode);
      expect(split.slides.map((slide) => slide.title)).toEqual(expected.titles);
      expect(split.slides.map((slide) => slide.notes.length)).toEqual(expected.notesPerSlide);
      expect(split.slides.map((slide) => slide.components)).toEqual(expected.components);
      expect(split.warnings.map((warning) => warning.code)).toEqual(expected.warnings);
      expect(split.preamble).toHaveLength(expected.preamble);
    });
  }
});

describe("splitSlides cases", () => {
  it("keeps a --- inside code blocks as code", () => {
    const split = splitFixture("code-break.mdx");
    const codes = split.slides[0].content.filter((node) => node.type === "code");
    expect(codes).toHaveLength(2);
    expect(codes[0]).toMatchObject({ value: "first: 1\n---\nsecond: 2" });
    expect(codes[1]).toMatchObject({ value: "---" });
  });

  it("keeps ***, ___ and - - - as horizontal rules", () => {
    const split = splitFixture("code-break.mdx");
    const rules = split.slides[1].content.filter((node) => node.type === "thematicBreak");
    expect(rules).toHaveLength(3);
  });

  it("leaves no slide break in any slide", () => {
    for (const name of Object.keys(EXPECTED)) {
      const source = readFileSync(FIXTURES + name, "utf8");
      const split = splitSlides(parse(source), { source });
      const breaks = split.slides.flatMap((slide) => slide.content).filter((node) => isSlideBreak(node, source));
      expect(breaks, name).toEqual([]);
    }
  });

  it("moves inline notes out of their paragraph", () => {
    const split = splitFixture("notes.mdx");
    expect(notesText(split, 1)).toEqual(["whisper this", "only notes here", "one", "two"]);
    const paragraphs = split.slides[1].content.filter((node) => node.type === "paragraph").map((node) => plainText(node));
    expect(paragraphs).toEqual(["A sentence  continues."]);
  });

  it("turns inline notes into flow elements", () => {
    const split = splitFixture("notes.mdx");
    const inline = split.slides[1].notes[0];
    expect(inline.type).toBe("mdxJsxFlowElement");
    expect(inline.children.map((child) => child.type)).toEqual(["paragraph"]);
  });

  it("moves notes out of a component", () => {
    const split = splitFixture("notes.mdx");
    expect(notesText(split, 2)).toEqual(["Nested note.", "First of two.", "Second of two."]);
    const callout = split.slides[2].content.find((node) => node.type === "mdxJsxFlowElement");
    expect(callout).toBeDefined();
    expect(plainText(callout!).trim()).toBe("Callout text.");
  });

  it("keeps markdown inside notes", () => {
    const split = splitFixture("notes.mdx");
    const paragraph = split.slides[0].notes[0].children[0];
    expect(paragraph.type).toBe("paragraph");
    expect(paragraph.type === "paragraph" && paragraph.children.map((child) => child.type)).toEqual(["text", "strong", "text"]);
  });

  it("gives notes of a notes-only slide to the slide before", () => {
    const split = splitFixture("edges.mdx");
    expect(notesText(split, 1)).toEqual(["Notes alone on their slide."]);
    expect(plainText(split.slides[1].content[0])).toBe("Second slide after a double break.");
  });

  it("gives leading notes to the first slide", () => {
    const split = splitFixture("notes-first.mdx");
    expect(notesText(split, 0)).toEqual(["Welcome the class before the first slide."]);
  });

  it("drops a slide with only a comment", () => {
    const split = splitFixture("edges.mdx");
    const texts = split.slides.map((slide) => plainText({ type: "root", children: slide.content }).trim());
    expect(texts).toEqual([
      "First slide after a leading break.",
      "Second slide after a double break.",
      "Third slide.",
      "Fourth slide after a longer break.",
    ]);
  });

  it("reads an underlined line as a heading, not a break", () => {
    const split = splitFixture("setext.mdx");
    expect(split.slides[0].content[0]).toMatchObject({ type: "heading", depth: 2 });
  });

  it("splits before ## headings when there are no breaks", () => {
    const split = splitFixture("no-breaks.mdx");
    const headings = split.slides[1].content.filter((node) => node.type === "heading").map((node) => plainText(node));
    expect(headings).toEqual(["Part one", "A subsection"]);
  });

  it("reports the line of a nested break", () => {
    const split = splitFixture("components.mdx");
    expect(split.warnings.map((warning) => warning.line)).toEqual([21, 31]);
  });

  it("cuts long excerpts at a word", () => {
    const split = splitFixture("basic.mdx");
    expect(split.slides[0].excerpt).toBe("An opening paragraph with bold text.");
    const long = splitSlides(parse("Kedro is an open-source Python framework that fixes this with three simple ideas, pure functions."));
    expect(long.slides[0].excerpt).toBe("Kedro is an open-source Python framework that fixes this…");
  });

  it("lists components, not HTML elements", () => {
    const split = splitSlides(parse('<p className="x"><a href="/y">Link</a></p>\n\n<Quiz />'));
    expect(split.slides[0].components).toEqual(["Quiz"]);
  });

  it("counts visible words, code included", () => {
    const split = splitFixture("basic.mdx");
    expect(split.slides.map((slide) => slide.words)).toEqual([6, 6, 4]);
    expect(splitFixture("code-break.mdx").slides[0].words).toBe(8);
  });

  it("does not change the input tree", () => {
    const source = readFileSync(FIXTURES + "notes.mdx", "utf8");
    const tree = parse(source);
    const before = structuredClone(tree);
    splitSlides(tree, { source });
    expect(tree).toEqual(before);
  });

  it("keeps frontmatter out of the slides", () => {
    const yaml = { type: "yaml", value: "title: x" } as RootContent;
    const tree: Root = { type: "root", children: [yaml, { type: "paragraph", children: [{ type: "text", value: "Body" }] }] };
    const split = splitSlides(tree);
    expect(split.preamble).toEqual([yaml]);
    expect(split.slides).toHaveLength(1);
  });
});

describe("isSlideBreak", () => {
  const cases: [string, boolean][] = [
    ["---", true],
    ["-----", true],
    ["--- ", true],
    ["***", false],
    ["___", false],
    ["- - -", false],
  ];

  it.each(cases)("reads %j as a break: %s", (line, expected) => {
    const source = `Text\n\n${line}\n\nMore`;
    const node = parse(source).children[1];
    expect(node.type).toBe("thematicBreak");
    expect(isSlideBreak(node, source)).toBe(expected);
  });

  it("counts every rule as a break without a source", () => {
    expect(isSlideBreak({ type: "thematicBreak" }, undefined)).toBe(true);
  });

  it("does not count other nodes", () => {
    expect(isSlideBreak({ type: "paragraph", children: [] }, "---")).toBe(false);
  });
});

// Deck windows follow each other only within one language. A full
// translation still keeps the same slides, so a link to slide N shows the
// same content in both languages; a summary translation may have fewer.
describe("lesson decks", () => {
  for (const lesson of LESSONS) {
    it(`${lesson.slug} splits cleanly in every locale`, () => {
      const splits = LOCALES.map((locale) => {
        const path = fileURLToPath(new URL(`../../content/lessons/${locale}/${lesson.slug}.mdx`, import.meta.url));
        const source = readFileSync(path, "utf8");
        return { locale, split: splitSlides(parseLesson(source), { source }) };
      });

      for (const { locale, split } of splits) {
        expect(split.warnings, locale).toEqual([]);
        expect(split.slides.length, locale).toBeGreaterThan(0);
      }
      const [first, ...others] = splits;
      const full = LOCALES.every((locale) => lesson.translation[locale] === "full");
      if (!full) return;
      for (const other of others) {
        expect(other.split.slides.length, `${other.locale} vs ${first.locale}`).toBe(first.split.slides.length);
        expect(other.split.slides.map((slide) => slide.components), `${other.locale} vs ${first.locale}`).toEqual(first.split.slides.map((slide) => slide.components));
      }
    });
  }
});
