import type { Page } from "@playwright/test";

// Libraries used only by the exercise pages. A lesson must not download them.
export const HEAVY_LIBRARY_URL_MARKERS = ["tfjs", "xyflow", "monaco"];
// Production chunk URLs are content hashes, so script bodies are searched for the package names too.
export const HEAVY_LIBRARY_SOURCE_MARKERS = ["@tensorflow/", "xyflow", "monaco-editor"];

/** Downloads each script URL again and returns "<url> contains <markers>" for every one that bundles a heavy library. */
export async function findHeavyScripts(page: Page, scriptUrls: Iterable<string>): Promise<string[]> {
  const heavy: string[] = [];
  for (const url of scriptUrls) {
    const source = await (await page.request.get(url)).text();
    const found = HEAVY_LIBRARY_SOURCE_MARKERS.filter((marker) => source.includes(marker));
    if (found.length > 0) heavy.push(`${url} contains ${found.join(", ")}`);
  }
  return heavy;
}
