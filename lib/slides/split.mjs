// @ts-check
/**
 * Splits a lesson's mdast into slides. Plain JavaScript (typed in
 * `split.d.mts`) because the MDX loader imports remark plugins with Node's
 * own `import()`, which cannot read TypeScript on Node 20.
 *
 * The authoring rules, which `docs/slides.md` explains for course authors:
 * - A top-level line of three or more hyphens (`---`, an mdast
 *   `thematicBreak`) starts a new slide. `***`, `___` and `- - -` stay
 *   ordinary horizontal rules, and so does any break nested in a component,
 *   list or quote. A `---` inside a code block is code, not a break.
 * - A lesson without any break is split before each `##` heading, so a new
 *   lesson gets a usable deck before its author places breaks.
 * - `<Notes>` blocks anywhere in a slide become that slide's speaker notes.
 *   A slide with nothing but notes is dropped and its notes join the slide
 *   before it (or the next one, at the start of the lesson).
 * - ESM (`import`, `export`) and frontmatter stay outside every slide.
 */

export const NOTES_COMPONENT = "Notes";

/** Node types that must stay at the top level of the document. */
const PREAMBLE_TYPES = new Set(["mdxjsEsm", "yaml", "toml"]);

/** Node types whose `value` is text the audience reads. */
const TEXT_TYPES = new Set(["text", "inlineCode", "code"]);

/**
 * Tells whether a node is a slide break. Without a source or positions (a
 * tree built in code) every `thematicBreak` counts.
 *
 * @param {import("mdast").Nodes} node
 * @param {string | undefined} source
 */
export function isSlideBreak(node, source) {
  if (node.type !== "thematicBreak") return false;

  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return true;

  return /^-{3,}$/.test(source.slice(start, end).trim());
}

/**
 * Splits a document into slides, each with its content, speaker notes, a
 * title and word counts. Never changes `root`.
 *
 * @example
 * const { slides } = splitSlides(processor.parse(source), { source });
 * slides.map((slide) => slide.title); // ["", "Por que Kedro", …]
 *
 * @param {import("mdast").Root} root
 * @param {{ source?: string }} [options] the file's text, used to tell `---` from `***`
 * @returns {import("./split.d.mts").SlideSplit}
 */
export function splitSlides(root, options = {}) {
  /** @type {import("mdast").RootContent[]} */
  const preamble = [];
  /** @type {import("mdast").RootContent[]} */
  const body = [];
  for (const node of root.children) {
    if (PREAMBLE_TYPES.has(node.type)) preamble.push(node);
    else body.push(node);
  }

  /** @type {import("./split.d.mts").SplitWarning[]} */
  const warnings = [];
  collectNestedBreaks(body, options.source, warnings);

  const hasBreaks = body.some((node) => isSlideBreak(node, options.source));
  const mode = hasBreaks ? "breaks" : "headings";
  const groups = hasBreaks ? splitAtBreaks(body, options.source) : splitAtHeadings(body);

  return { preamble, slides: buildSlides(groups, warnings), mode, warnings };
}

/**
 * @param {import("mdast").RootContent[]} body
 * @param {string | undefined} source
 */
function splitAtBreaks(body, source) {
  /** @type {import("mdast").RootContent[][]} */
  const groups = [[]];
  for (const node of body) {
    if (isSlideBreak(node, source)) groups.push([]);
    else groups[groups.length - 1].push(node);
  }
  return groups;
}

/** @param {import("mdast").RootContent[]} body */
function splitAtHeadings(body) {
  /** @type {import("mdast").RootContent[][]} */
  const groups = [[]];
  for (const node of body) {
    if (node.type === "heading" && node.depth <= 2 && groups[groups.length - 1].length > 0) groups.push([]);
    groups[groups.length - 1].push(node);
  }
  return groups;
}

/**
 * @param {import("mdast").RootContent[][]} groups
 * @param {import("./split.d.mts").SplitWarning[]} warnings
 * @returns {import("./split.d.mts").Slide[]}
 */
function buildSlides(groups, warnings) {
  /** @type {import("./split.d.mts").Slide[]} */
  const slides = [];
  /** Notes of leading notes-only groups, waiting for the first real slide. */
  /** @type {import("mdast-util-mdx-jsx").MdxJsxFlowElement[]} */
  let pendingNotes = [];

  for (const group of groups) {
    const { content, notes } = extractNotes(group);

    if (!content.some(isVisible)) {
      if (notes.length === 0) continue;
      const previous = slides[slides.length - 1];
      if (previous) previous.notes.push(...notes);
      else pendingNotes.push(...notes);
      warnings.push({ code: "NOTES_WITHOUT_SLIDE", line: notes[0].position?.start.line });
      continue;
    }

    slides.push({
      content,
      notes: [...pendingNotes, ...notes],
      title: titleOf(content),
      excerpt: excerptOf(content),
      words: countWords(content),
      components: componentNames(content),
    });
    pendingNotes = [];
  }

  return slides;
}

/**
 * Removes every `<Notes>` element from a slide's nodes, at any depth, and
 * returns them as flow elements. An inline `<Notes>` (inside a paragraph)
 * becomes a flow element holding one paragraph.
 *
 * @param {import("mdast").RootContent[]} nodes
 */
export function extractNotes(nodes) {
  /** @type {import("mdast-util-mdx-jsx").MdxJsxFlowElement[]} */
  const notes = [];
  const content = removeNotes(nodes, notes);
  return { content, notes };
}

/**
 * @template {import("mdast").Nodes} T
 * @param {T[]} nodes
 * @param {import("mdast-util-mdx-jsx").MdxJsxFlowElement[]} notes
 * @returns {T[]}
 */
function removeNotes(nodes, notes) {
  /** @type {T[]} */
  const kept = [];
  for (const node of nodes) {
    if (isNotesElement(node)) {
      notes.push(toFlowNotes(node));
      continue;
    }
    if ("children" in node && Array.isArray(node.children)) {
      const children = removeNotes(/** @type {import("mdast").Nodes[]} */ (node.children), notes);
      if (children.length === node.children.length) kept.push(node);
      else if (!isBlank(node.type, children)) kept.push({ ...node, children });
      continue;
    }
    kept.push(node);
  }
  return kept;
}

/**
 * @param {import("mdast").Nodes} node
 * @returns {node is import("mdast-util-mdx-jsx").MdxJsxFlowElement | import("mdast-util-mdx-jsx").MdxJsxTextElement}
 */
function isNotesElement(node) {
  return (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === NOTES_COMPONENT;
}

/**
 * @param {import("mdast-util-mdx-jsx").MdxJsxFlowElement | import("mdast-util-mdx-jsx").MdxJsxTextElement} node
 * @returns {import("mdast-util-mdx-jsx").MdxJsxFlowElement}
 */
function toFlowNotes(node) {
  if (node.type === "mdxJsxFlowElement") return node;
  /** @type {import("mdast").Paragraph} */
  const paragraph = { type: "paragraph", children: /** @type {import("mdast").PhrasingContent[]} */ (node.children) };
  return { type: "mdxJsxFlowElement", name: node.name, attributes: node.attributes, children: [paragraph], position: node.position };
}

/**
 * Tells whether a paragraph is left with only whitespace once an inline
 * `<Notes>` moved out of it, so it can be dropped.
 *
 * @param {string} type
 * @param {import("mdast").Nodes[]} children
 */
function isBlank(type, children) {
  return type === "paragraph" && children.every((child) => child.type === "text" && child.value.trim() === "");
}

/**
 * Tells whether a node shows anything on a slide. A lone `{/* comment *\/}`
 * expression does not.
 *
 * @param {import("mdast").Nodes} node
 */
function isVisible(node) {
  if (node.type === "mdxFlowExpression") return !/^\/\*[\s\S]*\*\/$/.test(node.value.trim());
  return true;
}

/**
 * Returns the text of the slide's first top-level heading, or "" without one.
 *
 * @param {import("mdast").RootContent[]} content
 */
function titleOf(content) {
  const heading = content.find((node) => node.type === "heading");
  return heading ? plainText(heading).trim() : "";
}

/** Longest excerpt, in characters, before it is cut at a word boundary. */
const EXCERPT_LENGTH = 60;

/**
 * Returns the start of the slide's text, cut at a word boundary, so a slide
 * without a heading still has a label in the overview and the presenter's list.
 *
 * @param {import("mdast").RootContent[]} content
 */
function excerptOf(content) {
  const text = content
    .map((node) => blockText(node))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= EXCERPT_LENGTH) return text;

  const cut = text.slice(0, EXCERPT_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, EXCERPT_LENGTH)).replace(/[\s.,;:!?]+$/, "")}…`;
}

/**
 * Returns a node's text with a space between blocks, where `plainText`
 * would glue the last word of a paragraph to the first of the next.
 *
 * @param {import("mdast").Nodes} node
 * @returns {string}
 */
function blockText(node) {
  if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") return plainText(node);
  if ("children" in node && Array.isArray(node.children)) return node.children.map((child) => blockText(child)).join(" ");
  return plainText(node);
}

/** @param {import("mdast").Nodes} node */
export function plainText(node) {
  if (TEXT_TYPES.has(node.type) && "value" in node) return node.value;
  if ("children" in node && Array.isArray(node.children)) return node.children.map((child) => plainText(child)).join("");
  return "";
}

/**
 * Words the audience reads on the slide, code included.
 *
 * @param {import("mdast").RootContent[]} content
 */
function countWords(content) {
  return content.reduce((total, node) => total + plainTextWords(node), 0);
}

/** @param {import("mdast").Nodes} node */
function plainTextWords(node) {
  if (TEXT_TYPES.has(node.type) && "value" in node) return node.value.split(/\s+/).filter(Boolean).length;
  if ("children" in node && Array.isArray(node.children)) return node.children.reduce((total, child) => total + plainTextWords(child), 0);
  return 0;
}

/**
 * Returns the names of the MDX components a slide uses, in order of first
 * use. Lowercase JSX names such as `<p>` are HTML elements, not components.
 *
 * @param {import("mdast").Nodes[]} nodes
 * @param {string[]} [names]
 */
function componentNames(nodes, names = []) {
  for (const node of nodes) {
    const isComponent = (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && /^[A-Z]/.test(node.name ?? "");
    if (isComponent && node.name && !names.includes(node.name)) {
      names.push(node.name);
    }
    if ("children" in node && Array.isArray(node.children)) componentNames(node.children, names);
  }
  return names;
}

/**
 * Reports `---` lines nested below the top level, which stay horizontal
 * rules although the author probably meant a slide break.
 *
 * @param {import("mdast").Nodes[]} nodes
 * @param {string | undefined} source
 * @param {import("./split.d.mts").SplitWarning[]} warnings
 * @param {boolean} [nested]
 */
function collectNestedBreaks(nodes, source, warnings, nested = false) {
  for (const node of nodes) {
    if (nested && isSlideBreak(node, source)) warnings.push({ code: "NESTED_BREAK", line: node.position?.start.line });
    if ("children" in node && Array.isArray(node.children)) collectNestedBreaks(node.children, source, warnings, true);
  }
}
