import type { Expression } from "estree";
import type { Plugin } from "unified";
import type { Root } from "mdast";

export declare const SLIDE_COMPONENT: "Slide";
export declare const OUTLINE_EXPORT: "slideOutline";

/** One entry of the `slideOutline` that every compiled lesson exports. */
export interface SlideOutlineEntry {
  title: string;
  excerpt: string;
  words: number;
  components: string[];
  hasNotes: boolean;
}

declare const remarkSlides: Plugin<[], Root>;
export default remarkSlides;
export declare function toEstree(value: unknown): Expression;
