"use client";

import { useEffect, useMemo, useRef } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { RunSummary } from "@/components/exercise/RunSummary";
import { TrainingCharts } from "@/components/exercise/TrainingCharts";
import { useRunner } from "@/components/exercise/useRunner";
import type { NodeRunState } from "@/components/exercise/useRunner";
import { LIVE_EXAMPLES, LiveControls } from "./LivePipeline";
import type { LiveControlsProps } from "./LivePipeline";

const STATE_STYLES: Record<NodeRunState, string> = {
  waiting: "bg-slate-100 text-slate-700",
  running: "bg-sky-100 text-sky-900",
  done: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
  cancelled: "bg-amber-100 text-amber-900",
};

interface LiveRunProps {
  example: string;
  pipeline: string;
  /** Grows by one for each run requested; each new value starts a run. */
  runRequest: number;
  controls: Omit<LiveControlsProps, "running" | "onCancel">;
}

/**
 * Runs a pipeline in the exercise page's Web Worker and shows each node's
 * state, the training progress and loss, and the outcome. Loaded lazily by
 * `LivePipeline`, because it pulls in the worker with TensorFlow.js.
 */
export function LiveRun({ example, pipeline, runRequest, controls }: LiveRunProps) {
  const { locale, t } = useLocale();
  const project = useMemo(() => LIVE_EXAMPLES[example].project(), [example]);
  const { state, run, cancel } = useRunner(project, locale);

  const runRef = useRef(run);
  const pipelineRef = useRef(pipeline);
  useEffect(() => {
    runRef.current = run;
    pipelineRef.current = pipeline;
  });

  // One run per request, with the pipeline selected when it was made.
  useEffect(() => {
    runRef.current(pipelineRef.current);
  }, [runRequest]);

  const running = state.status === "running";
  const nodes = Object.entries(state.nodeStates);

  return (
    // Container queries, not media queries: on a slide the layout follows the zoomed slide, not the window.
    <div className="@container" data-testid="live-run" data-status={state.status}>
      <LiveControls {...controls} running={running} onCancel={cancel} />
      <div className="mt-4 grid gap-4 @3xl:grid-cols-2">
        <ol className="grid content-start gap-1 text-sm @md:grid-cols-2" aria-label={t("slides.live.nodes")}>
          {nodes.map(([node, nodeState]) => {
            const progress = state.progress[node];
            return (
              <li key={node} className={`flex min-w-0 items-center justify-between gap-2 rounded px-2 py-1 ${STATE_STYLES[nodeState]}`} data-node={node} data-state={nodeState}>
                <code className="truncate text-xs">{node}</code>
                <span className="shrink-0 text-xs">
                  {nodeState === "running" && progress ? `${progress.step}/${progress.total}` : t(`slides.live.state.${nodeState}`)}
                </span>
              </li>
            );
          })}
        </ol>
        <div className="space-y-3">
          <RunSummary state={state} showResultsLink={false} />
          <TrainingCharts lossCurves={state.lossCurves} datasets={state.datasets} />
        </div>
      </div>
    </div>
  );
}
