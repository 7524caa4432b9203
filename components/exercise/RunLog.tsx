"use client";

import { useEffect, useRef } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { LogLine } from "./useRunner";

const LEVEL_COLORS = { INFO: "text-sky-300", WARNING: "text-amber-300", ERROR: "text-red-400" } as const;

/** Renders the run log as `kedro run` prints it: time, level, message. */
export function RunLog({ lines }: { lines: LogLine[] }) {
  const { t } = useLocale();
  const container = useRef<HTMLDivElement>(null);

  // Follow the newest line inside the box without scrolling the page.
  useEffect(() => {
    const box = container.current;
    if (box) box.scrollTop = box.scrollHeight;
  }, [lines.length]);

  return (
    <div
      ref={container}
      data-testid="run-log"
      role="log"
      aria-live="polite"
      className="h-[32rem] overflow-auto rounded bg-slate-900 p-3 font-mono text-[12px] leading-5 text-slate-100"
    >
      {lines.length === 0 && <p className="text-slate-400">{t("exercise.emptyLog")}</p>}
      {lines.map((line, i) => (
        <div key={i} className="whitespace-pre-wrap">
          <span className="text-slate-500">[{line.time}] </span>
          <span className={LEVEL_COLORS[line.level]}>{line.level.padEnd(8)}</span>
          {line.message}
        </div>
      ))}
    </div>
  );
}
