import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { evaluate } from "@mdx-js/mdx";
import type { MDXComponents, MDXContent } from "mdx/types";
import { Fragment, createElement } from "react";
import type { ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import remarkSlides, { toEstree } from "./remark-slides.mjs";
import type { SlideOutlineEntry } from "./remark-slides.mjs";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

interface CompiledLesson {
  default: MDXContent;
  slideOutline?: SlideOutlineEntry[];
}

async function compileFixture(name: string, withSlides = true): Promise<CompiledLesson> {
  const source = readFileSync(FIXTURES + name, "utf8");
  const remarkPlugins = withSlides ? [remarkGfm, remarkSlides] : [remarkGfm];
  return (await evaluate(source, { ...runtime, remarkPlugins })) as unknown as CompiledLesson;
}

type Props = { children?: ReactNode; index?: number };

/** Stand-ins for the lesson components, so the markup shows where each one went. */
const STUBS: MDXComponents = {
  Callout: ({ children }: Props) => createElement("div", { className: "callout" }, children),
  Quiz: () => createElement("form"),
  LivePipeline: () => createElement("output"),
};

/** The deck's mapping: a section per slide, notes in an aside. */
const DECK: MDXComponents = {
  ...STUBS,
  Slide: ({ index, children }: Props) => createElement("section", { "data-index": index }, children),
  Notes: ({ children }: Props) => createElement("aside", null, children),
};

/** The reading page's mapping: slides vanish, notes render nothing. */
const READING: MDXComponents = {
  ...STUBS,
  Slide: ({ children }: Props) => createElement(Fragment, null, children),
  Notes: () => null,
};

function render(lesson: CompiledLesson, components: MDXComponents): string {
  return renderToStaticMarkup(createElement(lesson.default, { components }));
}

function withoutBlockWhitespace(markup: string): string {
  return markup.replace(/>\s+</g, "><").trim();
}

function sections(markup: string): string[] {
  return [...markup.matchAll(/<section data-index="(\d+)">([\s\S]*?)<\/section>/g)].map((match) => match[2]);
}

describe("remarkSlides", () => {
  it("wraps each slide in a Slide element with its index", async () => {
    const markup = render(await compileFixture("basic.mdx"), DECK);
    const indexes = [...markup.matchAll(/<section data-index="(\d+)">/g)].map((match) => Number(match[1]));
    expect(indexes).toEqual([0, 1, 2]);
  });

  it("puts each slide's content in its section", async () => {
    const slides = sections(render(await compileFixture("basic.mdx"), DECK));
    expect(slides[0]).toContain("An opening paragraph");
    expect(slides[1]).toContain("<h2>First topic</h2>");
    expect(slides[2]).toContain("<li>two</li>");
  });

  it("drops slide breaks but keeps other rules", async () => {
    expect(render(await compileFixture("basic.mdx"), DECK)).not.toContain("<hr");
    const rules = render(await compileFixture("code-break.mdx"), DECK).match(/<hr\/>/g) ?? [];
    expect(rules).toHaveLength(3);
  });

  it("ends each slide with its notes", async () => {
    const slides = sections(render(await compileFixture("notes.mdx"), DECK));
    expect(slides[0]).toMatch(/<aside><p>Say this <strong>aloud<\/strong>\.<\/p><\/aside>$/);
    expect(slides[2]).toMatch(/<div class="callout"><p>Callout text\.<\/p><\/div><aside>/);
    expect(slides[2]).toContain("<aside><p>Nested note.</p></aside>");
  });

  it("exports the slide outline", async () => {
    const lesson = await compileFixture("components.mdx");
    expect(lesson.slideOutline).toEqual([
      { title: "Quiz slide", excerpt: "Quiz slide", words: 2, components: ["Quiz"], hasNotes: false },
      { title: "Live run", excerpt: "Live run Inside a callout. Still inside the callout.", words: 9, components: ["LivePipeline", "Callout"], hasNotes: false },
      { title: "", excerpt: "A list item still the same item", words: 7, components: [], hasNotes: false },
    ]);
  });

  it("exports an empty outline for a lesson without content", async () => {
    const lesson = await compileFixture("empty.mdx");
    expect(lesson.slideOutline).toEqual([]);
    expect(render(lesson, DECK)).toBe("");
  });

  it("keeps the lesson's own exports", async () => {
    const lesson = (await compileFixture("basic.mdx")) as CompiledLesson & { metadata?: unknown };
    expect(lesson.metadata).toEqual({ title: "Basic", minutes: 5 });
  });

  // The reading page must look exactly as it did before slides existed. MDX
  // writes no newline between the children of a JSX element, and whitespace
  // between block elements does not render, so it is left out of the comparison.
  it.each(["basic.mdx", "notes.mdx", "edges.mdx", "notes-first.mdx", "setext.mdx", "components.mdx"])(
    "renders %s for reading as plain MDX without breaks",
    async (name) => {
      const plain = withoutBlockWhitespace(render(await compileFixture(name, false), { ...READING, hr: () => null }));
      const reading = withoutBlockWhitespace(render(await compileFixture(name), { ...READING, hr: () => null }));
      expect(reading).toBe(plain);
      expect(reading).not.toContain("<section");
    },
  );

  it("hides notes from the reading page", async () => {
    const reading = render(await compileFixture("notes.mdx"), READING);
    expect(reading).not.toContain("aloud");
    expect(reading).not.toContain("whisper");
    expect(reading).toContain("Callout text.");
  });
});

describe("toEstree", () => {
  it("converts JSON-like values", () => {
    expect(toEstree({ a: [1, -2, "x", true, null] })).toMatchObject({
      type: "ObjectExpression",
      properties: [
        {
          key: { value: "a" },
          value: {
            type: "ArrayExpression",
            elements: [
              { type: "Literal", value: 1 },
              { type: "UnaryExpression", operator: "-", argument: { value: 2 } },
              { type: "Literal", value: "x" },
              { type: "Literal", value: true },
              { type: "Literal", value: null },
            ],
          },
        },
      ],
    });
  });

  it("rejects values JSON cannot hold", () => {
    expect(() => toEstree(Number.NaN)).toThrow(/finite numbers/);
    expect(() => toEstree(undefined)).toThrow(/type undefined/);
  });
});
