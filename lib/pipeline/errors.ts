/**
 * Errors the engine raises while running a node. Each carries a stable code
 * and the values a message needs, so the UI and the CLI can phrase it in the
 * user's language (see lib/i18n) instead of showing an English stack trace.
 */
export type ErrorParams = Record<string, string | number>;

export class EngineError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  /**
   * Argument name of the node kind's input that caused the error (e.g.
   * `df_in`); the runner turns it into the dataset name the node reads.
   */
  readonly port?: string;

  constructor(code: string, params: ErrorParams = {}, port?: string) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "EngineError";
    this.code = code;
    this.params = params;
    this.port = port;
  }

  /** Dataset name at fault, when the runner can tell it directly. */
  dataset?: string;

  /** Returns the same error attributed to one input port. */
  atPort(port: string): EngineError {
    return this.port ? this : new EngineError(this.code, this.params, port);
  }

  withDataset(dataset: string): this {
    this.dataset = dataset;
    return this;
  }
}

/** A run that a caller stopped through its AbortSignal. */
export class RunCancelledError extends Error {
  constructor() {
    super("run cancelled");
    this.name = "RunCancelledError";
  }
}
