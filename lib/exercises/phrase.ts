/**
 * Phrases findings and figures in the user's language, for the checklist,
 * the canvas and the grading CLI's feedback files alike.
 */
import type { Locale } from "../i18n";
import { messageKeys, translate, translateError } from "../i18n";
import type { Figure, Finding } from "./result";

/** Parameters that hold a class of rows (`test`) or a list of them, translated before they fill a message. */
const ROW_PARAMS = new Set(["rows", "actual"]);
const ROW_CLASS_NAMES = new Set(["train", "test", "inference", "whole"]);

const reasonKeys = new Map<Locale, Set<string>>();

function hasReason(locale: Locale, key: string): boolean {
  let keys = reasonKeys.get(locale);
  if (!keys) {
    keys = new Set(messageKeys(locale));
    reasonKeys.set(locale, keys);
  }
  return keys.has(key);
}

/**
 * Returns the sentence for a finding: a grading reason, or the engine's
 * message for a validation problem (`CYCLE`, `DANGLING_INPUT`, …).
 *
 * @example
 * phraseFinding("en", { code: "UNUSED_PARAMETER", params: { key: "train" } });
 * // "No node reads the block train of parameters.yml. Connect it to a node or remove it."
 */
export function phraseFinding(locale: Locale, finding: Finding): string {
  const params: Record<string, string | number> = { ...finding.params };
  for (const name of ROW_PARAMS) {
    const value = params[name];
    if (typeof value === "string" && value !== "") {
      params[name] = value
        .split(", ")
        .map((rows) => (ROW_CLASS_NAMES.has(rows) ? translate(locale, `grading.rows.${rows}`) : rows))
        .join(", ");
    }
  }
  if (finding.cause) params.reason = translateError(locale, finding.cause.code, finding.cause.params);

  const key = `grading.reason.${finding.code}`;
  return hasReason(locale, key) ? translate(locale, key, params) : translateError(locale, finding.code, params);
}

/** Formats a figure beside its threshold, e.g. "test_accuracy: 0,9667 (mínimo 0,9)". */
export function phraseFigure(locale: Locale, figure: Figure): string {
  const value = formatNumber(locale, figure.value);
  const key = `grading.figureName.${figure.name}`;
  const named = translate(locale, key);
  // A figure the dictionaries do not name keeps its id, which the spec file shows too.
  const name = named === key ? figure.name : named;
  if (figure.min !== undefined) return translate(locale, "grading.figureMin", { name, value, min: formatNumber(locale, figure.min) });
  if (figure.max !== undefined) return translate(locale, "grading.figureMax", { name, value, max: formatNumber(locale, figure.max) });
  return translate(locale, "grading.figure", { name, value });
}

/** Up to four decimals, with the locale's decimal separator. */
export function formatNumber(locale: Locale, value: number): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 4 });
}
