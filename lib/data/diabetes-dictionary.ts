/**
 * The data dictionary of the diabetes data set (CDC BRFSS 2015 survey, as
 * published on Kaggle as "Diabetes Health Indicators Dataset"): each column's
 * type and meaning, and its YAML form, which students can read and edit.
 *
 * @example
 * parseDictionaryYaml(dictionaryToYaml(DIABETES_DICTIONARY)); // { ok: true, dictionary: [...] }
 */
import { isMap, parseDocument, stringify } from "yaml";
import type { DataError } from "./csv";

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
  "DICTIONARY_UNKNOWN_TYPE",
  "DICTIONARY_MISSING_COLUMN",
] as const;
export type DictionaryErrorCode = (typeof DICTIONARY_ERROR_CODES)[number];

export type DictionaryResult =
  | { ok: true; dictionary: DictionaryEntry[] }
  | { ok: false; error: DataError<DictionaryErrorCode> };

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
 * Reads a dictionary written by `dictionaryToYaml`. Every column of
 * DIABETES_DICTIONARY must appear exactly once (a repeated key is a YAML
 * error) with a known type. The result follows DIABETES_DICTIONARY's order,
 * whatever the order in the YAML.
 */
export function parseDictionaryYaml(text: string): DictionaryResult {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return fail("YAML_SYNTAX", { message: document.errors[0].message.split("\n")[0] });
  }
  if (!isMap(document.contents)) return fail("DICTIONARY_NOT_MAPPING", {});

  const known = DIABETES_DICTIONARY.map((entry) => entry.column);
  const entries = new Map<string, DictionaryEntry>();
  for (const [column, value] of Object.entries(document.toJS() as Record<string, unknown>)) {
    if (!known.includes(column)) return fail("DICTIONARY_UNKNOWN_COLUMN", { column, known: known.join(", ") });

    const entry = readEntry(column, value);
    if (!entry.ok) return entry;
    entries.set(column, entry.entry);
  }

  const missing = known.find((column) => !entries.has(column));
  if (missing !== undefined) return fail("DICTIONARY_MISSING_COLUMN", { column: missing });
  return { ok: true, dictionary: known.map((column) => entries.get(column)!) };
}

function readEntry(column: string, value: unknown): { ok: true; entry: DictionaryEntry } | { ok: false; error: DataError<DictionaryErrorCode> } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("DICTIONARY_ENTRY_INVALID", { column });

  const { type, description = "", ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof type !== "string" || typeof description !== "string") {
    return fail("DICTIONARY_ENTRY_INVALID", { column });
  }
  if (!(DICTIONARY_COLUMN_TYPES as readonly string[]).includes(type)) {
    return fail("DICTIONARY_UNKNOWN_TYPE", { column, type, known: DICTIONARY_COLUMN_TYPES.join(", ") });
  }
  return { ok: true, entry: { column, type: type as DictionaryColumnType, description } };
}

function fail(code: DictionaryErrorCode, params: DataError["params"]): { ok: false; error: DataError<DictionaryErrorCode> } {
  return { ok: false, error: { code, params } };
}
