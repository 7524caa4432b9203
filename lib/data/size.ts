/** File size limits and their display, shared by the parser, the preload route and the page (no parser code here). */
const BYTES_PER_MB = 1_000_000;

/** Largest CSV file the app reads; the workshop's 50/50 file is about 3.2 MB. */
export const DEFAULT_MAX_BYTES = 100 * BYTES_PER_MB;

/** Returns the size in MB rounded up to 0.1 MB, so a file just over the limit never shows as equal to it. */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / (BYTES_PER_MB / 10)) / 10;
}
