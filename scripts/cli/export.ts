/**
 * `lab export <exercise-or-file>`: writes an exercise's reference project,
 * or a pipeline file exported from the editor, as a Kedro project zip, the
 * same bytes the exercise page's "Exportar projeto Kedro" downloads.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { diabetesDocument, irisDocument } from "../../lib/editor/documents";
import { parseImportedDocument } from "../../lib/editor/storage";
import type { EditorDocument } from "../../lib/editor/types";
import { exportedDataNotes, exportedRawData } from "../../lib/export/kedro/example-data";
import { suggestPackageName } from "../../lib/export/kedro/names";
import { exportKedroProject } from "../../lib/export/kedro/project";
import { zipProject } from "../../lib/export/kedro/zip";
import type { Locale } from "../../lib/i18n";
import { isLocale, translateError } from "../../lib/i18n";
import { createRegistry } from "../../lib/ml/kinds";
import { toSpec } from "../../lib/pipeline/registry";
import { UsageError } from "./usage";

export interface ExportFlags {
  out?: string;
  package?: string;
  lang?: string;
}

/** Exercises whose reference project `lab export` writes, by id. */
const EXERCISE_DOCUMENTS: Record<string, () => EditorDocument> = { iris: irisDocument, diabetes: diabetesDocument };

/** Reads the document to export: an exercise's reference, or a JSON file from the editor's "Exportar JSON". */
function readDocument(source: string, locale: Locale): EditorDocument {
  const exercise = EXERCISE_DOCUMENTS[source];
  if (exercise) return exercise();

  let text: string;
  try {
    text = readFileSync(source, "utf8");
  } catch (error) {
    const known = Object.keys(EXERCISE_DOCUMENTS).join(", ");
    throw new UsageError(`"${source}" is neither an exercise (${known}) nor a readable pipeline file: ${(error as Error).message}`);
  }
  const kinds = new Map(createRegistry().list().map((kind) => [kind.id, toSpec(kind)]));
  const imported = parseImportedDocument(text, kinds);
  if (!imported.ok) throw new UsageError(`${source}: ${translateError(locale, imported.code, imported.params)}`);
  return imported.document;
}

export function exportCommand(args: string[], flags: ExportFlags): number {
  if (args.length !== 1) throw new UsageError("export takes one exercise name (iris, diabetes) or one pipeline JSON file.");
  const locale = flags.lang ?? "pt-BR";
  if (!isLocale(locale)) throw new UsageError(`invalid --lang "${locale}": use pt-BR or en.`);

  const [source] = args;
  const document = readDocument(source, locale);
  const fromFile = !(source in EXERCISE_DOCUMENTS);
  const packageName = flags.package ?? suggestPackageName(fromFile ? basename(source, extname(source)) : document.exerciseId);
  const result = exportKedroProject(document.project, createRegistry(), {
    packageName,
    rawData: exportedRawData(document.exerciseId),
    dataNotes: exportedDataNotes(document.exerciseId),
  });
  if (!result.ok) {
    process.stderr.write(`[deploy-lab] ${source} cannot be exported as a Kedro project:\n`);
    for (const problem of result.problems) process.stderr.write(`  - ${translateError(locale, problem.code, problem.params)}\n`);
    return 1;
  }

  const out = flags.out ?? `${packageName}.zip`;
  const zip = zipProject(packageName, result.files);
  try {
    writeFileSync(out, zip);
  } catch (error) {
    process.stderr.write(`[deploy-lab] could not write ${out}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`Wrote ${out}: Kedro project ${packageName}, ${result.files.length} files, ${zip.length} bytes.\n`);
  return 0;
}
