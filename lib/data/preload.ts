/**
 * Data files that a deployment preloads for the student, set by environment
 * variables that the server reads at start time (`npm start`), so a
 * classroom deployment needs no rebuild. Each variable contains a local path,
 * which the app serves through its `/api/data/preload/<dataset>` route, or an
 * http(s) URL, which the browser fetches directly. No Node or DOM imports:
 * the route, the page and tests share this file.
 */
import type { DataError } from "./csv";

/** Environment variable per catalog dataset. */
export const PRELOAD_VARIABLES: Readonly<Record<string, string>> = {
  diabetes_raw: "DEPLOY_LAB_DIABETES_CSV",
  diabetes_predict_raw: "DEPLOY_LAB_DIABETES_PREDICT_CSV",
};

/** Route that serves a configured local path; the dataset name is appended. */
export const PRELOAD_ROUTE = "/api/data/preload";

/** Response header in which the preload route sends the file's size. */
export const FILE_SIZE_HEADER = "x-deploy-lab-file-size";

/** How long a download may go without receiving a byte before it fails with PRELOAD_TIMEOUT. */
export const PRELOAD_STALL_TIMEOUT_MS = 30_000;

export const PRELOAD_ERROR_CODES = [
  "PRELOAD_NOT_CONFIGURED",
  "PRELOAD_INVALID_VALUE",
  "PRELOAD_PATH_NOT_FOUND",
  "PRELOAD_PATH_NOT_FILE",
  "PRELOAD_PATH_UNREADABLE",
  "PRELOAD_TOO_LARGE",
  "PRELOAD_HTTP_STATUS",
  "PRELOAD_NETWORK",
  "PRELOAD_TIMEOUT",
] as const;
export type PreloadErrorCode = (typeof PRELOAD_ERROR_CODES)[number];

/** A configured file, as the page receives it from the configuration route. */
export interface PreloadSource {
  dataset: string;
  variable: string;
  kind: "path" | "url";
  /** The variable's value, shown to the user: the path on the server or the URL. */
  location: string;
  /** URL to fetch: the app's route for a path (relative to the page), the value itself for a URL. */
  url: string;
  /** The file's name, for the status line: the last segment of the path or URL. */
  name: string;
}

export type PreloadEntry =
  | { ok: true; source: PreloadSource }
  | { ok: false; dataset: string; variable: string; location: string; error: DataError<PreloadErrorCode> };

const HTTP_URL = /^https?:\/\//i;
/** A value with a scheme other than http(s), e.g. `ftp://` or `file://`; a Windows drive letter (`C:\`) has no `//`. */
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Reads the preload variables from `env` (the server's `process.env`).
 * Unset or blank variables are skipped. The value is trimmed, and anything
 * that is not an http(s) URL or a path is an entry with PRELOAD_INVALID_VALUE.
 *
 * @example
 * readPreloadConfig({ DEPLOY_LAB_DIABETES_CSV: "data/diabetes.csv" });
 * // [{ ok: true, source: { dataset: "diabetes_raw", kind: "path", url: "/api/data/preload/diabetes_raw", name: "diabetes.csv", … } }]
 */
export function readPreloadConfig(env: Readonly<Record<string, string | undefined>>): PreloadEntry[] {
  const entries: PreloadEntry[] = [];
  for (const [dataset, variable] of Object.entries(PRELOAD_VARIABLES)) {
    const location = env[variable]?.trim() ?? "";
    if (location === "") continue;

    if (HTTP_URL.test(location)) {
      const url = parseUrl(location);
      if (url) {
        entries.push({ ok: true, source: { dataset, variable, kind: "url", location, url: url.href, name: lastSegment(url.pathname) || url.host } });
        continue;
      }
    } else if (!OTHER_SCHEME.test(location)) {
      const url = `${PRELOAD_ROUTE}/${encodeURIComponent(dataset)}`;
      entries.push({ ok: true, source: { dataset, variable, kind: "path", location, url, name: lastSegment(location) || location } });
      continue;
    }
    entries.push({ ok: false, dataset, variable, location, error: { code: "PRELOAD_INVALID_VALUE", params: { variable, value: location } } });
  }
  return entries;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function lastSegment(path: string): string {
  const segment = path.split(/[\\/]/).filter((part) => part !== "").at(-1) ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
