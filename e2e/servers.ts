/**
 * Ports and environment of the two servers the end-to-end tests start. The
 * default one has no preload configured. The second one preloads the
 * workshop's training file (when the data folder has it) and points the
 * inference file at a path that does not exist.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export const DEFAULT_PORT = Number(process.env.E2E_PORT ?? 3100);
export const PRELOAD_PORT = Number(process.env.E2E_PRELOAD_PORT ?? DEFAULT_PORT + 1);
export const PRELOAD_BASE_URL = `http://127.0.0.1:${PRELOAD_PORT}`;

export const DATA_DIR = resolve("../shared/data");
export const TRAINING_FILE = resolve(DATA_DIR, "diabetes_binary_5050split_health_indicators_BRFSS2015.csv");
export const HAS_TRAINING_FILE = existsSync(TRAINING_FILE);
/** Relative, so the message shows it resolved against the server's working directory. */
export const MISSING_PREDICT_PATH = "e2e/fixtures/nao-existe/diabetes_predict.csv";

/** Blank values switch preloading off even when the shell running the tests sets the variables. */
export const NO_PRELOAD_ENV = { DEPLOY_LAB_DIABETES_CSV: "", DEPLOY_LAB_DIABETES_PREDICT_CSV: "" };

export const PRELOAD_ENV = {
  DEPLOY_LAB_DIABETES_CSV: HAS_TRAINING_FILE ? TRAINING_FILE : "",
  DEPLOY_LAB_DIABETES_PREDICT_CSV: MISSING_PREDICT_PATH,
};
