/**
 * SHA-256 digests through the Web Crypto API (`crypto.subtle`), which
 * browsers, workers and Node 20 all provide: a data fingerprint for the run
 * stamp, and a digest of a submission's content.
 */
import type { Table } from "../data/table";
import { isTable } from "../data/table";

/** Row count and SHA-256 of a raw table, so a grader can tell whether a re-run used the same data. */
export interface DataFingerprint {
  rows: number;
  /** `sha256:` and 64 hex digits. */
  sha256: string;
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return `sha256:${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Fingerprints a table by its column names and cells in order. The same
 * CSV loaded in the browser and in the CLI gives the same digest, because
 * both parse it with the same loader.
 */
export async function fingerprintTable(table: Table): Promise<DataFingerprint> {
  const text = JSON.stringify([table.columnNames, table.columnNames.map((name) => table.columns[name])]);
  return { rows: table.rowCount, sha256: await sha256Hex(text) };
}

/** Fingerprints the raw tables among `inputs` that `datasets` names; other values are skipped. */
export async function fingerprintInputs(inputs: Record<string, unknown>, datasets: readonly string[]): Promise<Record<string, DataFingerprint>> {
  const fingerprints: Record<string, DataFingerprint> = {};
  for (const name of datasets) {
    const value = inputs[name];
    if (isTable(value)) fingerprints[name] = await fingerprintTable(value);
  }
  return fingerprints;
}

/** JSON with object keys sorted at every level, so equal content always gives equal text and digest. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
