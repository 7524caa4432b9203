"use client";

import Link from "next/link";
import { LOCALES } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { useLocale } from "@/components/i18n/LocaleProvider";

const LOCALE_LABELS: Record<Locale, string> = { "pt-BR": "Português (BR)", en: "English" };

export function Header() {
  const { locale, setLocale, t } = useLocale();

  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-900 dark:text-slate-100">
          {t("app.name")}
        </Link>
        <nav aria-label="principal" className="flex gap-4 text-sm">
          <Link href="/lessons" className="text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-sky-300">
            {t("nav.lessons")}
          </Link>
          <Link href="/exercises" prefetch={false} className="text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-sky-300">
            {t("nav.exercises")}
          </Link>
          <Link href="/glossary" className="text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-sky-300">
            {t("course.nav.glossary")}
          </Link>
          <Link href="/progress" className="text-slate-700 hover:text-brand-700 dark:text-slate-300 dark:hover:text-sky-300">
            {t("course.nav.progress")}
          </Link>
        </nav>
        <label className="ml-auto flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          {t("nav.language")}
          <select
            data-testid="language-switch"
            value={locale}
            onChange={(event) => setLocale(event.target.value as Locale)}
            className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
          >
            {LOCALES.map((code) => (
              <option key={code} value={code}>
                {LOCALE_LABELS[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
