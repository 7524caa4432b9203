import type { Locale } from "@/lib/i18n";
import { CenteredText, DiagramFigure, diagramLabel } from "./Figure";

const BOX_WIDTH = 112;
const BOX_HEIGHT = 46;

const DEVELOPMENT = [
  { key: "explore", x: 150 },
  { key: "pipeline", x: 360 },
];
const PRODUCTION = [
  { key: "train", x: 75 },
  { key: "test", x: 197 },
  { key: "backtest", x: 319 },
  { key: "registry", x: 441 },
  { key: "inference", x: 563 },
  { key: "monitor", x: 685 },
];
const DEVELOPMENT_Y = 80;
const PRODUCTION_Y = 215;

/** Draws the data science cycle after deployment: training, test, backtest and inference run as features of the product, and monitoring feeds retraining. */
export function DeploymentCycleDiagram({ locale = "pt-BR" }: { locale?: Locale }) {
  const label = (key: string) => diagramLabel(locale, `cycle.${key}`);
  const id = `deployment-cycle-${locale}`;
  const arrow = `url(#${id}-arrow)`;
  const first = PRODUCTION[0];
  const last = PRODUCTION[PRODUCTION.length - 1];

  const box = (key: string, x: number, y: number, tint: string) => (
    <g key={key}>
      <rect x={x - BOX_WIDTH / 2} y={y - BOX_HEIGHT / 2} width={BOX_WIDTH} height={BOX_HEIGHT} rx={8} strokeWidth={1.5} className={tint} />
      <CenteredText x={x} y={y} lines={label(key).split("\n")} size={13} lineHeight={15} />
    </g>
  );

  return (
    <DiagramFigure id={id} title={label("title")} description={label("description")} caption={label("caption")} viewBox="0 0 760 340">
      <rect x={8} y={20} width={744} height={100} rx={10} className="fill-slate-500/5 stroke-slate-400" strokeDasharray="4 4" />
      <text x={22} y={40} fontSize={13} className="fill-current font-semibold">
        {label("development")}
      </text>
      <rect x={8} y={150} width={744} height={180} rx={10} className="fill-slate-500/5 stroke-slate-400" strokeDasharray="4 4" />
      <text x={22} y={170} fontSize={13} className="fill-current font-semibold">
        {label("production")}
      </text>

      <line x1={150 + BOX_WIDTH / 2} y1={DEVELOPMENT_Y} x2={360 - BOX_WIDTH / 2} y2={DEVELOPMENT_Y} strokeWidth={1.5} markerEnd={arrow} className="stroke-current opacity-70" />
      <path d={`M ${360 + BOX_WIDTH / 2} ${DEVELOPMENT_Y} H 560 V 135 H ${first.x} V ${PRODUCTION_Y - BOX_HEIGHT / 2}`} fill="none" strokeWidth={1.5} markerEnd={arrow} className="stroke-current opacity-70" />
      <text x={570} y={DEVELOPMENT_Y + 30} fontSize={13} className="fill-current font-semibold">
        {label("deploy")}
      </text>

      {PRODUCTION.slice(1).map((stage, index) => (
        <line
          key={stage.key}
          x1={PRODUCTION[index].x + BOX_WIDTH / 2}
          y1={PRODUCTION_Y}
          x2={stage.x - BOX_WIDTH / 2}
          y2={PRODUCTION_Y}
          strokeWidth={1.5}
          markerEnd={arrow}
          className="stroke-current opacity-70"
        />
      ))}
      <path d={`M ${last.x} ${PRODUCTION_Y + BOX_HEIGHT / 2} V 300 H ${first.x} V ${PRODUCTION_Y + BOX_HEIGHT / 2}`} fill="none" strokeWidth={1.5} strokeDasharray="6 4" markerEnd={arrow} className="stroke-current opacity-70" />
      <CenteredText x={380} y={320} lines={[label("retrain")]} size={12.5} className="italic" />

      {DEVELOPMENT.map((stage) => box(stage.key, stage.x, DEVELOPMENT_Y, "fill-amber-500/20 stroke-amber-600 dark:stroke-amber-400"))}
      {PRODUCTION.map((stage) => box(stage.key, stage.x, PRODUCTION_Y, "fill-sky-500/20 stroke-sky-600 dark:stroke-sky-400"))}
    </DiagramFigure>
  );
}
