import { describe, expect, it } from "vitest";
import { CLOUD_CATEGORIES, CLOUD_SERVICES, filterCloudServices } from "./cloud-services";

describe("cloud service table", () => {
  it("has unique ids", () => {
    const ids = CLOUD_SERVICES.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses every category", () => {
    const used = new Set(CLOUD_SERVICES.map((service) => service.category));
    expect(CLOUD_CATEGORIES.filter((category) => !used.has(category))).toEqual([]);
  });

  it("names a service on every provider in both locales", () => {
    for (const service of CLOUD_SERVICES) {
      expect([service.azure, service.aws, service.gcp, service.need["pt-BR"], service.need.en].every((text) => text.trim().length > 0), service.id).toBe(true);
    }
  });

  it("includes the GCP services the cloud lesson teaches", () => {
    const gcp = CLOUD_SERVICES.map((service) => service.gcp).join(" | ");
    for (const name of ["Cloud Storage", "BigQuery", "BigQuery ML", "Vertex AI", "Dataflow", "Dataproc", "Cloud Composer"]) {
      expect(gcp).toContain(name);
    }
  });
});

describe("filterCloudServices", () => {
  const all = { category: null, query: "", locale: "pt-BR" } as const;

  it("returns every row without a filter", () => {
    expect(filterCloudServices(CLOUD_SERVICES, all)).toHaveLength(CLOUD_SERVICES.length);
  });

  it("keeps only the chosen category", () => {
    const rows = filterCloudServices(CLOUD_SERVICES, { ...all, category: "ml" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((service) => service.category === "ml")).toBe(true);
  });

  it("matches provider names without case", () => {
    expect(filterCloudServices(CLOUD_SERVICES, { ...all, query: "bigquery ml" }).map((service) => service.id)).toEqual(["warehouse-ml"]);
  });

  it("ignores accents in the query and in the text", () => {
    const withAccent = filterCloudServices(CLOUD_SERVICES, { ...all, query: "máquinas" });
    const without = filterCloudServices(CLOUD_SERVICES, { ...all, query: "maquinas" });
    expect(without.map((service) => service.id)).toEqual(withAccent.map((service) => service.id));
    expect(without.map((service) => service.id)).toContain("vm");
  });

  it("searches the need in the reader's locale", () => {
    expect(filterCloudServices(CLOUD_SERVICES, { ...all, query: "registro de modelos" }).map((service) => service.id)).toEqual(["model-registry"]);
    expect(filterCloudServices(CLOUD_SERVICES, { ...all, locale: "en", query: "registro de modelos" })).toEqual([]);
  });

  it("combines category and query", () => {
    expect(filterCloudServices(CLOUD_SERVICES, { ...all, category: "storage", query: "spark" })).toEqual([]);
    expect(filterCloudServices(CLOUD_SERVICES, { ...all, category: "processing", query: "spark" }).map((service) => service.id)).toEqual(["spark"]);
  });
});
