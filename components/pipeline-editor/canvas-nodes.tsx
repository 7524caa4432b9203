"use client";

import { Handle, Position } from "@xyflow/react";
import type { Node, NodeProps } from "@xyflow/react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { PortSpec, PortType } from "@/lib/pipeline/registry";
import type { ViewNode } from "@/lib/pipeline/view-graph";

/** The state a node is drawn in, merged from the run, the editor and the validator. */
export type DisplayState = "ready" | "not_configured" | "invalid" | "waiting" | "running" | "done" | "failed" | "cancelled" | "stale";

export interface NodeStatus {
  state?: DisplayState;
  /** Step of a long node (epochs of training), shown as a bar. */
  progress?: { step: number; total: number };
  /** Wall time of the node's last finished run, in milliseconds. */
  durationMs?: number;
  /** Problems or the failure attached to this node, already phrased. */
  messages: { code: string; text: string }[];
}

export interface CanvasNodeData extends Record<string, unknown> {
  view: ViewNode;
  status?: NodeStatus;
  /** The kind's ports, when the kind is known, to draw one handle per port. */
  ports?: { inputs: PortSpec[]; outputs: PortSpec[] };
  /** A refused link, shown next to the input port it targeted. */
  portError?: { input: number; text: string };
  highlighted?: boolean;
  editable?: boolean;
}
export type CanvasNode = Node<CanvasNodeData>;

const STATE_STYLES: Record<DisplayState, string> = {
  ready: "border-slate-500 bg-white",
  not_configured: "border-dashed border-amber-600 bg-amber-50",
  invalid: "border-red-600 bg-red-50 ring-2 ring-red-300",
  waiting: "border-slate-400 bg-white",
  running: "border-amber-500 bg-amber-50 ring-2 ring-amber-300",
  done: "border-emerald-600 bg-emerald-50",
  failed: "border-red-600 bg-red-50 ring-2 ring-red-300",
  cancelled: "border-dashed border-slate-500 bg-slate-100",
  stale: "border-emerald-600 border-dashed bg-yellow-50",
};

export const PORT_COLORS: Record<PortType, string> = {
  table: "#2563eb",
  transformer: "#d97706",
  model: "#7c3aed",
  metrics: "#0d9488",
  parameters: "#64748b",
};

/**
 * Shortens a long name in the middle, keeping its end: default names differ
 * only at the end (`split_master_table_train` vs `…_test`).
 */
export function middleEllipsis(name: string, max: number): string {
  if (name.length <= max) return name;
  const tail = Math.ceil((max - 1) / 2);
  return `${name.slice(0, max - 1 - tail)}…${name.slice(-tail)}`;
}

function handleTop(index: number, count: number): string {
  return `${((index + 1) / (count + 1)) * 100}%`;
}

export function FunctionNode({ data, selected }: NodeProps<CanvasNode>) {
  const { t } = useLocale();
  const { view, status, ports, portError, highlighted, editable } = data;
  const state = status?.state ?? "ready";
  const showsMessages = (status?.messages.length ?? 0) > 0 && state !== "not_configured";
  const inputs = ports?.inputs ?? (view.inputs ?? []).map((_, i) => ({ name: `in${i}`, type: "table" as PortType }));
  const outputs = ports?.outputs ?? (view.outputs ?? []).map((_, i) => ({ name: `out${i}`, type: "table" as PortType }));

  return (
    <div
      data-testid={`node-${view.name}`}
      data-state={state}
      // Read by scripts/bench/diabetes-browser.ts: the node's time and its last reported step (the epoch, for training).
      data-duration-ms={status?.durationMs}
      data-progress-step={status?.progress?.step}
      className={`relative rounded-md border-2 px-3 py-1.5 text-xs shadow-sm ${STATE_STYLES[state]} ${selected ? "outline outline-2 outline-offset-2 outline-brand-600" : ""} ${highlighted ? "ring-4 ring-yellow-300" : ""}`}
      style={{ width: view.width, height: view.height }}
    >
      {inputs.map((port, i) => (
        <Handle
          key={`in-${i}`}
          id={`in-${i}`}
          type="target"
          position={Position.Left}
          isConnectable={editable}
          title={`${port.name}: ${port.type} ← ${view.inputs?.[i] || t("editor.unconnected")}`}
          data-testid={`port-in-${view.name}-${i}`}
          style={{ top: handleTop(i, inputs.length), background: view.inputs?.[i] ? PORT_COLORS[port.type] : "#ffffff", borderColor: PORT_COLORS[port.type], width: 12, height: 12 }}
        />
      ))}
      <div className="truncate text-sm font-semibold text-slate-900" title={view.name}>
        {middleEllipsis(view.name, 22)}
      </div>
      <div className="flex items-center justify-between gap-2 text-[10px]">
        <span className="truncate font-mono text-[11px] text-slate-600">{view.kind}()</span>
        <span className="shrink-0 font-medium uppercase text-slate-700">{t(`state.${state}`)}</span>
      </div>
      {status?.progress && state === "running" && <progress className="mt-1 h-1 w-full" max={status.progress.total} value={status.progress.step} />}
      {outputs.map((port, i) => (
        <Handle
          key={`out-${i}`}
          id={`out-${i}`}
          type="source"
          position={Position.Right}
          isConnectable={editable}
          title={`${port.name}: ${port.type} → ${view.outputs?.[i] ?? ""}`}
          style={{ top: handleTop(i, outputs.length), background: PORT_COLORS[port.type], width: 12, height: 12 }}
        />
      ))}
      {portError && (
        <p
          role="alert"
          data-testid={`port-error-${view.name}-${portError.input}`}
          className="absolute right-full z-20 mr-3 w-64 rounded border border-red-400 bg-white p-2 text-[11px] text-red-800 shadow"
          style={{ top: handleTop(portError.input, inputs.length), transform: "translateY(-50%)" }}
        >
          {portError.text}
        </p>
      )}
      {showsMessages && (
        <ul data-testid={`problem-${view.name}`} className="absolute left-0 top-full z-10 mt-1 w-72 space-y-1 rounded border border-red-300 bg-white p-2 text-[11px] text-red-800 shadow">
          {status!.messages.map((message, i) => (
            <li key={i}>
              {message.text} <code className="text-[10px] text-slate-600">{message.code}</code>
            </li>
          ))}
        </ul>
      )}
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

export function DatasetNode({ data, selected }: NodeProps<CanvasNode>) {
  const { t } = useLocale();
  const { view, status, highlighted, editable } = data;
  const failed = (status?.messages.length ?? 0) > 0;
  return (
    <div
      data-testid={`dataset-${view.id.slice("data:".length)}`}
      className={`rounded-full border px-4 py-1 text-xs ${failed ? "border-red-600 bg-red-50" : "border-slate-300 bg-slate-50"} ${selected ? "outline outline-2 outline-offset-2 outline-brand-600" : ""} ${highlighted ? "ring-4 ring-yellow-300" : ""}`}
      style={{ width: view.width, height: view.height }}
      title={`${t("graph.dataset")}: ${view.datasetType}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="truncate text-[13px] font-medium text-slate-800" title={view.ref ? t("graph.reference", { name: view.name }) : view.name}>
        {view.ref && <span aria-hidden="true">↪ </span>}
        {middleEllipsis(view.name, 24)}
      </div>
      <div className="flex items-center gap-1 text-[10px] text-slate-600">
        {view.layer && <span className={`rounded px-1 ${LAYER_COLORS[view.layer] ?? ""}`}>{view.layer}</span>}
        <span className="truncate">{view.datasetType?.split(".").pop()}</span>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={editable} data-testid={`dataset-out-${view.id.slice("data:".length)}`} />
    </div>
  );
}

export function ParameterNode({ data }: NodeProps<CanvasNode>) {
  const { view, status } = data;
  const missing = (status?.messages.length ?? 0) > 0;
  return (
    <div
      data-testid={`param-${view.id.slice("param:".length)}`}
      className={`rounded border border-dashed px-2 py-1 font-mono text-[11px] ${missing ? "border-red-600 bg-red-50 text-red-800" : "border-slate-400 bg-white text-slate-700"}`}
      style={{ width: view.width, height: view.height }}
    >
      <div className="truncate">{view.name}</div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export function PipelineLane({ data }: NodeProps<CanvasNode>) {
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

export const nodeTypes = { function: FunctionNode, dataset: DatasetNode, parameters: ParameterNode, pipeline: PipelineLane };
