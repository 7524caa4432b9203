import { describe, expect, it } from "vitest";
import { DIABETES_DICTIONARY, DIABETES_TARGET } from "../data/diabetes";
import type { DictionaryEntry } from "../data/diabetes";
import { diabetesProject } from "../examples/diabetes-project";
import { readColumnTransformerSpec } from "../ml/column-transformer";
import type { Project } from "../pipeline/types";
import {
  applyDictionaryToParameters,
  dictionaryFromParameters,
  dictionaryStorageKey,
  loadStoredDictionary,
  saveStoredDictionary,
  transformerParameterPaths,
} from "./dictionary";
import type { KeyValueStore } from "./storage";

function retype(dictionary: readonly DictionaryEntry[], column: string, type: DictionaryEntry["type"]): DictionaryEntry[] {
  return dictionary.map((entry) => (entry.column === column ? { ...entry, type } : entry));
}

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe("applyDictionaryToParameters", () => {
  it("leaves the reference parameters unchanged", () => {
    const project = diabetesProject();
    expect(applyDictionaryToParameters(project, DIABETES_DICTIONARY, DIABETES_TARGET)).toBe(project.parameters);
  });

  it("moves BMI to Ordinal and drops the empty Float group", () => {
    const project = diabetesProject();
    const parameters = applyDictionaryToParameters(project, retype(DIABETES_DICTIONARY, "BMI", "Ordinal"), DIABETES_TARGET);
    const block = parameters.column_transformer as Record<string, unknown>;

    expect(block.columns).toEqual({
      Ordinal: ["BMI", "GenHlth", "MentHlth", "PhysHlth"],
      Boolean: expect.any(Array),
      Categorical: ["Sex", "Age", "Education", "Income"],
    });
    expect(block.target).toBe(DIABETES_TARGET);
    expect(block.passthrough).toEqual(["split"]);
    expect(readColumnTransformerSpec(block, "params").columns.Float).toEqual([]);
  });

  it("changes only the transformer block", () => {
    const project = diabetesProject();
    const parameters = applyDictionaryToParameters(project, retype(DIABETES_DICTIONARY, "Sex", "Boolean"), DIABETES_TARGET);

    expect(parameters.split_params).toBe(project.parameters.split_params);
    expect(project.parameters.column_transformer).toEqual(diabetesProject().parameters.column_transformer);
  });

  it("follows a renamed block and a dictionary list", () => {
    const project = diabetesProject();
    const renamed: Project = {
      ...project,
      pipelines: {
        ...project.pipelines,
        data_engineering: project.pipelines.data_engineering.map((node) =>
          node.kind === "column_transformer_fit" ? { ...node, inputs: [node.inputs[0], "params:prep.encoder"] } : node,
        ),
      },
      parameters: { ...project.parameters, prep: { encoder: { target: DIABETES_TARGET, dictionary: [{ column: "BMI", type: "Float" }] } } },
    };

    expect(transformerParameterPaths(renamed)).toEqual(["prep.encoder"]);
    const parameters = applyDictionaryToParameters(renamed, retype(DIABETES_DICTIONARY, "BMI", "Ordinal"), DIABETES_TARGET);
    const rows = (parameters.prep as { encoder: { dictionary: { column: string; type: string }[] } }).encoder.dictionary;
    expect(rows).toHaveLength(21);
    expect(rows.find((row) => row.column === "BMI")).toEqual({ column: "BMI", type: "Ordinal" });
    expect(rows.some((row) => row.column === DIABETES_TARGET)).toBe(false);
  });

  it("creates the block on an empty project", () => {
    const empty: Project = { pipelines: { data_engineering: [] }, catalog: {}, parameters: {} };
    const parameters = applyDictionaryToParameters(empty, DIABETES_DICTIONARY, DIABETES_TARGET);

    const reference = diabetesProject().parameters.column_transformer as Record<string, unknown>;
    expect(parameters).toEqual({ column_transformer: { target: DIABETES_TARGET, columns: reference.columns } });
  });
});

describe("dictionaryFromParameters", () => {
  it("reads types from the column groups", () => {
    const project = diabetesProject();
    const edited = { ...project, parameters: applyDictionaryToParameters(project, retype(DIABETES_DICTIONARY, "BMI", "Ordinal"), DIABETES_TARGET) };

    expect(dictionaryFromParameters(edited, DIABETES_DICTIONARY)).toEqual(retype(DIABETES_DICTIONARY, "BMI", "Ordinal"));
  });

  it("keeps base types of unlisted columns", () => {
    const project = diabetesProject();
    const parameters = { ...project.parameters, column_transformer: { target: DIABETES_TARGET, columns: { Categorical: ["BMI"], Weird: ["Age"] } } };

    const dictionary = dictionaryFromParameters({ ...project, parameters }, DIABETES_DICTIONARY);
    expect(dictionary).toEqual(retype(DIABETES_DICTIONARY, "BMI", "Categorical"));
  });
});

describe("stored dictionary", () => {
  it("saves and loads the draft", () => {
    const store = memoryStore();
    expect(saveStoredDictionary(store, "diabetes", { text: "BMI: [", valid: [...DIABETES_DICTIONARY] })).toBeUndefined();

    const loaded = loadStoredDictionary(store, "diabetes");
    expect(loaded).toEqual({ status: "ok", stored: { version: 1, text: "BMI: [", valid: DIABETES_DICTIONARY } });
  });

  it("sets unreadable data aside", () => {
    const key = dictionaryStorageKey("diabetes");
    const store = memoryStore({ [key]: '{"version": 1, "text": 3}' });

    const loaded = loadStoredDictionary(store, "diabetes", new Date(1000));
    expect(loaded).toEqual({ status: "corrupt", backupKey: `${key}.corrupt.1000` });
    expect(store.data.get(`${key}.corrupt.1000`)).toBe('{"version": 1, "text": 3}');
    expect(store.data.has(key)).toBe(false);
  });

  it("reports a store that refuses", () => {
    const store: KeyValueStore = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("quota exceeded");
      },
      removeItem: () => undefined,
    };

    expect(loadStoredDictionary(store, "diabetes")).toEqual({ status: "unavailable", detail: "blocked" });
    expect(saveStoredDictionary(store, "diabetes", { text: "", valid: [] })).toBe("quota exceeded");
  });
});
