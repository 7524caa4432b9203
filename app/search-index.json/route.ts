import { buildSearchIndexJson } from "@/lib/content/search-index";

// Prerendered once by `next build` into a static file; no server runs it at request time.
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(buildSearchIndexJson(process.cwd()), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
