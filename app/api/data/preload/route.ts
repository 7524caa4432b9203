/**
 * The data files this deployment preloads, read from the environment on
 * every request, so `npm start` picks up the variables without a rebuild.
 */
import { readPreloadConfig } from "@/lib/data/preload";

export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ entries: readPreloadConfig(process.env) }, { headers: { "cache-control": "no-store" } });
}
