"use client";

import { useEffect } from "react";
import type { PreloadEntry, PreloadSource } from "@/lib/data/preload";
import { PRELOAD_ROUTE } from "@/lib/data/preload";
import type { DataFileSlot } from "./exercises";
import type { DataFileState } from "./useRunner";

interface PreloadActions {
  preloadData(source: PreloadSource, labeled: boolean): void;
  failData(dataset: string, file: Extract<DataFileState, { status: "failed" }>): void;
}

/**
 * Asks the server once, when the page opens, which data files the
 * deployment preloads, and starts loading those of the exercise's slots.
 * A missing route (404) means no preload; the file picker works either way.
 */
export function usePreload(slots: readonly DataFileSlot[], actions: PreloadActions): void {
  const { preloadData, failData } = actions;
  useEffect(() => {
    if (slots.length === 0) return;
    const controller = new AbortController();
    void fetchEntries(controller.signal).then((entries) => {
      for (const entry of entries) {
        const dataset = entry.ok ? entry.source.dataset : entry.dataset;
        const slot = slots.find((candidate) => candidate.dataset === dataset);
        if (!slot) continue;
        if (entry.ok) preloadData(entry.source, slot.labeled);
        else failData(dataset, { status: "failed", name: entry.location, error: entry.error });
      }
    });
    return () => controller.abort();
  }, [slots, preloadData, failData]);
}

async function fetchEntries(signal: AbortSignal): Promise<PreloadEntry[]> {
  try {
    const response = await fetch(PRELOAD_ROUTE, { signal, cache: "no-store" });
    if (!response.ok) return [];
    const body = (await response.json()) as { entries?: PreloadEntry[] };
    return Array.isArray(body.entries) ? body.entries : [];
  } catch (error) {
    if (!signal.aborted) console.warn("Could not read the preload configuration:", error);
    return [];
  }
}
