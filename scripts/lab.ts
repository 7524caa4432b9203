/**
 * `npm run lab -- <command>`: the engine's headless face in Node, for
 * instructors, CI and benchmarks. Same project model, node kinds and runner
 * as the browser.
 */
import { parseArgs } from "node:util";
import { benchCommand } from "./cli/bench";
import { GRADE_USAGE, gradeCommand } from "./cli/grade";
import { exportCommand } from "./cli/export";
import { runCommand } from "./cli/run";
import { UsageError } from "./cli/usage";

const USAGE = `Usage: npm run lab -- <command> [options]

Commands:
  run <example>        Run an example project's pipelines (examples: iris, diabetes)
    --pipeline NAME    Run one pipeline (default: __default__, all of them)
    --from-nodes A,B   Run these nodes and everything downstream
    --backend NAME     TensorFlow.js backend: wasm (default) or cpu
    --lang LOCALE      Language of error messages: pt-BR (default) or en
    --json             Print one JSON object (log, report, timings) instead of text
    --data-dir DIR     Where catalog datasets are kept between runs, as Kedro's
                       data/ folder (default: .lab-data/<example>); run
                       data_engineering before --pipeline model_train
    --data FILE        diabetes only, required: the labeled CSV (Kaggle's
                       diabetes_binary_5050split or workshop format)
    --predict FILE     diabetes only: unlabeled CSV for model_predict
    --out FILE         Write the predicted dataset as CSV; text cells that
                       start with = + - @ get a leading ' for spreadsheets
  bench <example>      Time repeated runs in Node on each backend, next to the target
    --runs N           Runs per backend, the first reported as cold (default: 10)
    --backend NAME     Only this backend: wasm or cpu (default: both)
    --data FILE        diabetes only, required: the labeled CSV; prints fit
                       time, epochs, macro F1 and ROC AUC beside scikit-learn
  grade <files|dirs>   Re-run exported submissions and write a gradebook CSV
                       (see npm run lab -- grade --help)
  export <source>      Write a Kedro project zip (kedro run, pytest, Docker) of an
                       exercise's reference project (iris, diabetes) or of a
                       pipeline JSON file from the editor's "Exportar JSON"
    --out FILE         Zip to write (default: <package>.zip)
    --package NAME     Python package name (default: from the exercise or file name)
    --lang LOCALE      Language of the problems that stop an export: pt-BR or en
  help                 Show this help
`;

async function main(argv: string[]): Promise<number> {
  // grade takes repeatable --data and its own options, so it parses its arguments itself.
  if (argv[0] === "grade") return gradeMain(argv.slice(1));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // parseArgs rejects unknown options and missing values with a TypeError.
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;

  if (values.help || !command || command === "help") {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  try {
    if (command === "run") return await runCommand(rest, values);
    if (command === "bench") return await benchCommand(rest, values);
    if (command === "export") return exportCommand(rest, values);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    throw error;
  }
  return usageError(`unknown command "${command}".`);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      pipeline: { type: "string" },
      "from-nodes": { type: "string" },
      backend: { type: "string" },
      runs: { type: "string" },
      lang: { type: "string" },
      json: { type: "boolean", default: false },
      "data-dir": { type: "string" },
      data: { type: "string" },
      predict: { type: "string" },
      out: { type: "string" },
      package: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

async function gradeMain(argv: string[]): Promise<number> {
  try {
    return await gradeCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`[deploy-lab] ${error.message}\n\n${GRADE_USAGE}`);
      return 2;
    }
    throw error;
  }
}

function usageError(message: string): number {
  process.stderr.write(`[deploy-lab] ${message}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  // stdout to a pipe is written asynchronously, so exit only after the output (up to megabytes of JSON) is flushed.
  (code) => process.stdout.write("", () => process.exit(code)),
  (error: unknown) => {
    process.stderr.write(`[deploy-lab] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
