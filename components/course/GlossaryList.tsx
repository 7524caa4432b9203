"use client";

import { useEffect } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { sortedGlossary } from "@/lib/content/glossary";

/**
 * Lists the glossary in the reader's language, sorted with that language's
 * collation. Each entry's id is its term id, so `/glossary#data-catalog`
 * lands on it in either language.
 */
export function GlossaryList() {
  const { locale } = useLocale();

  // The English list is sorted differently, so after a switch the fragment target may have moved.
  useEffect(() => {
    const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    target?.scrollIntoView();
  }, [locale]);

  return (
    <dl className="mt-8 divide-y divide-slate-200 dark:divide-slate-800">
      {sortedGlossary(locale).map((entry) => (
        <div key={entry.id} id={entry.id} className="scroll-mt-6 py-4 target:rounded target:bg-amber-50 target:px-3 dark:target:bg-amber-950/40">
          <dt className="font-semibold text-slate-900 dark:text-slate-100">
            {entry.term[locale]}
            {locale !== "en" && (
              <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400" lang="en">
                ({entry.term.en})
              </span>
            )}
          </dt>
          <dd className="mt-1 text-slate-700 dark:text-slate-300">{entry.definition[locale]}</dd>
        </div>
      ))}
    </dl>
  );
}
