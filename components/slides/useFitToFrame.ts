"use client";

import { useLayoutEffect } from "react";
import type { RefObject } from "react";

/** Smallest zoom a slide's content may get, since smaller text is unreadable. Content still too big then scrolls inside its box. */
export const MIN_FIT_ZOOM = 0.4;
const MAX_PASSES = 4;

/**
 * Zooms a slide's content out until it fits its box, because lesson text
 * was written for a scrolling page and some slides are too long for 16:9.
 * Zooming out lets the text reflow wider, so each pass rescales by the
 * measured overflow and checks again. Runs again whenever the content
 * changes size (fonts loading, a live run's results appearing).
 *
 * Sets `data-fit` (the zoom) and `data-overflow` on the box for tests.
 */
export function useFitToFrame(boxRef: RefObject<HTMLElement | null>, contentRef: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const box = boxRef.current;
    const content = contentRef.current;
    if (!box || !content) return;

    let zoom = 1;
    const fit = () => {
      const boxRect = box.getBoundingClientRect();
      // A slide in a hidden locale or pane has no layout to measure.
      if (boxRect.height === 0 || boxRect.width === 0) return;

      for (let pass = 0; pass < MAX_PASSES; pass += 1) {
        const ratio = overflowRatio(box, content);
        const next = Math.min(1, Math.max(MIN_FIT_ZOOM, zoom / ratio));
        if (Math.abs(next - zoom) < 0.005) break;
        zoom = next;
        content.style.zoom = String(zoom);
      }
      // Growing back can make the text wrap into more lines than measured: step down until it fits.
      while (overflowRatio(box, content) > 1.001 && zoom > MIN_FIT_ZOOM) {
        zoom = Math.max(MIN_FIT_ZOOM, zoom * 0.97);
        content.style.zoom = String(zoom);
      }

      box.dataset.fit = zoom.toFixed(3);
      box.dataset.overflow = String(overflowRatio(box, content) > 1.001);
    };

    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(content);
    observer.observe(box);
    return () => observer.disconnect();
  }, [boxRef, contentRef]);
}

/** Returns how many times the content's size exceeds the box, in the larger direction: below 1 when it fits. */
function overflowRatio(box: HTMLElement, content: HTMLElement): number {
  const boxRect = box.getBoundingClientRect();
  const contentRect = content.getBoundingClientRect();
  const heightRatio = contentRect.height / boxRect.height;
  // Wide code lines and tables widen the scrollable area, not the element.
  const widthRatio = (content.scrollWidth / Math.max(1, content.clientWidth)) * (contentRect.width / boxRect.width);
  return Math.max(heightRatio, widthRatio);
}
