/**
 * Test helpers that write an export to a temporary folder and run Python
 * on it. Python with pandas and scikit-learn is optional: Debian's
 * python3-pandas and python3-sklearn, which .ci/run installs.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";

/** Interpreters to try in order. The PYTHON environment variable, when set, comes first. */
const CANDIDATES = [process.env.PYTHON, "/usr/bin/python3", "python3"].filter((candidate): candidate is string => Boolean(candidate));

function runs(python: string, code: string): boolean {
  return spawnSync(python, ["-c", code], { encoding: "utf8" }).status === 0;
}

/** Returns a Python 3 interpreter, or undefined when none is installed. */
export function findPython(): string | undefined {
  return CANDIDATES.find((python) => runs(python, "import sys; assert sys.version_info >= (3, 10)"));
}

/** Returns a Python 3 interpreter with pandas, scikit-learn, pytest and PyYAML, or undefined. */
export function findDataPython(): string | undefined {
  return CANDIDATES.find((python) => runs(python, "import pandas, sklearn, pytest, yaml"));
}

/** Unzips `zip` into a new temporary folder and returns the folder. */
export function unzipToTemp(zip: Uint8Array, prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return root;
}

/** Unzips `zip` in memory into text files by path. */
export function unzipToText(zip: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(zip)).map(([path, bytes]) => [path, strFromU8(bytes)]));
}
