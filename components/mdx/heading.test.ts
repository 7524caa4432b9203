import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { parseLessonSource } from "@/lib/content/lesson-source";
import { slugify } from "@/lib/content/slug";
import { textOf } from "./Heading";

const SOURCE = `---
title: "t"
summary: "s"
order: 1
duration: 1
objectives:
  - o
---

## O \`catalog.yml\` e a *produção*
`;

describe("heading ids", () => {
  it("match the build-time outline for MDX children", () => {
    // What MDX passes to <h2> for the heading above: text, a <code> element and an <em> element.
    const children = ["O ", createElement("code", null, "catalog.yml"), " e a ", createElement("em", null, "produção")];
    const outline = parseLessonSource(SOURCE, "heading.mdx").outline;
    expect(slugify(textOf(children))).toBe(outline[0].id);
    expect(outline[0].id).toBe("o-catalog-yml-e-a-producao");
  });

  it("read nested elements and skip empty values", () => {
    expect(textOf([null, false, createElement("span", null, createElement("strong", null, "a"), 1)])).toBe("a1");
  });
});
