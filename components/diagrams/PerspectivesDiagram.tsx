import type { Locale } from "@/lib/i18n";
import { CenteredText, DiagramFigure, TextLines, diagramLabel } from "./Figure";

const CIRCLES = [
  { key: "product", cx: 300, cy: 170, titleX: 255, titleY: 125, shape: "fill-amber-500/15 stroke-amber-600 dark:stroke-amber-400" },
  { key: "software", cx: 460, cy: 170, titleX: 505, titleY: 125, shape: "fill-sky-500/15 stroke-sky-600 dark:stroke-sky-400" },
  { key: "analytical", cx: 380, cy: 305, titleX: 380, titleY: 365, shape: "fill-emerald-500/15 stroke-emerald-600 dark:stroke-emerald-400" },
] as const;

/** Draws the three perspectives of a digital solution (product, software, analytical) as overlapping circles, each with its qualities. */
export function PerspectivesDiagram({ locale = "pt-BR" }: { locale?: Locale }) {
  const label = (key: string) => diagramLabel(locale, `perspectives.${key}`);
  const lines = (key: string) => label(key).split("\n");

  return (
    <DiagramFigure
      id={`perspectives-${locale}`}
      title={label("title")}
      description={label("description")}
      caption={label("caption")}
      viewBox="0 0 800 440"
    >
      {CIRCLES.map((circle) => (
        <circle key={circle.key} cx={circle.cx} cy={circle.cy} r={115} strokeWidth={2} className={circle.shape} />
      ))}
      {CIRCLES.map((circle) => (
        <CenteredText key={circle.key} x={circle.titleX} y={circle.titleY} lines={[label(circle.key)]} size={17} className="font-bold" />
      ))}
      <CenteredText x={380} y={215} lines={lines("center")} size={13} lineHeight={15} className="font-semibold" />

      <TextLines x={175} y={80} lines={lines("productQualities")} anchor="end" lineHeight={21} />
      <TextLines x={590} y={60} lines={lines("softwareQualities")} size={13.5} />
      <TextLines x={510} y={340} lines={lines("analyticalQualities")} size={13.5} />
    </DiagramFigure>
  );
}
