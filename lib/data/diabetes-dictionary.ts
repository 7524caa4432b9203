/**
 * The data dictionary of the diabetes data set (CDC BRFSS 2015 survey, as
 * published on Kaggle as "Diabetes Health Indicators Dataset"): each column's
 * type and meaning, and its YAML form, which students can read and edit.
 *
 * @example
 * parseDictionaryYaml(dictionaryToYaml(DIABETES_DICTIONARY)); // { ok: true, dictionary: [...] }
 */
import { isMap, isScalar, LineCounter, parseDocument, stringify } from "yaml";
import type { Document, Node, Pair } from "yaml";
import type { ErrorParams } from "../pipeline/errors";

export const DICTIONARY_COLUMN_TYPES = ["Boolean", "Float", "Ordinal", "Categorical"] as const;
export type DictionaryColumnType = (typeof DICTIONARY_COLUMN_TYPES)[number];

export interface DictionaryEntry {
  column: string;
  type: DictionaryColumnType;
  description: string;
}

/** The target first, then the 21 features in the order of the Kaggle files. */
export const DIABETES_DICTIONARY: readonly DictionaryEntry[] = [
  { column: "Diabetes", type: "Categorical", description: "0 = no diabetes, 1 = prediabetes or diabetes" },
  { column: "HighBP", type: "Boolean", description: "High blood pressure: 0 = no, 1 = yes" },
  { column: "HighChol", type: "Boolean", description: "High cholesterol: 0 = no, 1 = yes" },
  { column: "CholCheck", type: "Boolean", description: "Cholesterol checked in the past 5 years: 0 = no, 1 = yes" },
  { column: "BMI", type: "Float", description: "Body mass index (kg/m²)" },
  { column: "Smoker", type: "Boolean", description: "Smoked at least 100 cigarettes in their life: 0 = no, 1 = yes" },
  { column: "Stroke", type: "Boolean", description: "Was ever told they had a stroke: 0 = no, 1 = yes" },
  {
    column: "HeartDiseaseorAttack",
    type: "Boolean",
    description: "Coronary heart disease or myocardial infarction: 0 = no, 1 = yes",
  },
  { column: "PhysActivity", type: "Boolean", description: "Physical activity in the past 30 days, not counting work: 0 = no, 1 = yes" },
  { column: "Fruits", type: "Boolean", description: "Eats fruit once a day or more: 0 = no, 1 = yes" },
  { column: "Veggies", type: "Boolean", description: "Eats vegetables once a day or more: 0 = no, 1 = yes" },
  {
    column: "HvyAlcoholConsump",
    type: "Boolean",
    description: "Heavy drinker (men: more than 14 drinks a week, women: more than 7): 0 = no, 1 = yes",
  },
  { column: "AnyHealthcare", type: "Boolean", description: "Has any health care coverage, such as health insurance: 0 = no, 1 = yes" },
  {
    column: "NoDocbcCost",
    type: "Boolean",
    description: "Needed a doctor in the past 12 months but could not pay for one: 0 = no, 1 = yes",
  },
  { column: "GenHlth", type: "Ordinal", description: "Self-rated general health: 1 = excellent, 2 = very good, 3 = good, 4 = fair, 5 = poor" },
  { column: "MentHlth", type: "Ordinal", description: "Days of poor mental health in the past 30 days (0–30)" },
  { column: "PhysHlth", type: "Ordinal", description: "Days of physical illness or injury in the past 30 days (0–30)" },
  { column: "DiffWalk", type: "Boolean", description: "Serious difficulty walking or climbing stairs: 0 = no, 1 = yes" },
  { column: "Sex", type: "Categorical", description: "0 = female, 1 = male" },
  { column: "Age", type: "Categorical", description: "Age band of 5 years: 1 = 18–24, 9 = 60–64, 13 = 80 or older" },
  {
    column: "Education",
    type: "Categorical",
    description: "Education level: 1 = never attended school or only kindergarten, 4 = high school graduate, 6 = college graduate",
  },
  { column: "Income", type: "Categorical", description: "Household income: 1 = less than $10,000, 5 = less than $35,000, 8 = $75,000 or more" },
];

export const DICTIONARY_ERROR_CODES = [
  "YAML_SYNTAX",
  "DICTIONARY_NOT_MAPPING",
  "DICTIONARY_ENTRY_INVALID",
  "DICTIONARY_UNKNOWN_COLUMN",
  "DICTIONARY_COLUMN_NOT_IN_FILE",
  "DICTIONARY_DUPLICATE_COLUMN",
  "DICTIONARY_UNKNOWN_TYPE",
  "DICTIONARY_TARGET_TYPE",
  "DICTIONARY_MISSING_COLUMN",
] as const;
export type DictionaryErrorCode = (typeof DICTIONARY_ERROR_CODES)[number];

/** A problem in the dictionary text, at a 1-based line and column; phrased through lib/i18n as `error.<code>`. */
export interface DictionaryError {
  line: number;
  column: number;
  code: DictionaryErrorCode;
  params: ErrorParams;
}

export type DictionaryResult = { ok: true; dictionary: DictionaryEntry[] } | { ok: false; errors: DictionaryError[] };

export interface DictionaryCheckOptions {
  /**
   * Columns the dictionary must describe, each exactly once, in the order
   * the result follows. The columns of DIABETES_DICTIONARY unless set.
   */
  columns?: readonly string[];
  /** File the columns come from. When set, an extra column is DICTIONARY_COLUMN_NOT_IN_FILE naming it. */
  fileName?: string;
  /** The target column, whose type must be Categorical. The dictionary's first column, `Diabetes`, unless set. */
  target?: string;
}

/** The one type a target may have: the model predicts it as a class label. */
export const TARGET_TYPE: DictionaryColumnType = "Categorical";

/**
 * Writes a dictionary as a YAML mapping from column name to `type` and
 * `description`, in the dictionary's order.
 */
export function dictionaryToYaml(dictionary: readonly DictionaryEntry[]): string {
  const header = `# Column types: ${DICTIONARY_COLUMN_TYPES.join(", ")}.\n`;
  const mapping: Record<string, { type: DictionaryColumnType; description: string }> = {};
  for (const entry of dictionary) mapping[entry.column] = { type: entry.type, description: entry.description };
  return header + stringify(mapping, { lineWidth: 0 });
}

/**
 * Reads a dictionary written by `dictionaryToYaml` and checks it against the
 * data: every column of `options.columns` must appear exactly once, with a
 * known type, and the target must be Categorical. Returns every problem
 * found, each at the line of the key or value at fault, or the entries in
 * the order of `options.columns`, whatever the order in the YAML.
 */
export function parseDictionaryYaml(text: string, options: DictionaryCheckOptions = {}): DictionaryResult {
  const columns = options.columns ?? DIABETES_DICTIONARY.map((entry) => entry.column);
  const target = options.target ?? DIABETES_DICTIONARY[0].column;
  const lineCounter = new LineCounter();
  // Repeated keys are reported below as DICTIONARY_DUPLICATE_COLUMN, with both lines.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const positionAt = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const positionOf = (node: Node | null | undefined) => positionAt(node?.range?.[0] ?? 0);

  if (document.errors.length > 0) {
    const errors = document.errors.map((error): DictionaryError => ({
      ...positionAt(error.pos[0]),
      code: "YAML_SYNTAX",
      params: { message: error.message.split("\n")[0] },
    }));
    return { ok: false, errors };
  }
  const contents = document.contents;
  if (!isMap(contents)) return { ok: false, errors: [{ ...positionOf(contents), code: "DICTIONARY_NOT_MAPPING", params: {} }] };

  const errors: DictionaryError[] = [];
  const entries = new Map<string, DictionaryEntry>();
  const firstLines = new Map<string, number>();
  for (const pair of contents.items) {
    const keyNode = pair.key as Node | null;
    const column = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const at = positionOf(keyNode);

    const firstLine = firstLines.get(column);
    if (firstLine !== undefined) {
      errors.push({ ...at, code: "DICTIONARY_DUPLICATE_COLUMN", params: { column, firstLine } });
      continue;
    }
    firstLines.set(column, at.line);
    if (!columns.includes(column)) {
      errors.push(
        options.fileName === undefined
          ? { ...at, code: "DICTIONARY_UNKNOWN_COLUMN", params: { column, known: columns.join(", ") } }
          : { ...at, code: "DICTIONARY_COLUMN_NOT_IN_FILE", params: { column, file: options.fileName, known: columns.join(", ") } },
      );
      continue;
    }

    const entry = readEntry(document, pair, column, target, positionOf);
    if ("error" in entry) errors.push(entry.error);
    else entries.set(column, entry);
  }

  // A missing column is reported where it would be added: after the last entry.
  const end = positionAt(Math.max(0, (contents.range?.[1] ?? text.length) - 1));
  for (const column of columns) {
    if (!firstLines.has(column)) errors.push({ line: end.line, column: 1, code: "DICTIONARY_MISSING_COLUMN", params: { column } });
  }

  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  return { ok: true, dictionary: columns.map((column) => entries.get(column)!) };
}

function readEntry(
  document: Document.Parsed,
  pair: Pair,
  column: string,
  target: string,
  positionOf: (node: Node | null | undefined) => { line: number; column: number },
): DictionaryEntry | { error: DictionaryError } {
  const value = pair.value as Node | null;
  const invalid = { error: { ...positionOf(value ?? (pair.key as Node)), code: "DICTIONARY_ENTRY_INVALID" as const, params: { column } } };
  if (!isMap(value)) return invalid;

  const fields = value.toJS(document) as Record<string, unknown>;
  const { type, description = "", ...rest } = fields;
  if (Object.keys(rest).length > 0 || typeof type !== "string" || typeof description !== "string") return invalid;

  const typeAt = positionOf(value.get("type", true) as Node);
  if (!(DICTIONARY_COLUMN_TYPES as readonly string[]).includes(type)) {
    return { error: { ...typeAt, code: "DICTIONARY_UNKNOWN_TYPE", params: { column, type, known: DICTIONARY_COLUMN_TYPES.join(", ") } } };
  }
  if (column === target && type !== TARGET_TYPE) {
    return { error: { ...typeAt, code: "DICTIONARY_TARGET_TYPE", params: { column, type, expected: TARGET_TYPE } } };
  }
  return { column, type: type as DictionaryColumnType, description };
}
