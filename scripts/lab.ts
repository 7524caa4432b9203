/**
 * `npm run lab -- <command>`: the engine's headless face in Node, for
 * instructors, CI and benchmarks. Same project model, node kinds and runner
 * as the browser.
 */
import { parseArgs } from "node:util";
import { benchCommand } from "./cli/bench";
import { runCommand } from "./cli/run";

const USAGE = `Usage: npm run lab -- <command> [options]

Commands:
  run <example>        Run an example project's pipelines (examples: iris)
    --pipeline NAME    Run one pipeline (default: __default__, all of them)
    --from-nodes A,B   Run these nodes and everything downstream
    --backend NAME     TensorFlow.js backend: wasm (default) or cpu
    --lang LOCALE      Language of error messages: pt-BR (default) or en
    --json             Print one JSON object (log, report, timings) instead of text
  bench <example>      Time repeated runs in Node on each backend, next to the target
    --runs N           Runs per backend, the first reported as cold (default: 10)
    --backend NAME     Only this backend: wasm or cpu (default: both)
  help                 Show this help
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pipeline: { type: "string" },
      "from-nodes": { type: "string" },
      backend: { type: "string" },
      runs: { type: "string" },
      lang: { type: "string", default: "pt-BR" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;

  if (values.help || !command || command === "help") {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === "run") return runCommand(rest, { ...values, backend: values.backend ?? "wasm" });
  if (command === "bench") return benchCommand(rest, values);

  process.stderr.write(`[deploy-lab] unknown command "${command}".\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[deploy-lab] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
