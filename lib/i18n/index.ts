/**
 * The app's one i18n layer: pt-BR first, English second. Plain data and a
 * pure `translate`, so the UI, the Web Worker and the CLI phrase the same
 * message the same way.
 *
 * @example
 * translate("en", "problem.CYCLE", { path: "a → b → a" });
 */
import { en } from "./en";
import { FEATURE_MESSAGES } from "./messages";
import { ptBR } from "./pt-BR";

export const LOCALES = ["pt-BR", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "pt-BR";

export type Messages = Record<string, string>;
export type MessageKey = keyof typeof ptBR;

const dictionaries: Record<Locale, Messages> = {
  "pt-BR": Object.assign({}, ptBR, ...FEATURE_MESSAGES.map((m) => m["pt-BR"])),
  en: Object.assign({}, en, ...FEATURE_MESSAGES.map((m) => m.en)),
};

/** Returns every key of a locale, base and feature modules together (for tests). */
export function messageKeys(locale: Locale): string[] {
  return Object.keys(dictionaries[locale]);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Returns the message for `key` with `{name}` placeholders filled in. Falls
 * back to pt-BR, then to the key itself, so a missing translation shows up
 * on screen instead of an empty string.
 */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? formatValue(locale, params[name]) : match));
}

function formatValue(locale: Locale, value: string | number): string {
  if (typeof value !== "number" || Number.isInteger(value)) return String(value);
  return value.toLocaleString(locale, { maximumFractionDigits: 4 });
}

/** Phrases an engine error code (`COLUMN_NOT_FOUND`, `CYCLE`, …) for the user. */
export function translateError(locale: Locale, code: string, params: Record<string, string | number>): string {
  const key = `error.${code}`;
  if (key in dictionaries[DEFAULT_LOCALE]) return translate(locale, key, params);
  return translate(locale, "error.UNKNOWN", { code, ...params });
}
