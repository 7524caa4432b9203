import { isValidElement } from "react";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { slugify } from "@/lib/content/slug";

/** Concatenates the text of rendered MDX children, as mdast's toString does for the same heading in the source. */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

/**
 * Level-2 and level-3 lesson headings with an id from `slugify`, the same id
 * the build-time outline computes, so the table of contents links to them.
 */
export function H2({ children, ...props }: ComponentPropsWithoutRef<"h2">) {
  return (
    <h2 id={slugify(textOf(children))} className="scroll-mt-6" {...props}>
      {children}
    </h2>
  );
}

export function H3({ children, ...props }: ComponentPropsWithoutRef<"h3">) {
  return (
    <h3 id={slugify(textOf(children))} className="scroll-mt-6" {...props}>
      {children}
    </h3>
  );
}
