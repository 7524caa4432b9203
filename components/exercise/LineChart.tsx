"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";

/**
 * A small SVG line chart (no charting library: two charts do not justify
 * one). Points are in data units; axes start at the given bounds.
 */
export interface LineChartProps {
  points: { x: number; y: number }[];
  xLabel: string;
  yLabel: string;
  title: string;
  /** Fixed axis bounds; by default they follow the data. */
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Draws the y = x diagonal, as ROC plots do. */
  diagonal?: boolean;
  testId: string;
}

const WIDTH = 320;
const HEIGHT = 200;
const PAD = { left: 44, right: 10, top: 10, bottom: 34 };

export function LineChart({ points, xLabel, yLabel, title, xDomain, yDomain, diagonal = false, testId }: LineChartProps) {
  const { locale } = useLocale();
  const [x0, x1] = xDomain ?? [Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x))];
  const [y0, y1] = yDomain ?? [Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y))];
  const sx = (x: number) => PAD.left + ((x - x0) / (x1 - x0 || 1)) * (WIDTH - PAD.left - PAD.right);
  const sy = (y: number) => HEIGHT - PAD.bottom - ((y - y0) / (y1 - y0 || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(" ");

  return (
    <figure className="inline-block">
      <svg
        data-testid={testId}
        data-points={points.length}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={title}
        className="rounded border border-slate-200 bg-white"
      >
        <line x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} stroke="#94a3b8" />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} stroke="#94a3b8" />
        {diagonal && <line x1={sx(x0)} y1={sy(y0)} x2={sx(x1)} y2={sy(y1)} stroke="#cbd5e1" strokeDasharray="4 3" />}
        <path d={path} fill="none" stroke="#1f5fbf" strokeWidth={2} />
        <text x={PAD.left} y={HEIGHT - 18} fontSize={10} fill="#475569">{formatTick(x0, locale)}</text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 18} fontSize={10} fill="#475569" textAnchor="end">{formatTick(x1, locale)}</text>
        <text x={PAD.left - 4} y={HEIGHT - PAD.bottom} fontSize={10} fill="#475569" textAnchor="end">{formatTick(y0, locale)}</text>
        <text x={PAD.left - 4} y={PAD.top + 8} fontSize={10} fill="#475569" textAnchor="end">{formatTick(y1, locale)}</text>
        <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 4} fontSize={11} fill="#334155" textAnchor="middle">{xLabel}</text>
        <text x={12} y={HEIGHT / 2} fontSize={11} fill="#334155" textAnchor="middle" transform={`rotate(-90 12 ${HEIGHT / 2})`}>{yLabel}</text>
      </svg>
      <figcaption className="text-xs text-slate-600">{title}</figcaption>
    </figure>
  );
}

/** Formats an axis end in the reader's locale: whole numbers (epochs) without decimals, others with two. */
function formatTick(value: number, locale: string): string {
  const decimals = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 2;
  return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
