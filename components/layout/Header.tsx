"use client";

import Link from "next/link";
import { LOCALES } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n";
import { useLocale } from "@/components/i18n/LocaleProvider";

const LOCALE_LABELS: Record<Locale, string> = { "pt-BR": "Português (BR)", en: "English" };

export function Header() {
  const { locale, setLocale, t } = useLocale();

  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-900">
          {t("app.name")}
        </Link>
        <nav aria-label="principal" className="flex gap-4 text-sm">
          <Link href="/lessons" className="text-slate-700 hover:text-brand-700">
            {t("nav.lessons")}
          </Link>
          <Link href="/exercises/iris" prefetch={false} className="text-slate-700 hover:text-brand-700">
            {t("nav.exercises")}
          </Link>
        </nav>
        <label className="ml-auto flex items-center gap-2 text-sm text-slate-700">
          {t("nav.language")}
          <select
            data-testid="language-switch"
            value={locale}
            onChange={(event) => setLocale(event.target.value as Locale)}
            className="rounded border border-slate-300 bg-white px-2 py-1"
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
