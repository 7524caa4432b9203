"use client";

import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, applyNodeChanges, useReactFlow } from "@xyflow/react";
import type { Connection, Edge, NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DragEvent } from "react";
import { useLocale } from "@/components/i18n/LocaleProvider";
import type { Position } from "@/lib/editor/types";
import type { NodeKindSpec } from "@/lib/pipeline/registry";
import type { DatasetName, NodeName } from "@/lib/pipeline/types";
import type { ViewGraph } from "@/lib/pipeline/view-graph";
import type { CanvasNode, NodeStatus } from "./canvas-nodes";
import { nodeTypes } from "./canvas-nodes";

/** Zoom at which ports are big enough to link; the view zooms in to it when centring on a new node. */
const MIN_EDIT_ZOOM = 0.8;

/** MIME type of a palette item dragged onto the canvas. */
export const KIND_DRAG_TYPE = "application/x-deploy-lab-kind";

export interface CanvasEditing {
  kinds: ReadonlyMap<string, NodeKindSpec>;
  onConnect(dataset: DatasetName, node: NodeName, input: number): void;
  onMove(positions: Record<string, Position>): void;
  onDelete(nodes: NodeName[]): void;
  onDropKind(kind: string, position: Position): void;
  portError?: { node: NodeName; input: number; text: string };
}

interface PipelineCanvasProps {
  graph: ViewGraph;
  statuses: Record<string, NodeStatus>;
  editing?: CanvasEditing;
  selectedId?: string | null;
  onSelect?(id: string | null): void;
  /** View-node ids that match the search box. */
  highlighted?: ReadonlySet<string>;
}

/**
 * Draws a pipeline the way Kedro-Viz does. With `editing`, nodes can be
 * dragged, deleted and connected port to port. Every change goes to the
 * caller as an editor command, so this component keeps no pipeline state.
 */
export function PipelineCanvas(props: PipelineCanvasProps) {
  return (
    <ReactFlowProvider>
      <FlowCanvas {...props} />
    </ReactFlowProvider>
  );
}

function FlowCanvas({ graph, statuses, editing, selectedId, onSelect, highlighted }: PipelineCanvasProps) {
  const { t } = useLocale();
  const flow = useReactFlow();
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

  const derived = useMemo<CanvasNode[]>(
    () =>
      graph.nodes.map((view) => {
        const status = statuses[view.ref ?? view.id];
        const lane = view.type === "pipeline";
        const kind = view.kind ? editing?.kinds.get(view.kind) : undefined;
        const hasMessages = (status?.messages.length ?? 0) > 0;
        let zIndex = hasMessages ? 10 : 0;
        if (lane) zIndex = -1;
        const portError = editing?.portError && view.type === "function" && editing.portError.node === view.name ? editing.portError : undefined;
        return {
          id: view.id,
          type: view.type,
          position: view.position,
          data: {
            view,
            status,
            ports: kind ? { inputs: kind.inputs, outputs: kind.outputs } : undefined,
            portError: portError ? { input: portError.input, text: portError.text } : undefined,
            highlighted: highlighted?.has(view.id),
            editable: Boolean(editing),
          },
          // Fixed sizes from the layout: React Flow then needs no measuring pass.
          width: view.width,
          height: view.height,
          selected: view.id === selectedId,
          draggable: Boolean(editing) && !lane,
          selectable: !lane,
          deletable: Boolean(editing) && view.type === "function",
          // Only function nodes take keyboard focus, so Tab does not walk every dataset.
          focusable: view.type === "function",
          connectable: Boolean(editing),
          zIndex: portError ? 20 : zIndex,
        };
      }),
    [graph, statuses, editing, selectedId, highlighted],
  );

  // Local copy so a drag moves smoothly; the document only learns the final position.
  const [nodes, setNodes] = useState(derived);
  useEffect(() => setNodes(derived), [derived]);

  // Follow structural changes without losing the user's zoom: centre on a
  // node just added, refit only when most of the graph changed (reset, import).
  const previousIds = useRef<Set<string> | null>(null);
  useEffect(() => {
    const ids = new Set(graph.nodes.map((node) => node.id));
    const before = previousIds.current;
    previousIds.current = ids;
    if (!before) return;
    const added = graph.nodes.filter((node) => !before.has(node.id) && node.type === "function");
    const kept = [...ids].filter((id) => before.has(id)).length;
    let frame = 0;
    if (kept < Math.min(before.size, ids.size) / 2) {
      frame = requestAnimationFrame(() => void flow.fitView({ maxZoom: 1, padding: 0.02, duration: 200 }));
    } else if (added.length > 0) {
      const node = added[added.length - 1];
      const zoom = Math.max(flow.getZoom(), MIN_EDIT_ZOOM);
      frame = requestAnimationFrame(() => void flow.setCenter(node.position.x + node.width / 2, node.position.y + node.height / 2, { zoom, duration: 200 }));
    }
    return () => cancelAnimationFrame(frame);
  }, [graph, flow]);

  const edges = useMemo<Edge[]>(
    () => graph.edges.map((edge) => ({ ...edge, animated: statuses[edge.target]?.state === "running" })),
    [graph, statuses],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      // A finished move (end of a drag, or an arrow key on a selected node) becomes one command.
      const moved: Record<string, Position> = {};
      for (const change of changes) {
        if (change.type === "position" && change.dragging === false && change.position) moved[change.id] = change.position;
      }
      if (editing && Object.keys(moved).length > 0) editing.onMove(moved);
    },
    [editing],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!editing || !connection.target.startsWith("node:") || !connection.targetHandle?.startsWith("in-")) return;
      const dataset = datasetOfSource(graph, connection);
      if (dataset === undefined) return;
      editing.onConnect(dataset, connection.target.slice("node:".length), Number(connection.targetHandle.slice("in-".length)));
    },
    [editing, graph],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
      if (!editing || !kind) return;
      event.preventDefault();
      editing.onDropKind(kind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [editing, flow],
  );

  return (
    <div className="h-full w-full" aria-label={t("exercise.canvasLabel")} role="region" data-testid="pipeline-canvas">
      <ReactFlow
        key={graph.nodes.length === 0 ? "empty" : "graph"}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onNodesDelete={(deleted) => editing?.onDelete(deleted.filter((node) => node.type === "function").map((node) => node.id.slice("node:".length)))}
        onSelectionChange={({ nodes: picked }) => onSelect?.(picked[0]?.id ?? null)}
        onDragOver={(event) => {
          if (editing && event.dataTransfer.types.includes(KIND_DRAG_TYPE)) event.preventDefault();
        }}
        onDrop={onDrop}
        deleteKeyCode={editing ? ["Delete", "Backspace"] : null}
        fitView
        fitViewOptions={{ maxZoom: 1, padding: 0.02 }}
        minZoom={0.1}
        nodesConnectable={Boolean(editing)}
        edgesFocusable={false}
        ariaLabelConfig={ariaLabels}
      >
        <Background gap={16} />
        <MiniMap pannable zoomable style={{ width: 140, height: 90 }} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

/** The dataset a link starts from: a dataset node, or a function node's output port. */
function datasetOfSource(graph: ViewGraph, connection: Connection): DatasetName | undefined {
  const source = graph.nodes.find((node) => node.id === connection.source);
  if (!source) return undefined;
  if (source.type === "dataset") return source.name;
  if (source.type === "function" && connection.sourceHandle?.startsWith("out-")) {
    return source.outputs?.[Number(connection.sourceHandle.slice("out-".length))];
  }
  return undefined;
}
