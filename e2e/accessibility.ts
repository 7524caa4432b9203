import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: unknown[];
}

/** Runs axe-core on the page and returns its serious and critical violations as `rule (count)`. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return violations.filter(({ impact }) => impact === "serious" || impact === "critical").map(({ id, nodes }) => `${id} (${nodes.length})`);
}
