/**
 * Serves the local file that a `DEPLOY_LAB_*_CSV` variable names for one
 * catalog dataset, with the size limit of uploads. Only configured paths are
 * served; errors are `{ code, params }` JSON that the page phrases.
 */
import { DEFAULT_MAX_BYTES } from "@/lib/data/csv";
import { FILE_SIZE_HEADER, readPreloadConfig } from "@/lib/data/preload";
import { openPreloadFile } from "@/lib/data/preload-file";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ dataset: string }> }): Promise<Response> {
  const { dataset } = await context.params;
  const entry = readPreloadConfig(process.env).find((candidate) => (candidate.ok ? candidate.source.dataset : candidate.dataset) === dataset);
  if (!entry || (entry.ok && entry.source.kind !== "path")) {
    console.warn(`Preload of ${dataset} requested, but no path is configured for it.`);
    return Response.json({ code: "PRELOAD_NOT_CONFIGURED", params: { dataset } }, { status: 404 });
  }
  if (!entry.ok) {
    console.error(`Preload of ${dataset} failed: ${entry.error.code} ${JSON.stringify(entry.error.params)}`);
    return Response.json(entry.error, { status: 400 });
  }

  const opened = await openPreloadFile(entry.source, { cwd: process.cwd(), maxBytes: DEFAULT_MAX_BYTES });
  if (!opened.ok) {
    console.error(`Preload of ${dataset} failed: ${opened.error.code} ${JSON.stringify(opened.error.params)}`);
    return Response.json(opened.error, { status: opened.status });
  }
  return new Response(opened.stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-length": String(opened.size),
      // Next.js streams the body chunked and drops Content-Length, so the page reads the size from here.
      [FILE_SIZE_HEADER]: String(opened.size),
      "cache-control": "no-store",
    },
  });
}
