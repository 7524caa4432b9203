/// <reference lib="webworker" />
/**
 * The pipeline worker's "check" request: checks the student's project with
 * `checkExercise`, as the grading CLI does, and stamps the run with the
 * seeds, the backend, the browser and a fingerprint of the data.
 */
import { translateError } from "@/lib/i18n";
import { checkExercise, rawDataRead } from "@/lib/exercises/check";
import { fingerprintInputs } from "@/lib/exercises/fingerprint";
import { findExerciseSpec } from "@/lib/exercises/specs";
import { APP_VERSION, collectSeeds } from "@/lib/exercises/submission";
import type { RunStamp } from "@/lib/exercises/submission";
import type { NodeRegistry } from "@/lib/pipeline/registry";
import type { WorkerRequest, WorkerResponse } from "../protocol";

export interface CheckDependencies {
  registry: NodeRegistry;
  backendReady: Promise<string>;
  /** Raw datasets: the Iris tables and the files the user loaded. */
  inputs(): Record<string, unknown>;
  /** Abort controllers by request id, shared with runs so "cancel" stops a check too. */
  controllers: Map<number, AbortController>;
  post(message: WorkerResponse): void;
}

export async function handleCheck(request: Extract<WorkerRequest, { type: "check" }>, dependencies: CheckDependencies): Promise<void> {
  const { post } = dependencies;
  const spec = findExerciseSpec(request.exerciseId);
  if (!spec) {
    post({ type: "check_failed", id: request.id, message: `unknown exercise "${request.exerciseId}"` });
    return;
  }

  const controller = new AbortController();
  dependencies.controllers.set(request.id, controller);
  try {
    const backend = await dependencies.backendReady;
    const inputs = dependencies.inputs();
    const { result } = await checkExercise(spec, request.project, dependencies.registry, {
      inputs,
      signal: controller.signal,
      formatError: (code, params) => translateError(request.locale, code, params),
      onEvent: (event) => {
        if (event.type === "node_started") post({ type: "check_progress", id: request.id, node: event.node, index: event.index, total: event.total });
      },
    });
    const stamp: RunStamp = {
      seeds: collectSeeds(request.project.parameters),
      backend,
      browser: self.navigator.userAgent,
      appVersion: APP_VERSION,
      data: await fingerprintInputs(inputs, rawDataRead(spec, request.project)),
      checkedAt: new Date().toISOString(),
    };
    post({ type: "checked", id: request.id, result, stamp });
  } catch (error) {
    post({ type: "check_failed", id: request.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    dependencies.controllers.delete(request.id);
  }
}
