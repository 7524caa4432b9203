"use client";

import { useId, useMemo, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { CLOUD_CATEGORIES, CLOUD_SERVICES, filterCloudServices } from "@/lib/content/cloud-services";
import type { CloudCategory } from "@/lib/content/cloud-services";

const CHIP_CLASS =
  "rounded-full border px-3 py-1 text-sm aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white border-slate-300 text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-400 dark:aria-pressed:text-slate-950";

/** Renders the Azure/AWS/GCP comparison with category buttons and a search box, and announces how many rows are shown. */
export function CloudServiceTable() {
  const { t, locale } = useLocale();
  const searchId = useId();
  const captionId = useId();
  const [category, setCategory] = useState<CloudCategory | null>(null);
  const [query, setQuery] = useState("");
  const rows = useMemo(() => filterCloudServices(CLOUD_SERVICES, { category, query, locale }), [category, query, locale]);

  return (
    <section aria-labelledby={captionId} className="not-prose my-8 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900" data-testid="cloud-table">
      <h3 id={captionId} className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        {t("course.cloud.title")}
      </h3>

      <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label={t("course.cloud.categories")}>
        <button type="button" aria-pressed={category === null} onClick={() => setCategory(null)} className={CHIP_CLASS}>
          {t("course.cloud.allCategories")}
        </button>
        {CLOUD_CATEGORIES.map((item) => (
          <button key={item} type="button" aria-pressed={category === item} onClick={() => setCategory(item)} className={CHIP_CLASS}>
            {t(`course.cloud.category.${item}`)}
          </button>
        ))}
      </div>

      <div className="mt-3 flex flex-wrap items-center gap-3">
        <label htmlFor={searchId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {t("course.cloud.search")}
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t("course.cloud.searchPlaceholder")}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {t("course.cloud.count", { shown: rows.length, total: CLOUD_SERVICES.length })}
        </p>
      </div>

      {/* Focusable so keyboard users can scroll the table sideways on a narrow screen. */}
      <div tabIndex={0} role="group" aria-labelledby={captionId} className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200">
              <th scope="col" className="py-2 pr-3">{t("course.cloud.need")}</th>
              <th scope="col" className="py-2 pr-3">{t("course.cloud.category")}</th>
              <th scope="col" className="py-2 pr-3">Azure</th>
              <th scope="col" className="py-2 pr-3">AWS</th>
              <th scope="col" className="py-2">GCP</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((service) => (
              <tr key={service.id} data-category={service.category} className="border-b border-slate-100 align-top text-slate-800 dark:border-slate-800 dark:text-slate-200">
                <th scope="row" className="py-2 pr-3 font-medium">{service.need[locale]}</th>
                <td className="py-2 pr-3 text-slate-600 dark:text-slate-400">{t(`course.cloud.category.${service.category}`)}</td>
                <td className="py-2 pr-3">{service.azure}</td>
                <td className="py-2 pr-3">{service.aws}</td>
                <td className="py-2 font-medium text-brand-700 dark:text-sky-300">{service.gcp}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="py-4 text-slate-600 dark:text-slate-300">{t("course.cloud.empty")}</p>}
      </div>
    </section>
  );
}
