"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE, isLocale, translate, translateError } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";

const STORAGE_KEY = "deploy-lab.locale";

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: string, params?: Record<string, string | number>): string;
  tError(code: string, params: Record<string, string | number>): string;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

/**
 * Holds the UI language. Pages are prerendered in pt-BR; a stored choice of
 * English is applied after hydration so server and client HTML match.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(DEFAULT_LOCALE);
  // False until the stored choice is read, so the page is not revealed in pt-BR first.
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage can be blocked (private mode, policies); pt-BR stays.
    }
    if (isLocale(stored)) setLocaleState(stored);
    setRestored(true);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    if (restored) document.documentElement.classList.remove("locale-pending");
  }, [locale, restored]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // The choice then lasts only for this page view.
    }
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      tError: (code, params) => translateError(locale, code, params),
    }),
    [locale, setLocale],
  );

  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale must be used inside <LocaleProvider>");
  return value;
}

/** Translated text for server components, which cannot read the context. */
export function T({ k, params }: { k: string; params?: Record<string, string | number> }) {
  return <>{useLocale().t(k, params)}</>;
}

/** Renders its children only in the given locale (for per-locale MDX bodies). */
export function LocaleOnly({ locale, children }: { locale: Locale; children: ReactNode }) {
  const current = useLocale().locale;
  return <div hidden={current !== locale} lang={locale}>{children}</div>;
}
