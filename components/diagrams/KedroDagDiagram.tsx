import type { Locale } from "@/lib/i18n";
import { DagBoxShape, DagEdgeLine } from "./DagParts";
import type { DagBox, DagEdge } from "./DagParts";
import { DiagramFigure, diagramLabel } from "./Figure";

// The Iris data_engineering pipeline, top to bottom as Kedro-Viz draws it.
// The fit path (train rows only) sits on the left and the transform path
// (every row) on the right, so no arrow crosses a box.
const BOXES: DagBox[] = [
  { id: "iris_train_raw", kind: "dataset", x: 330, y: 40, label: "iris_train_raw" },
  { id: "split_params", kind: "parameter", x: 600, y: 40, label: "params:split_params" },
  { id: "create_split_column", kind: "node", x: 380, y: 110, label: "create_split_column" },
  { id: "iris_split", kind: "dataset", x: 380, y: 180, label: "iris_split" },
  { id: "split_raw_table", kind: "node", x: 220, y: 250, label: "split_raw_table" },
  { id: "train_raw", kind: "memory", x: 220, y: 320, label: "train_raw" },
  { id: "create_feature_scaler", kind: "node", x: 115, y: 390, label: "create_feature_scaler" },
  { id: "create_target_encoder", kind: "node", x: 330, y: 390, label: "create_target_encoder" },
  { id: "feature_scaler_fitted", kind: "dataset", x: 115, y: 460, label: "feature_scaler_fitted" },
  { id: "target_encoder_fitted", kind: "dataset", x: 330, y: 460, label: "target_encoder_fitted" },
  { id: "scaled_master_table", kind: "node", x: 620, y: 530, label: "scaled_master_table" },
  { id: "iris_scaled", kind: "memory", x: 620, y: 600, label: "iris_scaled" },
  { id: "encode_target", kind: "node", x: 620, y: 670, label: "encode_target" },
  { id: "master_table", kind: "dataset", x: 620, y: 740, label: "master_table" },
];

const EDGES: DagEdge[] = [
  { from: "iris_train_raw", to: "create_split_column" },
  { from: "split_params", to: "create_split_column" },
  { from: "create_split_column", to: "iris_split" },
  { from: "iris_split", to: "split_raw_table" },
  { from: "split_raw_table", to: "train_raw" },
  { from: "train_raw", to: "create_feature_scaler" },
  { from: "train_raw", to: "create_target_encoder" },
  { from: "create_feature_scaler", to: "feature_scaler_fitted" },
  { from: "create_target_encoder", to: "target_encoder_fitted" },
  { from: "iris_split", to: "scaled_master_table" },
  { from: "feature_scaler_fitted", to: "scaled_master_table", entry: "left" },
  { from: "scaled_master_table", to: "iris_scaled" },
  { from: "iris_scaled", to: "encode_target" },
  { from: "target_encoder_fitted", to: "encode_target", entry: "left" },
  { from: "encode_target", to: "master_table" },
];

const LEGEND: { kind: DagBox["kind"]; key: string }[] = [
  { kind: "node", key: "legendNode" },
  { kind: "dataset", key: "legendDataset" },
  { kind: "memory", key: "legendMemory" },
  { kind: "parameter", key: "legendParameter" },
];

/** Draws the Iris `data_engineering` DAG: nodes, catalog datasets, memory datasets and a parameter input. */
export function KedroDagDiagram({ locale = "pt-BR" }: { locale?: Locale }) {
  const label = (key: string) => diagramLabel(locale, `dag.${key}`);
  const id = `kedro-dag-${locale}`;
  const boxes = new Map(BOXES.map((box) => [box.id, box]));

  return (
    <DiagramFigure id={id} title={label("title")} description={label("description")} caption={label("caption")} viewBox="0 0 760 830">
      <text x={20} y={525} fontSize={13} className="fill-current italic opacity-80">
        {label("fitNote")}
      </text>
      <text x={740} y={300} textAnchor="end" fontSize={13} className="fill-current italic opacity-80">
        {label("transformNote")}
      </text>
      {EDGES.map((edge) => (
        <DagEdgeLine key={`${edge.from}-${edge.to}`} edge={edge} boxes={boxes} markerId={`${id}-arrow`} />
      ))}
      {BOXES.map((box) => (
        <DagBoxShape key={box.id} box={box} />
      ))}
      {LEGEND.map((item, index) => (
        <g key={item.kind} transform={`translate(${20 + index * 185}, 805)`}>
          <DagBoxShape box={{ id: item.kind, kind: item.kind, x: 14, y: 0, label: "" }} />
          <text x={36} y={0} dominantBaseline="central" fontSize={13} className="fill-current">
            {label(item.key)}
          </text>
        </g>
      ))}
    </DiagramFigure>
  );
}
