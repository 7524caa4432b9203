// @ts-check
/**
 * Remark plugin that turns a lesson into slides at compile time, so one
 * compiled MDX module serves the reading page and the deck:
 *
 * - the body becomes a list of `<Slide index={n}>` elements, each ending
 *   with that slide's `<Notes>` elements, and the slide breaks disappear;
 * - the module exports `slideOutline`, one entry per slide (title,
 *   excerpt, word count, components used, whether it has notes).
 *
 * The reading page maps `Slide` to a fragment and `Notes` to nothing, so
 * its HTML has no trace of slides. `next.config.mjs` registers this file by
 * absolute path, because @next/mdx resolves plugin names from the MDX file's
 * folder.
 */
import { splitSlides } from "./split.mjs";

export const SLIDE_COMPONENT = "Slide";
export const OUTLINE_EXPORT = "slideOutline";

const WARNING_TEXT = {
  NESTED_BREAK: "This `---` is inside another block, so it stays a horizontal rule. Move it to the top level (no indentation, blank lines around it) to start a new slide.",
  NOTES_WITHOUT_SLIDE: "These <Notes> have no slide content of their own, so they were added to the neighbouring slide.",
};

/** @type {import("unified").Plugin<[], import("mdast").Root>} */
export default function remarkSlides() {
  return (tree, file) => {
    const source = typeof file.value === "string" ? file.value : undefined;
    const { preamble, slides, warnings } = splitSlides(tree, { source });

    for (const warning of warnings) {
      file.message(WARNING_TEXT[warning.code], { place: warning.line ? { line: warning.line, column: 1 } : undefined, ruleId: warning.code, source: "remark-slides" });
    }

    const outline = slides.map((slide) => ({
      title: slide.title,
      excerpt: slide.excerpt,
      words: slide.words,
      components: slide.components,
      hasNotes: slide.notes.length > 0,
    }));

    tree.children = [
      ...preamble,
      exportConst(OUTLINE_EXPORT, outline),
      ...slides.map((slide, index) => ({
        type: /** @type {const} */ ("mdxJsxFlowElement"),
        name: SLIDE_COMPONENT,
        attributes: [numberAttribute("index", index)],
        children: [...slide.content, ...slide.notes],
      })),
    ];
  };
}

/**
 * Builds an `export const name = value` node, with the estree that MDX compiles.
 *
 * @param {string} name
 * @param {unknown} value
 * @returns {import("mdast-util-mdxjs-esm").MdxjsEsm}
 */
function exportConst(name, value) {
  /** @type {import("estree").Program} */
  const program = {
    type: "Program",
    sourceType: "module",
    body: [
      {
        type: "ExportNamedDeclaration",
        specifiers: [],
        source: null,
        attributes: [],
        declaration: {
          type: "VariableDeclaration",
          kind: "const",
          declarations: [{ type: "VariableDeclarator", id: { type: "Identifier", name }, init: toEstree(value) }],
        },
      },
    ],
  };
  return { type: "mdxjsEsm", value: `export const ${name} = ${JSON.stringify(value)};`, data: { estree: program } };
}

/**
 * Builds a JSX attribute whose value is a number literal (`index={3}`).
 *
 * @param {string} name
 * @param {number} value
 * @returns {import("mdast-util-mdx-jsx").MdxJsxAttribute}
 */
function numberAttribute(name, value) {
  /** @type {import("estree").Program} */
  const program = { type: "Program", sourceType: "module", body: [{ type: "ExpressionStatement", expression: toEstree(value) }] };
  return { type: "mdxJsxAttribute", name, value: { type: "mdxJsxAttributeValueExpression", value: String(value), data: { estree: program } } };
}

/**
 * Converts JSON-like data (strings, numbers, booleans, null, arrays, plain
 * objects) to an estree expression.
 *
 * @param {unknown} value
 * @returns {import("estree").Expression}
 */
export function toEstree(value) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return { type: "Literal", value };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot export the number ${value}: only finite numbers are allowed.`);
    if (value < 0) return { type: "UnaryExpression", operator: "-", prefix: true, argument: { type: "Literal", value: -value } };
    return { type: "Literal", value };
  }
  if (Array.isArray(value)) return { type: "ArrayExpression", elements: value.map(toEstree) };
  if (typeof value === "object") {
    return {
      type: "ObjectExpression",
      properties: Object.entries(value).map(([key, entry]) => ({
        type: "Property",
        kind: "init",
        method: false,
        shorthand: false,
        computed: false,
        key: { type: "Literal", value: key },
        value: toEstree(entry),
      })),
    };
  }
  throw new TypeError(`Cannot export a value of type ${typeof value}: use strings, numbers, booleans, null, arrays or plain objects.`);
}
