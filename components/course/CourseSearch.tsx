"use client";

import MiniSearch from "minisearch";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { MIN_QUERY_LENGTH, QUERY_OPTIONS, SEARCH_INDEX_PATH, SEARCH_OPTIONS } from "@/lib/content/search";
import type { SearchDocument, SearchHit } from "@/lib/content/search";

type IndexState = { status: "idle" | "loading" } | { status: "ready"; index: MiniSearch<SearchDocument> } | { status: "failed"; reason: string };

const MAX_RESULTS = 12;

/**
 * Searches the full text of every lesson, in the reader's language. The index is
 * a static file built with the site; it is fetched the first time the reader
 * types, so the course home stays light. The query lives in the URL (`?q=`)
 * so a search can be shared as a link.
 */
export function CourseSearch() {
  const { t, locale } = useLocale();
  const inputId = useId();
  const [query, setQuery] = useState("");
  const [state, setState] = useState<IndexState>({ status: "idle" });
  const requested = useRef(false);

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get("q");
    if (fromUrl) setQuery(fromUrl);
  }, []);

  useEffect(() => {
    if (query.trim().length < MIN_QUERY_LENGTH || requested.current) return;
    requested.current = true;
    setState({ status: "loading" });
    fetch(SEARCH_INDEX_PATH)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((json) => setState({ status: "ready", index: MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS) }))
      .catch((error: Error) => {
        // Allow another attempt on the next keystroke, e.g. once the network is back.
        requested.current = false;
        setState({ status: "failed", reason: error.message });
      });
  }, [query]);

  const hits = useMemo<SearchHit[]>(() => {
    if (state.status !== "ready" || query.trim().length < MIN_QUERY_LENGTH) return [];
    const results = state.index.search(query, { ...QUERY_OPTIONS, filter: (result) => result.locale === locale });
    return results.slice(0, MAX_RESULTS) as unknown as SearchHit[];
  }, [state, query, locale]);

  function handleChange(value: string) {
    setQuery(value);
    const url = value.trim() ? `${window.location.pathname}?q=${encodeURIComponent(value)}` : window.location.pathname;
    window.history.replaceState(null, "", url);
  }

  const active = query.trim().length >= MIN_QUERY_LENGTH;

  return (
    <div role="search" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <label htmlFor={inputId} className="font-semibold text-slate-900 dark:text-slate-100">
        {t("course.search.label")}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        onChange={(event) => handleChange(event.target.value)}
        placeholder={t("course.search.placeholder")}
        autoComplete="off"
        className="mt-2 w-full rounded border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      />
      <p role="status" className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        {active && state.status === "loading" && t("course.search.loading")}
        {active && state.status === "failed" && t("course.search.failed", { reason: state.reason })}
        {active && state.status === "ready" && (hits.length === 0 ? t("course.search.none", { query }) : t("course.search.count", { count: hits.length }))}
      </p>
      {hits.length > 0 && (
        <ol className="mt-2 divide-y divide-slate-100 dark:divide-slate-800" data-testid="search-results">
          {hits.map((hit) => (
            <li key={hit.id} className="py-3">
              <a href={`/lessons/${hit.slug}${hit.anchor ? `#${hit.anchor}` : ""}`} className="font-medium text-brand-700 hover:underline dark:text-sky-300">
                {hit.lessonTitle}
                {hit.heading && <span className="text-slate-600 dark:text-slate-300"> › {hit.heading}</span>}
              </a>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{hit.excerpt}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
