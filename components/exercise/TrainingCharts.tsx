"use client";

import { useLocale } from "@/components/i18n/LocaleProvider";
import { LineChart } from "./LineChart";

interface RocCurve {
  kind: "roc_curve";
  auc: number;
  points: { fpr: number; tpr: number }[];
}

function isRocCurve(value: unknown): value is RocCurve {
  return typeof value === "object" && value !== null && (value as RocCurve).kind === "roc_curve";
}

/**
 * Shows the training loss of each training node as it arrives (one point
 * per reported epoch) and, after an evaluation, the ROC curve.
 */
export function TrainingCharts({ lossCurves, datasets }: { lossCurves: Record<string, { step: number; loss: number }[]>; datasets?: Record<string, unknown> }) {
  const { t, locale } = useLocale();
  const curves = Object.entries(lossCurves).filter(([, points]) => points.length > 0);
  const roc = Object.values(datasets ?? {}).find(isRocCurve);
  if (curves.length === 0 && !roc) return null;

  return (
    <div className="flex flex-wrap gap-4" data-testid="training-charts">
      {curves.map(([node, points]) => (
        <LineChart
          key={node}
          testId={`loss-chart-${node}`}
          title={t("charts.loss", { node })}
          xLabel={t("charts.epoch")}
          yLabel={t("charts.lossAxis")}
          points={points.map((point) => ({ x: point.step, y: point.loss }))}
        />
      ))}
      {roc && (
        <LineChart
          testId="roc-chart"
          title={t("charts.roc", { auc: roc.auc.toLocaleString(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 }) })}
          xLabel={t("charts.fpr")}
          yLabel={t("charts.tpr")}
          xDomain={[0, 1]}
          yDomain={[0, 1]}
          diagonal
          points={roc.points.map((point) => ({ x: point.fpr, y: point.tpr }))}
        />
      )}
    </div>
  );
}
