"use client";

import { useLayoutEffect } from "react";
import type { RefObject } from "react";

/** A slide's layout size in CSS pixels; the deck zooms it to fit each pane. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** Gap around a slide and between overview tiles, in CSS pixels. */
const PANE_GAP = 16;
const MIN_TILE_WIDTH = 220;
const MAX_OVERVIEW_COLUMNS = 5;

/**
 * Sets the zoom that fits a 16:9 slide in the pane (`--deck-scale`) and the
 * overview's column count and tile zoom (`--overview-columns`,
 * `--tile-scale`) as CSS custom properties on the pane, and keeps them
 * right when the window is resized.
 */
export function usePaneScale(paneRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;

    const update = () => {
      const width = pane.clientWidth;
      const height = pane.clientHeight;
      if (width === 0 || height === 0) return;

      const scale = Math.min((width - 2 * PANE_GAP) / SLIDE_WIDTH, (height - 2 * PANE_GAP) / SLIDE_HEIGHT);
      pane.style.setProperty("--deck-scale", String(Math.max(0.05, scale)));

      const columns = Math.max(1, Math.min(MAX_OVERVIEW_COLUMNS, Math.floor((width - PANE_GAP) / (MIN_TILE_WIDTH + PANE_GAP))));
      const tileWidth = (width - PANE_GAP * (columns + 1)) / columns;
      pane.style.setProperty("--overview-columns", String(columns));
      pane.style.setProperty("--tile-scale", String(Math.max(0.05, tileWidth / SLIDE_WIDTH)));
      pane.dataset.columns = String(columns);
    };

    update();
    const observer = new ResizeObserver(update);
    observer.observe(pane);
    return () => observer.disconnect();
  }, [paneRef]);
}
