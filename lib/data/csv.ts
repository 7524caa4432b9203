/**
 * CSV parsing for the files students load: the Kaggle exports, the workshop
 * files and the same data saved by a spreadsheet in pt-BR (`;` separator,
 * decimal comma, UTF-8 BOM, CRLF). Runs in a Web Worker and in Node, so it
 * uses no DOM API.
 *
 * Errors are plain `{ code, params }` objects, not exceptions, so a worker can
 * post them with `postMessage`; `translateError` in lib/i18n phrases them.
 * Every `row` param counts rows as a spreadsheet shows them: the header is
 * row 1 and the first data row is row 2.
 *
 * @example
 * const result = parseCsv("a;b\r\n1;2,5\r\n");
 * if (result.ok) column(result.table, "b"); // [2.5]
 */
import Papa from "papaparse";
import type { ErrorParams } from "../pipeline/errors";
import type { Cell, Table } from "./table";
import { DEFAULT_MAX_BYTES, megabytes } from "./size";

export { DEFAULT_MAX_BYTES, megabytes };

export const CSV_ERROR_CODES = [
  "CSV_EMPTY_FILE",
  "CSV_HEADER_ONLY",
  "CSV_NOT_TEXT",
  "CSV_TOO_LARGE",
  "CSV_ROW_LENGTH",
  "CSV_DUPLICATE_COLUMN",
  "CSV_INVALID_QUOTE",
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

/** An error code and the values its message needs, as plain data that `postMessage` can clone. */
export interface DataError<Code extends string = string> {
  code: Code;
  params: ErrorParams;
}

export interface CsvDialect {
  separator: "," | ";";
  /** True when at least one cell was read with a decimal comma (`26,5`). */
  decimalComma: boolean;
  bom: boolean;
  lineEnding: "\n" | "\r\n";
}

export interface CsvOptions {
  /** Inputs larger than this many bytes (UTF-8) are rejected with CSV_TOO_LARGE. 100 MB unless set. */
  maxBytes?: number;
  /** Receives the fraction of the text parsed so far, from 0 to 1, at most 21 times. */
  onProgress?(fraction: number): void;
}

export type CsvResult =
  | { ok: true; table: Table; dialect: CsvDialect }
  | { ok: false; error: DataError<CsvErrorCode> };

/** Sizes in messages use decimal megabytes, as browsers and macOS show file sizes. */

/** Bytes (or characters, for string input) searched for signs of a binary file. */
const BINARY_CHECK_LENGTH = 1024;
const PROGRESS_STEP = 0.05;

const DOT_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d*,\d+(?:[eE][+-]?\d+)?$/;

/**
 * Parses CSV text or UTF-8 bytes into a table. Cells that read as numbers
 * become numbers, empty or blank cells become `null`, and all other cells
 * stay strings exactly as written. Header names are trimmed, and an empty
 * header cell is named `Unnamed: <index>` as pandas names it.
 */
export function parseCsv(input: string | Uint8Array, options: CsvOptions = {}): CsvResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === "string" ? utf8ByteLengthIfOver(input, maxBytes) : input.byteLength;
  if (size > maxBytes) {
    return fail("CSV_TOO_LARGE", { size: megabytes(size), limit: megabytes(maxBytes) });
  }

  const decoded = typeof input === "string" ? checkText(input) : decodeUtf8(input);
  if (!decoded.ok) return decoded;

  const bom = decoded.text.charCodeAt(0) === 0xfeff;
  const text = bom ? decoded.text.slice(1) : decoded.text;
  if (text.trim() === "") return fail("CSV_EMPTY_FILE", {});

  const lineEnding = detectLineEnding(text);
  const separator = detectSeparator(text);
  return parseText(text, { separator, bom, lineEnding }, options.onProgress);
}

interface ParseState {
  header: string[] | null;
  columns: Cell[][];
  rowCount: number;
  /** Spreadsheet row numbers of empty lines not yet followed by a data row. */
  blankRows: number[];
  decimalComma: boolean;
  error: DataError<CsvErrorCode> | null;
}

function parseText(text: string, dialect: Omit<CsvDialect, "decimalComma">, onProgress?: (fraction: number) => void): CsvResult {
  const state: ParseState = { header: null, columns: [], rowCount: 0, blankRows: [], decimalComma: false, error: null };
  const readCell = dialect.separator === ";" ? (raw: string) => readCellDecimalComma(raw, state) : readCellDotDecimal;
  let recordIndex = 0;
  let nextProgress = PROGRESS_STEP;
  let lastProgress = 0;

  // `step` runs synchronously for string input (papaparse 5.7.1), so the
  // columns are built while parsing, with no intermediate array of rows.
  Papa.parse<string[]>(text, {
    delimiter: dialect.separator,
    newline: dialect.lineEnding,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      const row = recordIndex + 1;
      recordIndex += 1;
      state.error = acceptRecord(state, result, row, readCell);
      if (state.error) {
        parser.abort();
        return;
      }

      const fraction = result.meta.cursor / text.length;
      if (onProgress && fraction >= nextProgress) {
        onProgress(fraction);
        lastProgress = fraction;
        nextProgress = (Math.floor(fraction / PROGRESS_STEP) + 1) * PROGRESS_STEP;
      }
    },
  });

  if (state.error) return { ok: false, error: state.error };
  if (state.header === null) return fail("CSV_EMPTY_FILE", {});
  if (state.rowCount === 0) return fail("CSV_HEADER_ONLY", {});
  if (onProgress && lastProgress < 1) onProgress(1);

  const columns: Record<string, Cell[]> = {};
  state.header.forEach((name, index) => {
    columns[name] = state.columns[index];
  });
  const table: Table = { kind: "table", columnNames: state.header, columns, rowCount: state.rowCount };
  return { ok: true, table, dialect: { ...dialect, decimalComma: state.decimalComma } };
}

/** Adds one parsed record to `state`, or returns the error it causes. */
function acceptRecord(
  state: ParseState,
  result: Papa.ParseStepResult<string[]>,
  row: number,
  readCell: (raw: string) => Cell,
): DataError<CsvErrorCode> | null {
  // With an explicit delimiter and header: false, papaparse 5.7.1 reports
  // only quote errors (MissingQuotes, InvalidQuotes).
  if (result.errors.length > 0) return { code: "CSV_INVALID_QUOTE", params: { row } };

  const values = result.data;
  const isBlankLine = values.length === 1 && values[0] === "";
  if (state.header === null) return isBlankLine ? null : acceptHeader(state, values);

  // Empty lines are held back because those at the end of the file are
  // dropped. Between data rows they are an error, except in a one-column
  // file, where an empty line is a missing value.
  if (isBlankLine) {
    state.blankRows.push(row);
    return null;
  }
  const expected = state.header.length;
  if (state.blankRows.length > 0) {
    if (expected > 1) return { code: "CSV_ROW_LENGTH", params: { row: state.blankRows[0], expected, actual: 0 } };
    for (let k = 0; k < state.blankRows.length; k++) state.columns[0].push(null);
    state.rowCount += state.blankRows.length;
    state.blankRows = [];
  }
  if (values.length !== expected) {
    return { code: "CSV_ROW_LENGTH", params: { row, expected, actual: values.length } };
  }

  for (let j = 0; j < expected; j++) state.columns[j].push(readCell(values[j]));
  state.rowCount += 1;
  return null;
}

function acceptHeader(state: ParseState, values: string[]): DataError<CsvErrorCode> | null {
  const names = values.map((value, index) => value.trim() || `Unnamed: ${index}`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) return { code: "CSV_DUPLICATE_COLUMN", params: { column: name } };
    seen.add(name);
  }
  state.header = names;
  state.columns = names.map(() => []);
  return null;
}

function readCellDotDecimal(raw: string): Cell {
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  if (DOT_DECIMAL.test(trimmed)) return Number(trimmed);
  return raw;
}

/**
 * Reads a cell of a `;`-separated file, where `26,5` is a decimal comma.
 * NOTE: `1.234` still reads as 1.234, not as 1234 with a thousands
 * separator, because exports of Kaggle's `1.0` values keep the dot.
 */
function readCellDecimalComma(raw: string, state: ParseState): Cell {
  const cell = readCellDotDecimal(raw);
  if (typeof cell !== "string") return cell;

  const trimmed = raw.trim();
  if (!COMMA_DECIMAL.test(trimmed)) return cell;
  state.decimalComma = true;
  return Number(trimmed.replace(",", "."));
}

/** Picks `;` when the first line has more semicolons than commas outside quotes. */
function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "\n") break;
    else if (char === ",") commas += 1;
    else if (char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Returns the ending of the first line. NOTE: a file whose lines end in a
 * bare `\r` (classic Mac OS) reads as one line, so it fails as header-only.
 */
function detectLineEnding(text: string): "\n" | "\r\n" {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}

type DecodeResult = { ok: true; text: string } | { ok: false; error: DataError<CsvErrorCode> };

/**
 * Decodes UTF-8 and keeps a BOM in the text. Rejects a NUL byte in the first
 * KB (a binary file, or UTF-16 text) and invalid UTF-8 anywhere, which is
 * what a spreadsheet's Windows-1252 export with accents contains.
 */
function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const nul = bytes.subarray(0, BINARY_CHECK_LENGTH).indexOf(0);
  if (nul >= 0) return notText(bytes, nul);
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return notText(bytes, firstInvalidUtf8(bytes));
  }
}

/** Applies the binary check to text decoded elsewhere, where invalid bytes became U+FFFD. */
function checkText(text: string): DecodeResult {
  const head = text.slice(0, BINARY_CHECK_LENGTH);
  const suspect = head.search(/[\u0000\uFFFD]/);
  if (suspect >= 0) return fail("CSV_NOT_TEXT", { line: lineOf(head, suspect) });
  return { ok: true, text };
}

function notText(bytes: Uint8Array, offset: number): DecodeResult {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
  return fail("CSV_NOT_TEXT", { line });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === "\n") line += 1;
  return line;
}

/** Returns the offset of the first byte that starts an invalid UTF-8 sequence, or the length if none does. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }

    let length: number;
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
    else return i;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    if (lead === 0xe0) secondMin = 0xa0;
    if (lead === 0xed) secondMax = 0x9f;
    if (lead === 0xf0) secondMin = 0x90;
    if (lead === 0xf4) secondMax = 0x8f;

    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < secondMin || bytes[i + 1] > secondMax) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return bytes.length;
}

/** Returns the UTF-8 size of `text`, or its length when that cannot exceed `limit`. */
function utf8ByteLengthIfOver(text: string, limit: number): number {
  // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair takes 4 for 2 units).
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}


function fail(code: CsvErrorCode, params: ErrorParams): { ok: false; error: DataError<CsvErrorCode> } {
  return { ok: false, error: { code, params } };
}
