"use client";

import { useEffect, useMemo, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { parametersToYaml } from "@/lib/editor/yaml";
import { projectToPipelinePython } from "@/lib/export/pipeline-python";
import { buildProject } from "@/lib/exercises/recipe";
import type { ExerciseSpec } from "@/lib/exercises/spec";
import type { Project } from "@/lib/pipeline/types";

/** localStorage key of how many hints a student has opened, per exercise. */
function hintsKey(exerciseId: string): string {
  return `deploy-lab.grading.hints.${exerciseId}`;
}

function readShownHints(exerciseId: string, count: number): number {
  try {
    const stored = Number(window.localStorage.getItem(hintsKey(exerciseId)));
    return Number.isInteger(stored) && stored >= 0 ? Math.min(stored, count) : 0;
  } catch {
    return 0;
  }
}

function storeShownHints(exerciseId: string, shown: number): void {
  try {
    window.localStorage.setItem(hintsKey(exerciseId), String(shown));
  } catch {
    // Blocked storage: the hints stay open for this page view only.
  }
}

interface HintsAndSolutionProps {
  spec: ExerciseSpec;
  /** True once the student checked their work at least once. */
  tried: boolean;
  onLoadSolution(project: Project): void;
}

/**
 * Numbered hints, opened one at a time, then the solution: shown as
 * `pipeline.py` and `parameters.yml`, and loadable on the canvas (undoable),
 * once the student has checked their work and opened every hint.
 */
export function HintsAndSolution({ spec, tried, onLoadSolution }: HintsAndSolutionProps) {
  const { locale, t } = useLocale();
  const count = spec.hints.length;
  const [shownCount, setShownCount] = useState(0);
  const [solutionOpen, setSolutionOpen] = useState(false);
  useEffect(() => setShownCount(readShownHints(spec.id, count)), [spec.id, count]);

  const solution = useMemo(() => buildProject(spec.solution), [spec]);
  const solutionPython = useMemo(
    () => spec.scope.map((pipeline) => `# pipelines/${pipeline}/pipeline.py\n${projectToPipelinePython(solution, pipeline)}`).join("\n"),
    [solution, spec.scope],
  );
  const unlocked = tried && shownCount >= count;

  const showNext = () => {
    const next = Math.min(shownCount + 1, count);
    setShownCount(next);
    storeShownHints(spec.id, next);
  };

  return (
    <div className="space-y-3">
      <section aria-labelledby={`hints-${spec.id}`}>
        <h3 id={`hints-${spec.id}`} className="mb-1 font-semibold">
          {t("grading.hints")}
        </h3>
        <ol className="space-y-1 text-sm" data-testid="hints">
          {spec.hints.slice(0, shownCount).map((hint, index) => (
            <li key={index} data-testid={`hint-${index + 1}`} className="rounded border border-amber-200 bg-amber-50 px-3 py-2">
              <span className="font-medium">{t("grading.hint", { number: index + 1 })}:</span> {hint[locale]}
            </li>
          ))}
        </ol>
        {shownCount < count ? (
          <button type="button" onClick={showNext} data-testid="next-hint" className="mt-2 rounded border border-amber-400 bg-white px-3 py-1 text-sm">
            {t("grading.nextHint", { number: shownCount + 1, count })}
          </button>
        ) : (
          <p className="mt-1 text-xs text-slate-600">{t("grading.allHintsShown")}</p>
        )}
      </section>

      <section aria-labelledby={`solution-${spec.id}`}>
        <h3 id={`solution-${spec.id}`} className="mb-1 font-semibold">
          {t("grading.solution")}
        </h3>
        {!unlocked && <p className="text-xs text-slate-600">{t("grading.solutionLocked")}</p>}
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={!unlocked}
            onClick={() => setSolutionOpen((open) => !open)}
            data-testid="show-solution"
            className="rounded border border-slate-400 bg-white px-3 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("grading.showSolution")}
          </button>
          <button
            type="button"
            disabled={!unlocked}
            onClick={() => onLoadSolution(solution)}
            data-testid="load-solution"
            className="rounded border border-slate-400 bg-white px-3 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("grading.loadSolution")}
          </button>
        </div>
        {unlocked && solutionOpen && (
          <div className="mt-2 space-y-2" data-testid="solution">
            <pre className="max-h-72 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{solutionPython}</pre>
            <p className="text-xs font-medium">{t("grading.solutionParameters")}</p>
            <pre className="max-h-48 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{parametersToYaml(solution.parameters)}</pre>
          </div>
        )}
      </section>
    </div>
  );
}
