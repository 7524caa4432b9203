import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translateError } from "../i18n";
import { downloadBytes } from "./download";
import type { DownloadOptions } from "./download";
import { readPreloadConfig } from "./preload";
import type { PreloadSource } from "./preload";
import { openPreloadFile } from "./preload-file";

describe("readPreloadConfig", () => {
  it("skips unset and blank variables", () => {
    expect(readPreloadConfig({})).toEqual([]);
    expect(readPreloadConfig({ DEPLOY_LAB_DIABETES_CSV: "  " })).toEqual([]);
  });

  it("serves a path through the route", () => {
    const [entry] = readPreloadConfig({ DEPLOY_LAB_DIABETES_CSV: " /srv/data/diabetes.csv " });

    expect(entry).toEqual({
      ok: true,
      source: {
        dataset: "diabetes_raw",
        variable: "DEPLOY_LAB_DIABETES_CSV",
        kind: "path",
        location: "/srv/data/diabetes.csv",
        url: "/api/data/preload/diabetes_raw",
        name: "diabetes.csv",
      },
    });
  });

  it("fetches a URL directly", () => {
    const [entry] = readPreloadConfig({ DEPLOY_LAB_DIABETES_PREDICT_CSV: "https://example.org/files/diabetes%20predict.csv?v=2" });

    if (!entry.ok) throw new Error(JSON.stringify(entry.error));
    expect(entry.source).toMatchObject({
      dataset: "diabetes_predict_raw",
      kind: "url",
      url: "https://example.org/files/diabetes%20predict.csv?v=2",
      name: "diabetes predict.csv",
    });
  });

  it("takes a Windows path", () => {
    const [entry] = readPreloadConfig({ DEPLOY_LAB_DIABETES_CSV: "C:\\dados\\diabetes.csv" });
    if (!entry.ok) throw new Error(JSON.stringify(entry.error));
    expect(entry.source).toMatchObject({ kind: "path", name: "diabetes.csv" });
  });

  it.each(["ftp://example.org/diabetes.csv", "file:///srv/diabetes.csv", "https://"])("rejects %s", (value) => {
    const [entry] = readPreloadConfig({ DEPLOY_LAB_DIABETES_CSV: value });

    expect(entry).toEqual({
      ok: false,
      dataset: "diabetes_raw",
      variable: "DEPLOY_LAB_DIABETES_CSV",
      location: value,
      error: { code: "PRELOAD_INVALID_VALUE", params: { variable: "DEPLOY_LAB_DIABETES_CSV", value } },
    });
  });
});

describe("openPreloadFile", () => {
  const folder = mkdtempSync(join(tmpdir(), "deploy-lab-preload-"));
  const file = join(folder, "diabetes.csv");
  writeFileSync(file, "a,b\n1,2\n");
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const source = (location: string): PreloadSource => ({
    dataset: "diabetes_raw",
    variable: "DEPLOY_LAB_DIABETES_CSV",
    kind: "path",
    location,
    url: "/api/data/preload/diabetes_raw",
    name: "diabetes.csv",
  });

  it("streams the file", async () => {
    const opened = await openPreloadFile(source(file), { cwd: "/", maxBytes: 100 });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));

    expect(opened.size).toBe(8);
    expect(await new Response(opened.stream).text()).toBe("a,b\n1,2\n");
  });

  it("resolves a relative path against cwd", async () => {
    const opened = await openPreloadFile(source("diabetes.csv"), { cwd: folder, maxBytes: 100 });
    expect(opened.ok).toBe(true);
  });

  it("names variable and path when missing", async () => {
    const opened = await openPreloadFile(source("nao-existe.csv"), { cwd: folder, maxBytes: 100 });
    if (opened.ok) throw new Error("expected an error");

    expect(opened.status).toBe(404);
    expect(opened.error.code).toBe("PRELOAD_PATH_NOT_FOUND");
    expect(opened.error.params.variable).toBe("DEPLOY_LAB_DIABETES_CSV");
    expect(opened.error.params.path).toBe(`nao-existe.csv (${join(folder, "nao-existe.csv")})`);
    expect(translateError("pt-BR", opened.error.code, opened.error.params)).toContain("DEPLOY_LAB_DIABETES_CSV");
  });

  it("rejects a path through a file", async () => {
    const opened = await openPreloadFile(source(join(file, "x.csv")), { cwd: "/", maxBytes: 100 });
    expect(opened.ok || opened.error.code).toBe("PRELOAD_PATH_NOT_FOUND");
  });

  it("rejects a folder", async () => {
    const opened = await openPreloadFile(source(folder), { cwd: "/", maxBytes: 100 });
    expect(opened.ok || [opened.status, opened.error.code]).toEqual([404, "PRELOAD_PATH_NOT_FILE"]);
  });

  it("rejects a file over the limit", async () => {
    const opened = await openPreloadFile(source(file), { cwd: "/", maxBytes: 4 });
    if (opened.ok) throw new Error("expected an error");

    expect(opened.status).toBe(413);
    expect(opened.error).toEqual({
      code: "PRELOAD_TOO_LARGE",
      params: { variable: "DEPLOY_LAB_DIABETES_CSV", path: file, location: file, size: 0.1, limit: 0.1 },
    });
  });

  // Root reads any file whatever its mode, so this case needs another user.
  const isRoot = process.getuid?.() === 0;
  if (isRoot) console.warn("Skipping the unreadable preload file test: running as root.");
  it.skipIf(isRoot)("reports an unreadable file", async () => {
    const locked = join(folder, "locked.csv");
    writeFileSync(locked, "a\n1\n");
    chmodSync(locked, 0o000);

    const opened = await openPreloadFile(source(locked), { cwd: "/", maxBytes: 100 });
    expect(opened.ok || [opened.status, opened.error.code]).toEqual([403, "PRELOAD_PATH_UNREADABLE"]);
  });
});

describe("downloadBytes", () => {
  const BODY = "x".repeat(10_000);
  let server: Server;
  let base = "";
  /** Responses still open when the test ends, closed in afterAll. */
  const hanging: ServerResponse[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? "/";
      if (path === "/ok") {
        response.writeHead(200, { "content-length": String(BODY.length) });
        response.end(BODY);
      } else if (path === "/sized") {
        response.writeHead(200, { "x-deploy-lab-file-size": String(BODY.length) });
        response.end(BODY);
      } else if (path === "/gzip") {
        const compressed = gzipSync(BODY);
        response.writeHead(200, { "content-encoding": "gzip", "content-length": String(compressed.length) });
        response.end(compressed);
      } else if (path === "/chunked") {
        response.writeHead(200);
        response.write(BODY);
        response.end(BODY);
      } else if (path === "/missing") {
        response.writeHead(404, "Not Found", { "content-type": "text/html" });
        response.end("<h1>404</h1>");
      } else if (path === "/route-error") {
        response.writeHead(404, { "content-type": "application/json" });
        response.end(JSON.stringify({ code: "PRELOAD_PATH_NOT_FOUND", params: { variable: "DEPLOY_LAB_DIABETES_CSV", path: "/x.csv" } }));
      } else if (path === "/stall") {
        response.writeHead(200, { "content-length": String(BODY.length * 2) });
        response.write(BODY);
        hanging.push(response);
      } else {
        hanging.push(response);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const response of hanging) response.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const options = (extra: Partial<DownloadOptions> = {}): DownloadOptions => ({ location: "L", maxBytes: 1_000_000, stallTimeoutMs: 5_000, ...extra });

  it("returns the bytes and reports progress", async () => {
    const progress: [number, number | undefined][] = [];
    const result = await downloadBytes(`${base}/ok`, options({ onProgress: (received, total) => progress.push([received, total]) }));

    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(new TextDecoder().decode(result.bytes)).toBe(BODY);
    expect(progress[0]).toEqual([0, 10_000]);
    expect(progress.at(-1)).toEqual([10_000, 10_000]);
  });

  it("reads the size header of the route", async () => {
    const progress: (number | undefined)[] = [];
    const result = await downloadBytes(`${base}/sized`, options({ onProgress: (_received, total) => progress.push(total) }));

    expect(result.ok).toBe(true);
    expect(progress.every((total) => total === 10_000)).toBe(true);
  });

  it("ignores a compressed length", async () => {
    const progress: [number, number | undefined][] = [];
    const result = await downloadBytes(`${base}/gzip`, options({ onProgress: (received, total) => progress.push([received, total]) }));

    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.bytes.byteLength).toBe(10_000);
    expect(progress.filter(([received, total]) => total !== undefined && received > total)).toEqual([]);
  });

  it("names status and location on HTTP errors", async () => {
    const result = await downloadBytes(`${base}/missing`, options({ location: "https://example.org/d.csv" }));
    expect(result).toEqual({
      ok: false,
      error: { code: "PRELOAD_HTTP_STATUS", params: { location: "https://example.org/d.csv", status: 404, statusText: "Not Found" } },
    });
  });

  it("passes the route's error through", async () => {
    const result = await downloadBytes(`${base}/route-error`, options());
    expect(result).toEqual({ ok: false, error: { code: "PRELOAD_PATH_NOT_FOUND", params: { variable: "DEPLOY_LAB_DIABETES_CSV", path: "/x.csv" } } });
  });

  it("rejects a declared size over the limit", async () => {
    const result = await downloadBytes(`${base}/ok`, options({ maxBytes: 5_000 }));
    expect(result).toEqual({ ok: false, error: { code: "PRELOAD_TOO_LARGE", params: { location: "L", size: 0.1, limit: 0.1 } } });
  });

  it("stops a stream that grows over the limit", async () => {
    const result = await downloadBytes(`${base}/chunked`, options({ maxBytes: 15_000 }));
    expect(result.ok || ("error" in result && result.error.code)).toBe("PRELOAD_TOO_LARGE");
  });

  it("times out a stalled body", async () => {
    const result = await downloadBytes(`${base}/stall`, options({ stallTimeoutMs: 300 }));
    expect(result).toEqual({ ok: false, error: { code: "PRELOAD_TIMEOUT", params: { location: "L", seconds: 0, received: 0.1 } } });
  });

  it("times out a server that never answers", async () => {
    const result = await downloadBytes(`${base}/silent`, options({ stallTimeoutMs: 300 }));
    expect(result.ok || ("error" in result && result.error.code)).toBe("PRELOAD_TIMEOUT");
  });

  it("reports an abort as aborted", async () => {
    const controller = new AbortController();
    const pending = downloadBytes(`${base}/silent`, options({ signal: controller.signal }));
    controller.abort();
    expect(await pending).toEqual({ ok: false, aborted: true });
  });

  it("reports a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const result = await downloadBytes(`http://127.0.0.1:${port}/d.csv`, options({ location: "http://127.0.0.1/d.csv" }));
    if (result.ok || !("error" in result)) throw new Error("expected an error");
    expect(result.error.code).toBe("PRELOAD_NETWORK");
    expect(result.error.params.location).toBe("http://127.0.0.1/d.csv");
    expect(result.error.params.detail).toEqual(expect.any(String));
  });
});
