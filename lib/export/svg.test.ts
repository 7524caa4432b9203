import { describe, expect, it } from "vitest";
import { irisProject } from "../examples/iris-project";
import { buildViewGraph } from "../pipeline/view-graph";
import { escapeXml, graphToSvg } from "./svg";

describe("graphToSvg", () => {
  const graph = buildViewGraph(irisProject());
  const svg = graphToSvg(graph, "iris");

  it("is one svg document with a title", () => {
    expect(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")).toBe(true);
    expect(svg.trim().endsWith("</svg>")).toBe(true);
    expect(svg).toContain("<title>iris</title>");
  });

  it("draws every node and edge", () => {
    for (const node of graph.nodes) expect(svg).toContain(`>${escapeXml(node.name)}</text>`);
    expect(svg.match(/<path /g)).toHaveLength(graph.edges.length);
  });

  it("shows kinds and layers", () => {
    expect(svg).toContain("scaler_fit()");
    expect(svg).toContain("primary · ParquetDataset");
  });

  it("escapes names", () => {
    expect(escapeXml(`a<b & "c">`)).toBe("a&lt;b &amp; &quot;c&quot;&gt;");
  });
});
