/**
 * Table to CSV text for files that students open in a spreadsheet, such as
 * the CLI's `--out` predictions.
 */
import type { Cell, Table } from "./table";

/** First characters that make Excel, LibreOffice and Google Sheets read a text cell as a formula. */
const FORMULA_PREFIXES = ["=", "+", "-", "@"];

/**
 * Formats one cell. A string that starts with `=`, `+`, `-` or `@` gets a
 * leading `'`, so a spreadsheet shows it as text instead of running it
 * (CSV injection). Numbers are written as numbers, unescaped, because a
 * finite number such as `-0.5` is data, not a formula. A cell with a comma,
 * a quote or a line break is quoted as RFC 4180 describes, and `null` is empty.
 */
export function formatCsvCell(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";

  const text = FORMULA_PREFIXES.some((prefix) => cell.startsWith(prefix)) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes `table` as comma-separated text with a header row and `\n` line
 * endings. Header names are escaped like text cells.
 *
 * @example
 * tableToCsv(tableFromColumns({ name: ["=1+1"], proba: [0.25] })); // "name,proba\n'=1+1,0.25\n"
 */
export function tableToCsv(table: Table): string {
  const lines = [table.columnNames.map(formatCsvCell).join(",")];
  for (let row = 0; row < table.rowCount; row++) {
    lines.push(table.columnNames.map((name) => formatCsvCell(table.columns[name][row])).join(","));
  }
  return `${lines.join("\n")}\n`;
}
