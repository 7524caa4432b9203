import type { ComponentPropsWithoutRef } from "react";

/**
 * Renders a code block that keyboard users can focus, so they can scroll it
 * sideways with the arrow keys when a line is wider than the page.
 */
export function Pre(props: ComponentPropsWithoutRef<"pre">) {
  return <pre tabIndex={0} {...props} />;
}
