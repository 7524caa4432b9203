/**
 * A standalone SVG drawing of a pipeline graph, for "export as SVG/PNG".
 * Built from the laid-out view graph rather than from the DOM, so it is the
 * same in every browser and testable in Node.
 */
import type { ViewGraph, ViewNode } from "../pipeline/view-graph";

const FONT = "ui-sans-serif, system-ui, sans-serif";
const MONO = "ui-monospace, monospace";
const MARGIN = 16;

const STYLES: Record<ViewNode["type"], { fill: string; stroke: string; radius: number; dash?: string }> = {
  function: { fill: "#ffffff", stroke: "#475569", radius: 6 },
  dataset: { fill: "#f8fafc", stroke: "#94a3b8", radius: 22 },
  parameters: { fill: "#ffffff", stroke: "#94a3b8", radius: 4, dash: "4 3" },
  pipeline: { fill: "#f1f5f9", stroke: "#e2e8f0", radius: 10 },
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Renders the graph as an SVG document string.
 *
 * @example
 * const svg = graphToSvg(buildViewGraph(irisProject()));
 */
export function graphToSvg(graph: ViewGraph, title = "pipeline"): string {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const right = Math.max(0, ...graph.nodes.map((node) => node.position.x + node.width));
  const bottom = Math.max(0, ...graph.nodes.map((node) => node.position.y + node.height));
  const width = right + 2 * MARGIN;
  const height = bottom + 2 * MARGIN;

  const lanes = graph.nodes.filter((node) => node.type === "pipeline").map(drawNode);
  const edges = graph.edges.map((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) return "";
    const x1 = source.position.x + source.width;
    const y1 = source.position.y + source.height / 2;
    const x2 = target.position.x;
    const y2 = target.position.y + target.height / 2;
    const bend = Math.max(20, (x2 - x1) / 2);
    return `<path d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}" fill="none" stroke="#94a3b8" stroke-width="1.2"/>`;
  });
  const nodes = graph.nodes.filter((node) => node.type !== "pipeline").map(drawNode);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${-MARGIN} ${-MARGIN} ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${-MARGIN}" y="${-MARGIN}" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lanes,
    ...edges,
    ...nodes,
    "</svg>",
  ].join("\n");
}

function drawNode(node: ViewNode): string {
  const style = STYLES[node.type];
  const { x, y } = node.position;
  const rect = `<rect x="${x}" y="${y}" width="${node.width}" height="${node.height}" rx="${style.radius}" fill="${style.fill}" stroke="${style.stroke}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""}/>`;
  if (node.type === "pipeline") {
    return `${rect}\n<text x="${x + 10}" y="${y + 18}" font-family="${MONO}" font-size="13" font-weight="600" fill="#475569">${escapeXml(node.name)}</text>`;
  }
  const lines = [`<text x="${x + 10}" y="${y + 18}" font-family="${node.type === "parameters" ? MONO : FONT}" font-size="12" font-weight="${node.type === "function" ? 600 : 400}" fill="#0f172a">${escapeXml(node.name)}</text>`];
  let detail = "";
  if (node.type === "function") detail = `${node.kind}()`;
  if (node.type === "dataset") detail = [node.layer, node.datasetType?.split(".").pop()].filter(Boolean).join(" · ");
  if (detail) lines.push(`<text x="${x + 10}" y="${y + 34}" font-family="${MONO}" font-size="10" fill="#475569">${escapeXml(detail)}</text>`);
  return [rect, ...lines].join("\n");
}
