"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";

/** Tells a reader of a condensed translation that the pt-BR lesson is longer, with a button to switch. */
export function SummaryNotice() {
  const { t, setLocale } = useLocale();
  return (
    <aside className="mb-8 rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-slate-800 dark:border-amber-400 dark:bg-amber-950/40 dark:text-slate-100" data-testid="summary-notice">
      <p>{t("course.lesson.summaryNotice")}</p>
      <button type="button" onClick={() => setLocale("pt-BR")} className="mt-2 font-medium text-brand-700 underline dark:text-sky-300">
        {t("course.lesson.readFull")}
      </button>
    </aside>
  );
}
