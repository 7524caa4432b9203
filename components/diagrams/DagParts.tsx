/** Box kinds drawn like Kedro-Viz: functions as rectangles, datasets and parameters as pills. */
export type DagBoxKind = "node" | "dataset" | "memory" | "parameter";

export interface DagBox {
  id: string;
  kind: DagBoxKind;
  /** Centre of the box. */
  x: number;
  y: number;
  label: string;
}

export interface DagEdge {
  from: string;
  to: string;
  /** Side of the target that the arrow enters: its top (default) or its left side. */
  entry?: "top" | "left";
}

export const DAG_BOX_HEIGHT = 30;
const CHAR_WIDTH = 7.9;

const BOX_CLASSES: Record<DagBoxKind, string> = {
  node: "fill-sky-500/20 stroke-sky-600 dark:stroke-sky-400",
  dataset: "fill-slate-500/10 stroke-slate-500 dark:stroke-slate-400",
  memory: "fill-transparent stroke-slate-500 dark:stroke-slate-400",
  parameter: "fill-violet-500/15 stroke-violet-600 dark:stroke-violet-400",
};

export function boxWidth(box: DagBox): number {
  return Math.round(box.label.length * CHAR_WIDTH + 24);
}

export function DagBoxShape({ box }: { box: DagBox }) {
  const width = boxWidth(box);
  const rounded = box.kind === "node" ? 4 : DAG_BOX_HEIGHT / 2;
  return (
    <g>
      <rect
        x={box.x - width / 2}
        y={box.y - DAG_BOX_HEIGHT / 2}
        width={width}
        height={DAG_BOX_HEIGHT}
        rx={rounded}
        strokeWidth={1.5}
        strokeDasharray={box.kind === "memory" ? "5 4" : undefined}
        className={BOX_CLASSES[box.kind]}
      />
      <text x={box.x} y={box.y} textAnchor="middle" dominantBaseline="central" fontSize={13} className="fill-current font-mono">
        {box.label}
      </text>
    </g>
  );
}

/** Draws a straight arrow from the bottom of `from` to the top (or left side) of `to`. */
export function DagEdgeLine({ edge, boxes, markerId }: { edge: DagEdge; boxes: Map<string, DagBox>; markerId: string }) {
  const from = boxes.get(edge.from);
  const to = boxes.get(edge.to);
  if (!from || !to) throw new Error(`Diagram edge ${edge.from} → ${edge.to} names a box that does not exist.`);

  const start = { x: from.x, y: from.y + DAG_BOX_HEIGHT / 2 };
  const end = edge.entry === "left" ? { x: to.x - boxWidth(to) / 2, y: to.y } : { x: to.x, y: to.y - DAG_BOX_HEIGHT / 2 };
  return <line x1={start.x} y1={start.y} x2={end.x} y2={end.y} strokeWidth={1.4} markerEnd={`url(#${markerId})`} className="stroke-current opacity-70" />;
}
