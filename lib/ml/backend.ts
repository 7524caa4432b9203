/**
 * tfjs backend selection for the browser, Web Workers and Node. The node
 * kinds only import tfjs-core, so a backend must be ready before a run.
 */
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";

export type BackendName = "wasm" | "cpu";

export interface BackendOptions {
  /**
   * URL prefix of the `.wasm` files, ending in "/", e.g. "/tfjs/" in the
   * browser. Omit it in Node, where the backend loads them from node_modules.
   */
  wasmPath?: string;
}

/**
 * Activates `preferred`, falling back to cpu when wasm fails to load
 * (e.g. missing `.wasm` files), and returns the backend name in use.
 *
 * @example
 * const backend = await initBackend("wasm", { wasmPath: "/tfjs/" }); // "wasm" or "cpu"
 */
export async function initBackend(preferred: BackendName, options: BackendOptions = {}): Promise<string> {
  if (options.wasmPath) setWasmPaths(options.wasmPath);
  // Production mode silences tfjs's console advice, such as its banner
  // recommending tfjs-node, which cannot be installed here anyway.
  tf.enableProdMode();

  if (preferred === "wasm") {
    // setBackend resolves false instead of throwing when the backend fails to initialise.
    const ready = await tf.setBackend("wasm").catch(() => false);
    if (ready) {
      await tf.ready();
      return tf.getBackend();
    }
  }

  await tf.setBackend("cpu");
  await tf.ready();
  return tf.getBackend();
}
