import type { Locale } from "@/lib/i18n";
import { CenteredText, DiagramFigure, diagramLabel } from "./Figure";

const LAYERS = ["applications", "data", "runtime", "middleware", "os", "virtualization", "servers", "storage", "networking"] as const;

// How many layers, from the top, the customer still manages in each model.
const MODELS = [
  { key: "onPremises", customerLayers: 9, examples: "" },
  { key: "iaas", customerLayers: 5, examples: "iaasExamples" },
  { key: "paas", customerLayers: 2, examples: "paasExamples" },
  { key: "saas", customerLayers: 0, examples: "saasExamples" },
] as const;

const LABEL_WIDTH = 170;
const COLUMN_WIDTH = 150;
const ROW_HEIGHT = 30;
const TOP = 50;

const CUSTOMER_CLASS = "fill-amber-500/25 stroke-amber-600 dark:stroke-amber-400";
const PROVIDER_CLASS = "fill-sky-500/20 stroke-sky-600 dark:stroke-sky-400";

/** Draws on-premises, IaaS, PaaS and SaaS as stacks of layers, coloured by who manages each layer. */
export function ServiceModelsDiagram({ locale = "pt-BR" }: { locale?: Locale }) {
  const label = (key: string) => diagramLabel(locale, `models.${key}`);
  const bottom = TOP + LAYERS.length * ROW_HEIGHT;

  return (
    <DiagramFigure
      id={`service-models-${locale}`}
      title={label("title")}
      description={label("description")}
      caption={label("caption")}
      viewBox={`0 0 ${LABEL_WIDTH + MODELS.length * COLUMN_WIDTH + 10} ${bottom + 110}`}
    >
      {MODELS.map((model, column) => (
        <CenteredText key={model.key} x={LABEL_WIDTH + column * COLUMN_WIDTH + COLUMN_WIDTH / 2} y={TOP - 22} lines={[label(model.key)]} size={15} className="font-bold" />
      ))}
      {LAYERS.map((layer, row) => (
        <text key={layer} x={LABEL_WIDTH - 10} y={TOP + row * ROW_HEIGHT + ROW_HEIGHT / 2} textAnchor="end" dominantBaseline="central" fontSize={13.5} className="fill-current">
          {label(layer)}
        </text>
      ))}
      {MODELS.map((model, column) =>
        LAYERS.map((layer, row) => (
          <rect
            key={`${model.key}-${layer}`}
            x={LABEL_WIDTH + column * COLUMN_WIDTH + 6}
            y={TOP + row * ROW_HEIGHT + 2}
            width={COLUMN_WIDTH - 12}
            height={ROW_HEIGHT - 4}
            rx={3}
            strokeWidth={1.2}
            className={row < model.customerLayers ? CUSTOMER_CLASS : PROVIDER_CLASS}
          />
        )),
      )}
      {MODELS.map((model, column) =>
        model.examples ? (
          <CenteredText
            key={model.key}
            x={LABEL_WIDTH + column * COLUMN_WIDTH + COLUMN_WIDTH / 2}
            y={bottom + 24}
            lines={label(model.examples).split("\n")}
            size={12.5}
            lineHeight={15}
            className="italic"
          />
        ) : null,
      )}
      <g transform={`translate(${LABEL_WIDTH + 6}, ${bottom + 70})`}>
        <rect width={22} height={16} rx={3} className={CUSTOMER_CLASS} strokeWidth={1.2} />
        <text x={30} y={8} dominantBaseline="central" fontSize={13.5} className="fill-current">
          {label("customer")}
        </text>
        <rect x={250} width={22} height={16} rx={3} className={PROVIDER_CLASS} strokeWidth={1.2} />
        <text x={280} y={8} dominantBaseline="central" fontSize={13.5} className="fill-current">
          {label("provider")}
        </text>
      </g>
    </DiagramFigure>
  );
}
