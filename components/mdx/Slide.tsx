import type { ReactNode } from "react";

/**
 * Renders one slide of a lesson as the reading page shows it: its content
 * with no frame, so the page reads as if slides did not exist. The remark plugin in
 * `lib/slides/remark-slides.mjs` wraps every slide in a `<Slide>`, and the
 * slide deck passes its own component under the same name.
 */
export function Slide({ children }: { index: number; children?: ReactNode }) {
  return <>{children}</>;
}
