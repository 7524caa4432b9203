"use client";

import { useEffect, useMemo, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { irisProject } from "@/lib/examples/iris-project";
import type { Locale } from "@/lib/i18n";
import { projectFromHash } from "@/lib/pipeline/share";
import type { Project } from "@/lib/pipeline/types";
import { DEFAULT_PIPELINE } from "@/lib/pipeline/types";
import { buildViewGraph } from "@/lib/pipeline/view-graph";
import { nodeStatuses } from "./node-statuses";
import { PipelineCanvas } from "./PipelineCanvas";
import { ResultsPanel } from "./ResultsPanel";
import { RunLog } from "./RunLog";
import { useRunner } from "./useRunner";

type Notice = { tone: "info" | "error"; text: string };

/** Formats a run time as people read it: "320 ms" under a second, "1,25 s" above. */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toLocaleString(locale, { maximumFractionDigits: 2 })} s`;
}

/** Renders the Iris exercise: the reference DAG, a Run button, the log and the results. */
export function IrisExercise() {
  const { locale, t, tError } = useLocale();
  const [project, setProject] = useState<Project>(irisProject);
  const [pipeline, setPipeline] = useState(DEFAULT_PIPELINE);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { state, run, cancel } = useRunner(project, locale);

  useEffect(() => {
    const shared = projectFromHash(window.location.hash);
    if (!shared) return;
    if (shared.ok) {
      setProject(shared.project);
      setNotice({ tone: "info", text: t("exercise.sharedPipeline") });
    } else {
      setNotice({ tone: "error", text: t("exercise.badLink", { reason: tError("INVALID_SHARED_PIPELINE", { detail: shared.detail }) }) });
    }
    // The hash is read once, on arrival; `t` changing with the locale must not re-read it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const graph = useMemo(() => buildViewGraph(project, pipeline), [project, pipeline]);
  const statuses = useMemo(() => nodeStatuses(state, tError), [state, tError]);
  const running = state.status === "running";
  const pipelineNames = Object.keys(project.pipelines).filter((name) => name !== DEFAULT_PIPELINE);

  return (
    <div className="mx-auto max-w-[1800px] space-y-4 px-4 py-6">
      <div className="flex flex-wrap items-end gap-4">
        <div className="mr-auto">
          <h1 className="text-2xl font-bold text-brand-900">{t("exercise.iris.title")}</h1>
          <p className="text-sm text-slate-600">{t("exercise.iris.summary")}</p>
        </div>
        <label className="text-sm">
          <span className="mr-2">{t("exercise.pipeline")}</span>
          <select
            data-testid="pipeline-select"
            value={pipeline}
            disabled={running}
            onChange={(event) => setPipeline(event.target.value)}
            className="rounded border border-slate-300 bg-white px-2 py-1"
          >
            <option value={DEFAULT_PIPELINE}>{t("exercise.allPipelines")}</option>
            {pipelineNames.map((name) => (
              <option key={name} value={name}>{name}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => run(pipeline)}
          disabled={running}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          {running ? t("exercise.running") : t("exercise.run")}
        </button>
        {/* A separate Cancel button: if Run turned into Cancel, a double click would cancel the run it just started. */}
        {running && (
          <button type="button" onClick={cancel} className="rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800">
            {t("exercise.cancel")}
          </button>
        )}
      </div>

      {notice && (
        <p role={notice.tone === "error" ? "alert" : "status"} data-testid="notice" className={`rounded border px-3 py-2 text-sm ${notice.tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-sky-300 bg-sky-50 text-sky-900"}`}>
          {notice.text}
        </p>
      )}
      <RunSummary state={state} />

      <div className="h-[clamp(420px,68vh,760px)] rounded-lg border border-slate-200 bg-white">
        <PipelineCanvas graph={graph} statuses={statuses} />
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <section id="results" className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="results-title">
          <h2 id="results-title" className="mb-3 text-lg font-semibold">{t("exercise.results")}</h2>
          <ResultsPanel datasets={state.datasets} />
        </section>
        <section aria-labelledby="log-title">
          <h2 id="log-title" className="mb-2 text-lg font-semibold">{t("exercise.runLog")}</h2>
          <RunLog lines={state.log} />
        </section>
      </div>
    </div>
  );
}

function RunSummary({ state }: { state: ReturnType<typeof useRunner>["state"] }) {
  const { locale, t, tError } = useLocale();
  const report = state.datasets?.test_classification_report as { accuracy?: unknown } | undefined;
  const accuracy = typeof report?.accuracy === "number" ? report.accuracy : undefined;

  return (
    <div className="space-y-2 text-sm" data-testid="run-summary" data-status={state.status} data-duration-ms={state.durationMs}>
      <p className="text-slate-600">
        {state.backend && t("exercise.backend", { backend: state.backend })}
        {state.status === "success" && state.durationMs !== undefined && ` · ${t("exercise.duration", { duration: formatDuration(state.durationMs, locale) })}`}
      </p>
      {state.status === "success" && accuracy !== undefined && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
          {t("exercise.successAccuracy", { accuracy: accuracy.toLocaleString(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 }) })}{" "}
          <a href="#results" className="font-medium underline">
            {t("exercise.seeResults")}
          </a>
        </p>
      )}
      {state.problems.length > 0 && (
        <div role="alert" data-testid="problems" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{t("exercise.problems")}</p>
          <p className="text-xs">{t("exercise.problemsHelp")}</p>
          <ul className="mt-1 list-disc pl-5">
            {state.problems.map((problem, i) => (
              <li key={i}>
                <code className="font-bold">{problem.code}</code> {tError(problem.code, problem.params)}
              </li>
            ))}
          </ul>
        </div>
      )}
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
