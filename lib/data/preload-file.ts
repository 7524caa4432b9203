/**
 * Opens a preloaded data file on the server, for the route that serves
 * `DEPLOY_LAB_*_CSV` paths. Server-only (Node's `fs`); the browser reaches
 * the file through that route, never through a path it chooses.
 */
import { open, stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import type { DataError } from "./csv";
import { megabytes } from "./csv";
import type { PreloadErrorCode, PreloadSource } from "./preload";

/** Bytes read from the file per chunk of the response stream. */
const CHUNK_BYTES = 256 * 1024;

export type OpenedPreloadFile =
  | { ok: true; size: number; stream: ReadableStream<Uint8Array> }
  | { ok: false; status: number; error: DataError<PreloadErrorCode> };

/**
 * Checks and opens the file at `source.location`, resolved against `cwd`
 * when relative. A missing path is 404 (PRELOAD_PATH_NOT_FOUND), a folder
 * 404 (PRELOAD_PATH_NOT_FILE), a file over `maxBytes` 413
 * (PRELOAD_TOO_LARGE), and a file the server may not read 403 or 500
 * (PRELOAD_PATH_UNREADABLE). The stream closes the file when it ends or is
 * cancelled.
 */
export async function openPreloadFile(source: PreloadSource, options: { cwd: string; maxBytes: number }): Promise<OpenedPreloadFile> {
  const absolute = resolve(options.cwd, source.location);
  // Messages show the value as configured, and where a relative one points.
  const path = isAbsolute(source.location) ? source.location : `${source.location} (${absolute})`;
  const fail = (status: number, code: PreloadErrorCode, params: Record<string, string | number> = {}): OpenedPreloadFile => ({
    ok: false,
    status,
    error: { code, params: { variable: source.variable, path, location: path, ...params } },
  });

  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return fail(404, "PRELOAD_PATH_NOT_FILE");
    size = info.size;
  } catch (error) {
    return fsFailure(error, fail);
  }
  if (size > options.maxBytes) return fail(413, "PRELOAD_TOO_LARGE", { size: megabytes(size), limit: megabytes(options.maxBytes) });

  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(absolute, "r");
  } catch (error) {
    return fsFailure(error, fail);
  }

  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const buffer = new Uint8Array(CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead > 0) {
          controller.enqueue(buffer.subarray(0, bytesRead));
          return;
        }
        await handle.close();
        controller.close();
      } catch (error) {
        await handle.close().catch(() => undefined);
        controller.error(error);
      }
    },
    async cancel() {
      await handle.close();
    },
  });
  return { ok: true, size, stream };
}

function fsFailure(error: unknown, fail: (status: number, code: PreloadErrorCode, params?: Record<string, string | number>) => OpenedPreloadFile): OpenedPreloadFile {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return fail(404, "PRELOAD_PATH_NOT_FOUND");
  const detail = error instanceof Error ? error.message : String(error);
  return fail(code === "EACCES" || code === "EPERM" ? 403 : 500, "PRELOAD_PATH_UNREADABLE", { detail });
}
