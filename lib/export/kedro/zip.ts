/**
 * Packs an exported project into a zip file with fflate, in Node and in the
 * browser alike.
 */
import { strToU8, zipSync } from "fflate";
import type { Zippable } from "fflate";
import type { ExportedFile } from "./python-files";

/**
 * Modification time of every entry. fflate writes DOS timestamps from the
 * local-time fields of a Date, and this Date is built from local-time fields,
 * so the zip comes out byte for byte the same in every time zone.
 */
const ENTRY_TIME = new Date(2026, 0, 1, 0, 0, 0);

/**
 * Returns the zip of `files`, each under `folder/`, so that unzipping
 * creates one project folder.
 *
 * @example
 * zipProject("iris", [{ path: "README.md", content: "# Iris\n" }]); // a zip with iris/README.md
 */
export function zipProject(folder: string, files: readonly ExportedFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[`${folder}/${file.path}`] = [strToU8(file.content), { mtime: ENTRY_TIME }];
  return zipSync(entries, { level: 6 });
}
