import type { ReactNode } from "react";

/**
 * Speaker notes inside a lesson. The reading page and the audience never see
 * them; the slide deck's presenter view reads them from the lesson source.
 */
export function Notes(_props: { children?: ReactNode }) {
  return null;
}
