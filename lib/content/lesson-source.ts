/**
 * Reads a lesson's MDX source without compiling it: the YAML frontmatter,
 * the checkpoint ids, the heading outline, the text of each section (for the
 * search index) and the glossary terms it links. Node-only at build time
 * (the content script, the search-index route, unit tests); pages never ship
 * it to the browser.
 */
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { slugify } from "./slug";

/** Frontmatter every lesson file starts with, between two `---` lines. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    /** Position in the course, starting at 1. */
    order: z.number().int().positive(),
    /** Class time, in minutes. */
    duration: z.number().int().positive(),
    objectives: z.array(z.string().min(1)).min(1),
    /** "summary" marks a translation that condenses the pt-BR text. */
    translation: z.enum(["full", "summary"]).default("full"),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export interface OutlineHeading {
  depth: 2 | 3;
  text: string;
  /** Fragment id, from `slugify(text)`. */
  id: string;
}

/** One searchable part of a lesson: the text under a level-2 heading, or the introduction before the first one. */
export interface LessonSection {
  heading: string;
  /** Fragment id of the heading; empty for the introduction. */
  anchor: string;
  text: string;
}

export interface ParsedLesson {
  frontmatter: LessonFrontmatter;
  /** `id` of every `<Quiz>`, in document order. */
  checkpoints: string[];
  outline: OutlineHeading[];
  sections: LessonSection[];
  /** `id` of every `<Term>`, in document order, repeats included. */
  terms: string[];
  /** Slides the deck will have: top-level `---` breaks plus one. */
  slideCount: number;
  /** `<Notes>` blocks at the top level. */
  notesCount: number;
}

export class LessonSourceError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "LessonSourceError";
  }
}

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
}

// Elements whose content is not reading text: speaker notes and the quiz props.
const SKIPPED_ELEMENTS = new Set(["Notes", "Quiz"]);

// Nodes whose children are inline runs of one line of text, joined without spaces.
const INLINE_PARENTS = new Set(["paragraph", "heading", "emphasis", "strong", "delete", "link", "tableCell", "mdxJsxTextElement"]);

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

/**
 * Parses a lesson file. Throws `LessonSourceError` naming the file for a
 * missing or invalid frontmatter, a `<Quiz>` or `<Term>` without a literal
 * `id`, or a repeated checkpoint id.
 */
export function parseLessonSource(source: string, file: string): ParsedLesson {
  let tree: MdNode;
  try {
    tree = processor.parse(source) as MdNode;
  } catch (error) {
    throw new LessonSourceError(file, `invalid MDX: ${(error as Error).message}`);
  }
  const children = tree.children ?? [];

  const frontmatter = readFrontmatter(children[0], file);
  const checkpoints = collectIds(tree, "Quiz", file);
  const duplicate = checkpoints.find((id, index) => checkpoints.indexOf(id) !== index);
  if (duplicate) throw new LessonSourceError(file, `checkpoint id "${duplicate}" is used twice. Give each <Quiz> its own id.`);

  return {
    frontmatter,
    checkpoints,
    outline: collectOutline(children),
    sections: collectSections(children),
    terms: collectIds(tree, "Term", file),
    slideCount: children.filter((node) => node.type === "thematicBreak").length + 1,
    notesCount: children.filter((node) => isElement(node, "Notes")).length,
  };
}

function readFrontmatter(first: MdNode | undefined, file: string): LessonFrontmatter {
  if (!first || first.type !== "yaml") {
    throw new LessonSourceError(file, "missing frontmatter. Start the file with a --- line, the YAML fields, and another --- line.");
  }

  let data: unknown;
  try {
    data = parseYaml(first.value ?? "");
  } catch (error) {
    throw new LessonSourceError(file, `invalid frontmatter YAML: ${(error as Error).message}`);
  }

  const result = lessonFrontmatterSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    throw new LessonSourceError(file, `invalid frontmatter: ${problems}`);
  }
  return result.data;
}

function collectOutline(children: MdNode[]): OutlineHeading[] {
  const outline: OutlineHeading[] = [];
  for (const node of children) {
    if (node.type !== "heading" || (node.depth !== 2 && node.depth !== 3)) continue;
    const text = plainText(node).trim();
    outline.push({ depth: node.depth, text, id: slugify(text) });
  }
  return outline;
}

function collectSections(children: MdNode[]): LessonSection[] {
  const sections: LessonSection[] = [];
  let current: LessonSection = { heading: "", anchor: "", text: "" };
  const parts: string[] = [];

  const flush = () => {
    current.text = parts.join(" ").replace(/\s+/g, " ").trim();
    if (current.heading || current.text) sections.push(current);
    parts.length = 0;
  };

  for (const node of children) {
    if (node.type === "heading" && node.depth === 2) {
      flush();
      const heading = plainText(node).trim();
      current = { heading, anchor: slugify(heading), text: "" };
      continue;
    }
    parts.push(plainText(node));
  }
  flush();
  return sections;
}

/** Text a reader sees in a node, like mdast-util-to-string, without notes, quizzes, code-free expressions or ESM. */
function plainText(node: MdNode): string {
  switch (node.type) {
    case "yaml":
    case "mdxjsEsm":
    case "mdxFlowExpression":
    case "mdxTextExpression":
    case "thematicBreak":
      return "";
    case "text":
    case "inlineCode":
    case "code":
      return node.value ?? "";
  }
  if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && SKIPPED_ELEMENTS.has(node.name ?? "")) return "";

  const separator = INLINE_PARENTS.has(node.type) ? "" : " ";
  return (node.children ?? []).map(plainText).join(separator);
}

function collectIds(tree: MdNode, elementName: string, file: string): string[] {
  const ids: string[] = [];
  const visit = (node: MdNode) => {
    if (isElement(node, elementName)) {
      const attribute = node.attributes?.find((item) => item.type === "mdxJsxAttribute" && item.name === "id");
      if (!attribute || typeof attribute.value !== "string" || attribute.value.trim() === "") {
        throw new LessonSourceError(file, `a <${elementName}> has no id. Write it as a plain string: <${elementName} id="some-id" …>.`);
      }
      ids.push(attribute.value);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return ids;
}

function isElement(node: MdNode, name: string): boolean {
  return (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === name;
}
