/** Helpers for the unit tests of lib/ml. */
import { expect } from "vitest";
import { EngineError } from "../pipeline/errors";

/** Runs `body` and returns the EngineError it throws, failing the test if it throws nothing else. */
export async function catchEngineError(body: () => unknown): Promise<EngineError> {
  try {
    await body();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return error as EngineError;
  }
  throw new Error("expected an EngineError, but nothing was thrown");
}

/** Creates a NodeContext that records progress and log calls. */
export function recordingContext(signal?: AbortSignal) {
  const progress: { step: number; total: number; loss?: number }[] = [];
  const logs: string[] = [];
  return {
    progress,
    logs,
    context: {
      log: (message: string) => logs.push(message),
      progress: (update: { step: number; total: number; loss?: number }) => progress.push(update),
      signal,
      parameters: {},
    },
  };
}
