import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { DIAGRAM_LABELS } from "./labels";

/** Returns a diagram's label in `locale`. Throws on an unknown key, so a typo fails the build instead of drawing the key. */
export function diagramLabel(locale: Locale, key: string): string {
  const label = DIAGRAM_LABELS[locale][key];
  if (label === undefined) throw new Error(`Missing diagram label "${key}" for ${locale} in components/diagrams/labels.ts.`);
  return label;
}

interface DiagramFigureProps {
  /** Unique on the page; each lesson body renders once per locale, so callers include the locale. */
  id: string;
  title: string;
  description: string;
  caption: string;
  viewBox: string;
  children: ReactNode;
}

/**
 * Renders an SVG diagram in a `<figure>`. Text and lines use the current text colour
 * and shapes use translucent tints, so the drawing reads on light and dark
 * backgrounds (the reading page in either scheme, or a dark slide). The
 * title and description give screen readers the content of the drawing.
 */
export function DiagramFigure({ id, title, description, caption, viewBox, children }: DiagramFigureProps) {
  return (
    <figure className="not-prose my-8">
      {/* Focusable so keyboard users can scroll a diagram that is wider than a narrow screen. */}
      <div tabIndex={0} role="group" aria-labelledby={`${id}-title`} className="overflow-x-auto rounded-lg border border-slate-200 bg-white/60 p-3 text-slate-800 dark:border-slate-700 dark:bg-slate-900/60 dark:text-slate-100">
        <svg viewBox={viewBox} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="mx-auto h-auto w-full min-w-[36rem] font-sans">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <defs>
            <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="fill-current" />
            </marker>
          </defs>
          {children}
        </svg>
      </div>
      <figcaption className="mt-2 text-center text-sm text-slate-600 dark:text-slate-300">{caption}</figcaption>
    </figure>
  );
}

/** Draws lines of text centred on (x, y), one `<tspan>` per line. */
export function CenteredText({ x, y, lines, className = "", size = 14, lineHeight = 17 }: { x: number; y: number; lines: string[]; className?: string; size?: number; lineHeight?: number }) {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={x} y={top} textAnchor="middle" dominantBaseline="middle" fontSize={size} className={`fill-current ${className}`}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} y={top + index * lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Draws left- or right-aligned lines of text starting at (x, y), one `<tspan>` per line. */
export function TextLines({ x, y, lines, anchor = "start", size = 14, lineHeight = 20 }: { x: number; y: number; lines: string[]; anchor?: "start" | "end"; size?: number; lineHeight?: number }) {
  return (
    <text x={x} y={y} textAnchor={anchor} fontSize={size} className="fill-current">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
