"use client";

import { Background, Controls, Handle, MiniMap, Position, ReactFlow } from "@xyflow/react";
import type { Edge, Node, NodeProps } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { ViewGraph, ViewNode } from "@/lib/pipeline/view-graph";
import type { NodeRunState } from "./useRunner";

export interface NodeStatus {
  state?: NodeRunState;
  /** Step of a long node (epochs of training), shown as a bar. */
  progress?: { step: number; total: number };
  /** Problems or the failure attached to this node, already phrased. */
  messages: { code: string; text: string }[];
}

type CanvasNodeData = { view: ViewNode; status?: NodeStatus };
type CanvasNode = Node<CanvasNodeData>;

const STATE_STYLES: Record<NodeRunState | "invalid" | "idle", string> = {
  idle: "border-slate-400 bg-white",
  waiting: "border-slate-400 bg-white",
  running: "border-amber-500 bg-amber-50 ring-2 ring-amber-300",
  done: "border-emerald-600 bg-emerald-50",
  failed: "border-red-600 bg-red-50 ring-2 ring-red-300",
  cancelled: "border-dashed border-slate-500 bg-slate-100",
  invalid: "border-red-600 bg-red-50 ring-2 ring-red-300",
};

function FunctionNode({ data }: NodeProps<CanvasNode>) {
  const { t } = useLocale();
  const { view, status } = data;
  const hasProblem = (status?.messages.length ?? 0) > 0;
  const state = status?.state ?? (hasProblem ? "invalid" : "idle");
  const stateLabel = state === "idle" ? "" : t(`state.${state}`);

  return (
    <div
      data-testid={`node-${view.name}`}
      data-state={state}
      className={`relative rounded-md border-2 px-3 py-1.5 text-xs shadow-sm ${STATE_STYLES[hasProblem && state !== "failed" ? "invalid" : state]}`}
      style={{ width: view.width, height: view.height }}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="truncate text-sm font-semibold text-slate-900" title={view.name}>
        {view.name}
      </div>
      <div className="flex items-center justify-between gap-2 text-[10px]">
        <span className="truncate font-mono text-[11px] text-slate-600">{view.kind}()</span>
        {stateLabel && <span className="shrink-0 font-medium uppercase text-slate-700">{stateLabel}</span>}
      </div>
      {status?.progress && status.state === "running" && (
        <progress className="mt-1 h-1 w-full" max={status.progress.total} value={status.progress.step} />
      )}
      {hasProblem && (
        <ul data-testid={`problem-${view.name}`} className="absolute left-0 top-full z-10 mt-1 w-72 space-y-1 rounded border border-red-300 bg-white p-2 text-[11px] text-red-800 shadow">
          {status!.messages.map((message, i) => (
            <li key={i}>
              <code className="font-bold">{message.code}</code> {message.text}
            </li>
          ))}
        </ul>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

const LAYER_COLORS: Record<string, string> = {
  raw: "bg-stone-200",
  intermediate: "bg-sky-100",
  primary: "bg-indigo-100",
  feature: "bg-violet-100",
  model_input: "bg-fuchsia-100",
  models: "bg-amber-100",
  model_output: "bg-lime-100",
  reporting: "bg-teal-100",
};

function DatasetNode({ data }: NodeProps<CanvasNode>) {
  const { t } = useLocale();
  const { view, status } = data;
  const failed = (status?.messages.length ?? 0) > 0;
  return (
    <div
      data-testid={`dataset-${view.id.slice("data:".length)}`}
      className={`rounded-full border px-4 py-1 text-xs ${failed ? "border-red-600 bg-red-50" : "border-slate-300 bg-slate-50"}`}
      style={{ width: view.width, height: view.height }}
      title={`${t("graph.dataset")}: ${view.datasetType}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="truncate text-[13px] font-medium text-slate-800" title={view.ref ? t("graph.reference", { name: view.name }) : view.name}>
        {view.ref && <span aria-hidden="true">↪ </span>}
        {view.name}
      </div>
      <div className="flex items-center gap-1 text-[10px] text-slate-600">
        {view.layer && <span className={`rounded px-1 ${LAYER_COLORS[view.layer] ?? ""}`}>{view.layer}</span>}
        <span className="truncate">{view.datasetType?.split(".").pop()}</span>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

function ParameterNode({ data }: NodeProps<CanvasNode>) {
  const { view } = data;
  return (
    <div
      data-testid={`param-${view.id.slice("param:".length)}`}
      className="rounded border border-dashed border-slate-400 bg-white px-2 py-1 font-mono text-[11px] text-slate-700"
      style={{ width: view.width, height: view.height }}
    >
      <div className="truncate">{view.name}</div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

function PipelineLane({ data }: NodeProps<CanvasNode>) {
  const { view } = data;
  return (
    <div
      data-testid={`lane-${view.name}`}
      className="rounded-lg border border-slate-200 bg-slate-50/70 px-3 py-1 text-sm font-semibold text-slate-600"
      style={{ width: view.width, height: view.height }}
    >
      <span className="font-mono">{view.name}</span>
    </div>
  );
}

const nodeTypes = { function: FunctionNode, dataset: DatasetNode, parameters: ParameterNode, pipeline: PipelineLane };

/**
 * Draws a laid-out pipeline the way Kedro-Viz does. Read-only for now:
 * positions come from the layout, statuses from the runner.
 */
export function PipelineCanvas({ graph, statuses }: { graph: ViewGraph; statuses: Record<string, NodeStatus> }) {
  const { t } = useLocale();
  const ariaLabels = useMemo(
    () => ({
      "controls.ariaLabel": t("canvas.controls"),
      "controls.zoomIn.ariaLabel": t("canvas.zoomIn"),
      "controls.zoomOut.ariaLabel": t("canvas.zoomOut"),
      "controls.fitView.ariaLabel": t("canvas.fitView"),
      "minimap.ariaLabel": t("canvas.minimap"),
    }),
    [t],
  );
  const nodes = useMemo<CanvasNode[]>(
    () =>
      graph.nodes.map((view) => {
        const status = statuses[view.ref ?? view.id];
        const lane = view.type === "pipeline";
        const hasMessages = (status?.messages.length ?? 0) > 0;
        let zIndex = hasMessages ? 10 : 0;
        if (lane) zIndex = -1;
        return {
          id: view.id,
          type: view.type,
          position: view.position,
          data: { view, status },
          // Fixed sizes from the layout: React Flow then needs no measuring pass,
          // which it would otherwise redo each time statuses replace the node objects.
          width: view.width,
          height: view.height,
          draggable: !lane,
          selectable: !lane,
          // Only function nodes take keyboard focus, so Tab does not walk every dataset.
          focusable: view.type === "function",
          connectable: false,
          // Lanes stay behind; nodes with a problem go on top so their message is not hidden.
          zIndex,
        };
      }),
    [graph, statuses],
  );
  const edges = useMemo<Edge[]>(
    () => graph.edges.map((edge) => ({ ...edge, animated: statuses[edge.target]?.state === "running" })),
    [graph, statuses],
  );

  return (
    <div className="h-full w-full" aria-label={t("exercise.canvasLabel")} role="region">
      <ReactFlow
        key={graph.nodes.length}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.02 }}
        minZoom={0.1}
        nodesConnectable={false}
        edgesFocusable={false}
        ariaLabelConfig={ariaLabels}
      >
        <Background gap={16} />
        <MiniMap pannable zoomable />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
