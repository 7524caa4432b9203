/**
 * Input checks shared by the node kinds. Each check throws an EngineError
 * attributed to the port (the Python argument name) that carried the bad
 * value, so the runner can name the dataset or parameter block at fault.
 */
import type { Cell, Table } from "../data/table";
import { column, isTable } from "../data/table";
import { EngineError } from "../pipeline/errors";
import type { ParameterValue } from "../pipeline/types";

export type ParameterBlock = Record<string, ParameterValue>;

/** Describes a value's type for WRONG_INPUT_TYPE, using the `kind` tag of engine objects. */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") {
    const kind = (value as { kind?: unknown }).kind;
    return typeof kind === "string" ? kind : "object";
  }
  return typeof value;
}

/** Runs `body` and attributes any EngineError without a port to `port`. */
export function atPort<T>(port: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof EngineError) throw error.atPort(port);
    throw error;
  }
}

export function requireTable(value: unknown, port: string): Table {
  if (!isTable(value)) throw new EngineError("WRONG_INPUT_TYPE", { expected: "table", actual: describeType(value) }, port);
  return value;
}

/** Checks that `value` is a fitted object (scaler, encoder, model) with the expected `kind` tag. */
export function requireFitted<T extends { kind: string }>(value: unknown, kind: T["kind"], port: string): T {
  const actual = describeType(value);
  if (actual !== kind) throw new EngineError("WRONG_INPUT_TYPE", { expected: kind, actual }, port);
  return value as T;
}

export function requireParameters(value: unknown, port: string): ParameterBlock {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw invalidParameter("(block)", value, "a mapping of parameters", port);
  }
  return value as ParameterBlock;
}

export function invalidParameter(key: string, value: unknown, expected: string, port: string): EngineError {
  const displayedValue = value === undefined ? "missing" : JSON.stringify(value);
  return new EngineError("PARAMETER_INVALID", { key, value: displayedValue, expected }, port);
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Value used when the key is absent. Without a fallback, a missing key is invalid. */
  fallback?: number;
}

/** Reads a finite number from a parameter block, enforcing the rule's bounds. */
export function readNumber(block: ParameterBlock, key: string, port: string, rule: NumberRule = {}): number {
  const value = block[key];
  if (value === undefined && rule.fallback !== undefined) return rule.fallback;

  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max);
  if (!ok) throw invalidParameter(key, value, describeRule(rule), port);
  return value as number;
}

function describeRule(rule: NumberRule): string {
  const noun = rule.integer ? "an integer" : "a number";
  if (rule.min !== undefined && rule.max !== undefined) return `${noun} between ${rule.min} and ${rule.max}`;
  if (rule.min !== undefined) return `${noun} >= ${rule.min}`;
  if (rule.max !== undefined) return `${noun} <= ${rule.max}`;
  return noun;
}

export function readString(block: ParameterBlock, key: string, port: string): string {
  const value = block[key];
  if (typeof value !== "string" || value === "") throw invalidParameter(key, value, "a non-empty string", port);
  return value;
}

/** Reads a non-empty list of distinct column names. */
export function readColumnList(block: ParameterBlock, key: string, port: string): string[] {
  const value = block[key];
  const ok =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === "string" && item !== "") &&
    new Set(value).size === value.length;
  if (!ok) throw invalidParameter(key, value, "a non-empty list of distinct column names", port);
  return value as string[];
}

/** Reads the `features` list of the workshop's `columns` block. */
export function readFeatures(value: unknown, port: string): string[] {
  return readColumnList(requireParameters(value, port), "features", port);
}

/** Reads the `target` column name of the workshop's `columns` block. */
export function readTarget(value: unknown, port: string): string {
  return readString(requireParameters(value, port), "target", port);
}

/** Name of the column that encoder_transform adds and the model trains on. */
export function encodedColumnName(target: string): string {
  return `${target}_encoded`;
}

/**
 * Reads a column of class indices (non-negative integers), as produced by
 * encoder_transform or predict_model. Errors name the row and the column.
 */
export function readClassIndices(table: Table, name: string, port: string): number[] {
  const values: readonly Cell[] = atPort(port, () => column(table, name));
  return values.map((value, row) => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      throw new EngineError("INVALID_CLASS_INDEX", { row, column: name, value: String(value) }, port);
    }
    return value;
  });
}

/**
 * Checks that a fitted object is applied to the columns it was fitted on,
 * as scikit-learn does for DataFrames ("The feature names should match those
 * that were passed during fit").
 */
export function requireSameFeatures(fitted: readonly string[], requested: readonly string[], port: string): void {
  const same = fitted.length === requested.length && fitted.every((name, i) => name === requested[i]);
  if (!same) {
    throw new EngineError("FEATURES_MISMATCH", { fitted: fitted.join(", "), requested: requested.join(", ") }, port);
  }
}
