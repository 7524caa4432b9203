import type { Locale } from "@/lib/i18n";
import { CenteredText, DiagramFigure, diagramLabel } from "./Figure";

interface Stage {
  key: string;
  x: number;
  y: number;
  width: number;
  kind: "input" | "stage" | "artifact";
}

const STAGES: Stage[] = [
  { key: "code", x: 95, y: 60, width: 170, kind: "input" },
  { key: "build", x: 300, y: 105, width: 130, kind: "stage" },
  { key: "image", x: 490, y: 105, width: 170, kind: "artifact" },
  { key: "config", x: 490, y: 215, width: 170, kind: "input" },
  { key: "release", x: 670, y: 160, width: 130, kind: "stage" },
  { key: "run", x: 670, y: 280, width: 130, kind: "stage" },
  { key: "lock", x: 95, y: 150, width: 170, kind: "input" },
];

const ARROWS: [string, string][] = [
  ["code", "build"],
  ["lock", "build"],
  ["build", "image"],
  ["image", "release"],
  ["config", "release"],
  ["release", "run"],
];

const KIND_CLASSES: Record<Stage["kind"], string> = {
  input: "fill-slate-500/10 stroke-slate-500 dark:stroke-slate-400",
  stage: "fill-sky-500/20 stroke-sky-600 dark:stroke-sky-400",
  artifact: "fill-emerald-500/15 stroke-emerald-600 dark:stroke-emerald-400",
};

const HEIGHT = 58;

/** Draws factor V: code and lockfile become an image (build), the image plus one environment's configuration becomes a release, and a release is run. */
export function BuildReleaseRunDiagram({ locale = "pt-BR" }: { locale?: Locale }) {
  const label = (key: string) => diagramLabel(locale, `brr.${key}`);
  const id = `build-release-run-${locale}`;
  const stages = new Map(STAGES.map((stage) => [stage.key, stage]));

  return (
    <DiagramFigure id={id} title={label("title")} description={label("description")} caption={label("caption")} viewBox="0 0 760 330">
      {ARROWS.map(([fromKey, toKey]) => {
        const from = stages.get(fromKey) as Stage;
        const to = stages.get(toKey) as Stage;
        const vertical = Math.abs(from.x - to.x) < 5;
        const start = vertical ? { x: from.x, y: from.y + HEIGHT / 2 } : { x: from.x + from.width / 2, y: from.y };
        const end = vertical ? { x: to.x, y: to.y - HEIGHT / 2 } : { x: to.x - to.width / 2, y: to.y };
        return (
          <line key={`${fromKey}-${toKey}`} x1={start.x} y1={start.y} x2={end.x} y2={end.y} strokeWidth={1.6} markerEnd={`url(#${id}-arrow)`} className="stroke-current opacity-70" />
        );
      })}
      {STAGES.map((stage) => (
        <g key={stage.key}>
          <rect
            x={stage.x - stage.width / 2}
            y={stage.y - HEIGHT / 2}
            width={stage.width}
            height={HEIGHT}
            rx={stage.kind === "stage" ? 29 : 6}
            strokeWidth={1.6}
            className={KIND_CLASSES[stage.kind]}
          />
          <CenteredText x={stage.x} y={stage.y} lines={label(stage.key).split("\n")} size={13.5} lineHeight={16} className={stage.kind === "stage" ? "font-bold" : ""} />
        </g>
      ))}
    </DiagramFigure>
  );
}
