import type { Nodes, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";

export declare const NOTES_COMPONENT: "Notes";

/** One slide: what the audience sees, and the presenter's notes. */
export interface Slide {
  content: RootContent[];
  /** `<Notes>` elements, in source order, as flow elements. */
  notes: MdxJsxFlowElement[];
  /** Text of the first top-level heading, or "" when the slide has none. */
  title: string;
  /** The first 60 or so characters of the slide's text, cut at a word boundary, with "…" when cut. */
  excerpt: string;
  /** Words of visible text, code included, for the presenter's pace estimate. */
  words: number;
  /** MDX components used on the slide (`Quiz`, `LivePipeline`, …), in order of first use. */
  components: string[];
}

export type SplitWarningCode = "NESTED_BREAK" | "NOTES_WITHOUT_SLIDE";

/** A likely authoring mistake; the MDX build reports it as a warning. */
export interface SplitWarning {
  code: SplitWarningCode;
  /** 1-based source line, when the tree has positions. */
  line?: number;
}

export interface SlideSplit {
  /** ESM and frontmatter nodes, which stay outside every slide. */
  preamble: RootContent[];
  slides: Slide[];
  /** `breaks` when the lesson marks slides with `---`, else `headings` (split before each `##`). */
  mode: "breaks" | "headings";
  warnings: SplitWarning[];
}

export declare function isSlideBreak(node: Nodes, source: string | undefined): boolean;
export declare function splitSlides(root: Root, options?: { source?: string }): SlideSplit;
export declare function extractNotes(nodes: RootContent[]): { content: RootContent[]; notes: MdxJsxFlowElement[] };
export declare function plainText(node: Nodes): string;
