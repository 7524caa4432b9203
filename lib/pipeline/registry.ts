/**
 * Node kinds: the functions a pipeline node may call.
 *
 * A kind declares its ports so the validator can check arity and the editor
 * can type links. `run` receives the loaded input values in declaration
 * order and returns one value per output.
 */
import type { Parameters } from "./types";

/** Kind of value on a port; the editor's typed ports use the same names. */
export type PortType = "table" | "transformer" | "model" | "metrics" | "parameters";

export interface PortSpec {
  /** Python argument name, used in the generated `def` and in messages. */
  name: string;
  type: PortType;
  doc?: string;
}

export type KindGroup = "data" | "preprocessing" | "models" | "evaluation";

export interface NodeContext {
  /** Appends a line to the run log (shown as INFO, like Kedro's logger). */
  log(message: string): void;
  /** Reports training progress, e.g. one call per epoch. */
  progress(update: { step: number; total: number; loss?: number }): void;
  /** Aborted when the user cancels the run; long loops must check it. */
  signal?: AbortSignal;
  parameters: Parameters;
}

/** Description of a kind for the editor: everything but the function. */
export interface NodeKindSpec {
  id: string;
  group: KindGroup;
  /** One-line summary, then details; shown in the inspector. */
  doc: string;
  inputs: PortSpec[];
  outputs: PortSpec[];
}

export interface NodeKind extends NodeKindSpec {
  run(inputs: unknown[], context: NodeContext): Promise<unknown[]> | unknown[];
}

/** Strips `run` so a kind can be posted from a worker or listed without tfjs. */
export function toSpec(kind: NodeKind): NodeKindSpec {
  return { id: kind.id, group: kind.group, doc: kind.doc, inputs: kind.inputs, outputs: kind.outputs };
}

export class NodeRegistry {
  private readonly kinds = new Map<string, NodeKind>();

  register(...kinds: NodeKind[]): this {
    for (const kind of kinds) {
      if (this.kinds.has(kind.id)) throw new Error(`node kind "${kind.id}" is already registered`);
      this.kinds.set(kind.id, kind);
    }
    return this;
  }

  get(id: string): NodeKind | undefined {
    return this.kinds.get(id);
  }

  has(id: string): boolean {
    return this.kinds.has(id);
  }

  list(): NodeKind[] {
    return [...this.kinds.values()];
  }
}
