import type { ReactNode } from "react";
import { findGlossaryEntry } from "@/lib/content/glossary";

/**
 * Links a glossary term inside a lesson to its entry on `/glossary`.
 *
 * @example
 * <Term id="data-catalog">Data Catalog</Term>
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  // MDX props are not type-checked, so an unknown id fails the build instead of linking nowhere.
  if (!findGlossaryEntry(id)) throw new Error(`Unknown glossary term "${id}" in <Term>: add it to lib/content/glossary.ts or fix the id.`);

  return (
    <a href={`/glossary#${id}`} data-term={id} className="underline decoration-dotted decoration-2 underline-offset-4">
      {children}
    </a>
  );
}
