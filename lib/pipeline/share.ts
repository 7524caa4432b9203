/**
 * A project encoded in a URL fragment (`#pipeline=…`), so a pipeline can be
 * shared as a link. Base64url of UTF-8 JSON: fragments never reach a server.
 */
import { parseProject } from "./schema";
import type { ParseResult } from "./schema";
import type { Project } from "./types";

export const SHARE_PARAM = "pipeline";

export function encodeProject(project: Project): string {
  const bytes = new TextEncoder().encode(JSON.stringify(project));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Decodes a fragment value; every failure is a result naming what was wrong, never a throw. */
export function decodeProject(encoded: string): ParseResult {
  let json: string;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    json = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return { ok: false, detail: "base64" };
  }

  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, detail: `JSON: ${(error as Error).message}` };
  }
  return parseProject(value);
}

/** Reads the project from a location hash such as `#pipeline=eyJ…`; `null` when absent. */
export function projectFromHash(hash: string): ParseResult | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const encoded = params.get(SHARE_PARAM);
  return encoded === null ? null : decodeProject(encoded);
}
