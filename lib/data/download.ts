/**
 * Downloads a preloaded data file with progress, a size limit and a stall
 * timeout, for the pipeline worker. Uses only `fetch` and web streams, so it
 * runs in a Web Worker and in Node. Failures are `{ code, params }` results
 * that name the location, never exceptions.
 */
import type { DataError } from "./csv";
import { megabytes } from "./csv";
import type { PreloadErrorCode } from "./preload";
import { FILE_SIZE_HEADER, PRELOAD_ERROR_CODES } from "./preload";

export interface DownloadOptions {
  /** Shown in messages: the configured path or URL, not the route the app fetches. */
  location: string;
  maxBytes: number;
  /** The download fails with PRELOAD_TIMEOUT when no byte arrives for this long, headers included. */
  stallTimeoutMs: number;
  signal?: AbortSignal;
  /** Receives the bytes received so far, and the file's size when the response declared it. */
  onProgress?(received: number, total: number | undefined): void;
  fetch?: typeof fetch;
}

export type DownloadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; error: DataError }
  /** `options.signal` aborted the download, e.g. because the student picked a file instead. */
  | { ok: false; aborted: true };

/**
 * Fetches `url` into memory. A response with an error status is
 * PRELOAD_HTTP_STATUS, unless its JSON body is a `{ code, params }` error
 * from the app's preload route, which is returned as it is.
 */
export async function downloadBytes(url: string, options: DownloadOptions): Promise<DownloadResult> {
  const { location, maxBytes } = options;
  const stall = new AbortController();
  let stalled = false;
  let received = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armStallTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      stall.abort();
    }, options.stallTimeoutMs);
  };
  const signal = options.signal ? AbortSignal.any([options.signal, stall.signal]) : stall.signal;
  const failure = (error: unknown): DownloadResult => {
    if (options.signal?.aborted) return { ok: false, aborted: true };
    if (stalled) {
      const params = { location, seconds: Math.round(options.stallTimeoutMs / 1000), received: megabytes(received) };
      return { ok: false, error: { code: "PRELOAD_TIMEOUT", params } };
    }
    return { ok: false, error: { code: "PRELOAD_NETWORK", params: { location, detail: error instanceof Error ? error.message : String(error) } } };
  };

  armStallTimer();
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { signal, cache: "no-store" });
    } catch (error) {
      return failure(error);
    }
    if (!response.ok) return { ok: false, error: await statusError(response, location) };

    let total = declaredSize(response);
    if (total !== undefined && total > maxBytes) {
      await response.body?.cancel();
      return tooLarge(location, total, maxBytes);
    }
    options.onProgress?.(0, total);

    const chunks: Uint8Array[] = [];
    const reader = response.body?.getReader();
    try {
      while (reader) {
        armStallTimer();
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        if (received > maxBytes) {
          await reader.cancel();
          return tooLarge(location, received, maxBytes);
        }
        chunks.push(value);
        // A cross-origin response hides Content-Encoding, so a Content-Length below the bytes received was the compressed length.
        if (total !== undefined && received > total) total = undefined;
        options.onProgress?.(received, total);
      }
    } catch (error) {
      return failure(error);
    }
    return { ok: true, bytes: concat(chunks, received) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Returns the file's size in bytes as the body stream delivers it (decoded).
 * The app's route sends it in FILE_SIZE_HEADER because Next.js drops
 * Content-Length from streamed responses. Content-Length counts encoded
 * bytes, so it is ignored when Content-Encoding marks the body compressed.
 */
function declaredSize(response: Response): number | undefined {
  const size = (name: string) => {
    const value = response.headers.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : undefined;
  };
  const encoding = response.headers.get("content-encoding");
  return size(FILE_SIZE_HEADER) ?? (encoding === null || encoding === "identity" ? size("content-length") : undefined);
}

function tooLarge(location: string, size: number, limit: number): DownloadResult {
  return { ok: false, error: { code: "PRELOAD_TOO_LARGE", params: { location, size: megabytes(size), limit: megabytes(limit) } } };
}

/** Returns the route's own error when the body is one, else PRELOAD_HTTP_STATUS with the status line. */
async function statusError(response: Response, location: string): Promise<DataError> {
  try {
    const body = (await response.json()) as { code?: unknown; params?: unknown };
    if ((PRELOAD_ERROR_CODES as readonly unknown[]).includes(body.code) && typeof body.params === "object" && body.params !== null) {
      return { code: body.code as PreloadErrorCode, params: body.params as Record<string, string | number> };
    }
  } catch {
    // Not JSON: a web server's own error page.
  }
  return { code: "PRELOAD_HTTP_STATUS", params: { location, status: response.status, statusText: response.statusText } };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
