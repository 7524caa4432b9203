"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";
import type { Locale } from "@/lib/i18n";
import type { Problem } from "@/lib/pipeline/validate";
import type { RunnerState } from "./useRunner";

/** Formats a run time as people read it: "320 ms" under a second, "1,25 s" above. */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toLocaleString(locale, { maximumFractionDigits: 2 })} s`;
}

/**
 * Shows the run's outcome: backend and time, accuracy, problems, the failure,
 * cancellation. `showResultsLink` links the accuracy to the page's `#results`
 * section, which a live run on a slide does not have.
 */
export function RunSummary({ state, showResultsLink = true }: { state: RunnerState; showResultsLink?: boolean }) {
  const { locale, t, tError } = useLocale();
  const report = state.datasets?.test_classification_report as { accuracy?: unknown } | undefined;
  const accuracy = typeof report?.accuracy === "number" ? report.accuracy : undefined;

  return (
    <div className="space-y-2 text-sm" data-testid="run-summary" data-status={state.status} data-duration-ms={state.durationMs} data-backend={state.backend}>
      <p className="text-slate-600">
        {state.backend && t("exercise.backend", { backend: state.backend })}
        {state.status === "success" && state.durationMs !== undefined && ` · ${t("exercise.duration", { duration: formatDuration(state.durationMs, locale) })}`}
      </p>
      {state.status === "running" && <RunProgress state={state} />}
      {state.status === "success" && accuracy !== undefined && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
          {t("exercise.successAccuracy", { accuracy: accuracy.toLocaleString(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 }) })}
          {showResultsLink && (
            <>
              {" "}
              <a href="#results" className="font-medium underline">
                {t("exercise.seeResults")}
              </a>
            </>
          )}
        </p>
      )}
      {state.problems.length > 0 && <ProblemList problems={state.problems} />}
      {state.failure && (
        <div role="alert" data-testid="failure" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{t("exercise.failed", { node: state.failure.node })}</p>
          <p>
            <code className="font-bold">{state.failure.code}</code> {tError(state.failure.code, state.failure.params)}
          </p>
        </div>
      )}
      {state.status === "cancelled" && <p role="status">{t("exercise.cancelled")}</p>}
      {state.workerError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t("exercise.workerFailed", { reason: state.workerError })}
        </p>
      )}
    </div>
  );
}

/** Shows one bar per node that reports progress while it runs: epochs of a training, fits of a search, folds of a backtest. */
function RunProgress({ state }: { state: RunnerState }) {
  const { t } = useLocale();
  const running = Object.entries(state.progress).filter(([node]) => state.nodeStates[node] === "running");
  if (running.length === 0) return null;
  return (
    <div data-testid="run-progress" className="rounded border border-sky-200 bg-sky-50 px-3 py-2">
      <p className="sr-only">{t("exercise.progressTitle")}</p>
      {running.map(([node, progress]) => {
        const label = t("exercise.progressLabel", { node, step: progress.step, total: progress.total });
        return (
          <label key={node} className="flex items-center gap-2 text-sky-950">
            <span className="min-w-48 font-mono text-xs">{label}</span>
            <progress data-testid={`run-progress-${node}`} className="h-2 flex-1" max={progress.total} value={progress.step} aria-label={label} />
          </label>
        );
      })}
    </div>
  );
}

/**
 * Lists validation problems in a box of fixed maximum height, so the canvas
 * below does not jump while a student builds. Only "not connected yet"
 * problems start collapsed: they are expected mid-build and already shown on
 * their nodes.
 */
function ProblemList({ problems }: { problems: Problem[] }) {
  const { t, tError } = useLocale();
  const onlyUnconnected = problems.every((problem) => problem.code === "UNCONNECTED_INPUT");

  return (
    <details
      key={onlyUnconnected ? "building" : "broken"}
      open={!onlyUnconnected}
      data-testid="problems"
      className={`rounded border p-2 ${onlyUnconnected ? "border-amber-300 bg-amber-50 text-amber-950" : "border-red-300 bg-red-50 text-red-900"}`}
    >
      <summary className="cursor-pointer font-semibold">
        {t("exercise.problemsCount", { count: problems.length })} <span className="font-normal">{t("exercise.problemsHelp")}</span>
      </summary>
      <ul role={onlyUnconnected ? undefined : "alert"} className="mt-1 max-h-28 list-disc overflow-auto pl-5">
        {problems.map((problem, i) => (
          <li key={i}>
            <code className="font-bold">{problem.code}</code> {tError(problem.code, problem.params)}
          </li>
        ))}
      </ul>
    </details>
  );
}
