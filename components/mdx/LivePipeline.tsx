"use client";

import dynamic from "next/dynamic";
import { useContext, useEffect, useState } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import { SlideIndexContext, useOptionalDeck } from "@/components/slides/DeckContext";
import { irisProject } from "@/lib/examples/iris-project";
import type { Project } from "@/lib/pipeline/types";
import { DEFAULT_PIPELINE } from "@/lib/pipeline/types";

/** Projects a lesson can run live, by the `example` prop. Only Iris ships its data with the app. */
export const LIVE_EXAMPLES: Record<string, { name: string; project(): Project }> = {
  iris: { name: "Iris", project: irisProject },
};

// The runner, its worker and TensorFlow.js load on the first Run, never with
// the page: lesson pages must stay free of the exercise libraries.
const LiveRun = dynamic(() => import("./LiveRun").then((loaded) => loaded.LiveRun), { ssr: false, loading: LoadingRunner });

function LoadingRunner() {
  return <p className="mt-3 text-sm text-slate-600">{useLocale().t("slides.live.loading")}</p>;
}

function pipelineNamesOf(example: string): string[] {
  return [DEFAULT_PIPELINE, ...Object.keys(LIVE_EXAMPLES[example].project().pipelines)];
}

interface LivePipelineProps {
  example: string;
  /** The pipeline selected at first; `__default__` (all of them) unless given. */
  pipeline?: string;
}

/**
 * Runs one of the workshop's pipelines inside a lesson or a slide, as
 * `<LivePipeline example="iris" />`. In a deck, a run started in one window
 * (the presenter's, say) starts the same run in the other windows on that
 * slide, so the audience sees it.
 */
export function LivePipeline({ example, pipeline = DEFAULT_PIPELINE }: LivePipelineProps) {
  const { t } = useLocale();
  const deck = useOptionalDeck();
  const slide = useContext(SlideIndexContext);

  // MDX props are not type-checked, so a typo fails the build here.
  if (!Object.hasOwn(LIVE_EXAMPLES, example)) {
    throw new Error(`Invalid LivePipeline example "${String(example)}": use one of ${Object.keys(LIVE_EXAMPLES).join(", ")}.`);
  }
  const pipelineNames = pipelineNamesOf(example);
  if (!pipelineNames.includes(pipeline)) {
    throw new Error(`Invalid LivePipeline pipeline "${pipeline}" for example "${example}": use one of ${pipelineNames.join(", ")}.`);
  }

  const [selected, setSelected] = useState(pipeline);
  /** Counts run requests; the runner starts a run each time it grows. */
  const [runRequest, setRunRequest] = useState(0);

  useEffect(() => {
    if (!deck || slide === null) return;
    return deck.onLiveRun((request) => {
      if (request.slide !== slide || request.example !== example || !pipelineNamesOf(example).includes(request.pipeline)) return;
      setSelected(request.pipeline);
      setRunRequest((count) => count + 1);
    });
  }, [deck, slide, example]);

  const startRun = () => {
    setRunRequest((count) => count + 1);
    if (deck && slide !== null) deck.announceLiveRun({ slide, example, pipeline: selected });
  };

  const controls = { pipelineNames, selected, onSelect: setSelected, onRun: startRun };
  return (
    <div className="not-prose my-6 rounded-lg border border-slate-300 bg-white p-4 text-base shadow-sm" data-testid="live-pipeline">
      <p className="font-semibold text-slate-900">{t("slides.live.title", { example: LIVE_EXAMPLES[example].name })}</p>
      {runRequest === 0 ? (
        <>
          <p className="mt-1 text-sm text-slate-600">{t("slides.live.help")}</p>
          <LiveControls {...controls} running={false} />
        </>
      ) : (
        <LiveRun example={example} pipeline={selected} runRequest={runRequest} controls={controls} />
      )}
    </div>
  );
}

export interface LiveControlsProps {
  pipelineNames: string[];
  selected: string;
  onSelect(pipeline: string): void;
  onRun(): void;
  running: boolean;
  onCancel?(): void;
}

/** Renders the pipeline picker and the Run (or Cancel) button. */
export function LiveControls({ pipelineNames, selected, onSelect, onRun, running, onCancel }: LiveControlsProps) {
  const { t } = useLocale();
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <label className="flex items-center gap-2 text-sm text-slate-700">
        {t("exercise.pipeline")}
        <select value={selected} onChange={(event) => onSelect(event.target.value)} disabled={running} className="rounded border border-slate-300 bg-white px-2 py-1">
          {pipelineNames.map((name) => (
            <option key={name} value={name}>
              {name === DEFAULT_PIPELINE ? t("exercise.allPipelines") : name}
            </option>
          ))}
        </select>
      </label>
      {running ? (
        <button type="button" onClick={onCancel} className="rounded-md border border-slate-400 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {t("exercise.cancel")}
        </button>
      ) : (
        <button type="button" onClick={onRun} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
          {t("exercise.run")}
        </button>
      )}
    </div>
  );
}
