/**
 * Monaco, bundled from node_modules and never fetched from a CDN: only the
 * editor API, the YAML and Python tokenizers and the editor features the lab
 * uses. Importing this module points @monaco-editor/react at this copy and
 * sets the factory Monaco calls to start its worker.
 *
 * Browser only (Monaco touches `window` on import), so load it through
 * `next/dynamic(..., { ssr: false })`.
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor/editor.api.js";

// The package's exports map only allows `monaco-editor/<path under esm/vs>.js`.
// NOTE: bytes over the wire with `next start` (gzip, Chromium's transfer sizes,
// monaco-editor 0.57.0): the editor API and the two languages cost about
// 724 kB. The features below add about 147 kB and the 75 kB codicon font.
import "monaco-editor/features/bracketMatching/register.js";
import "monaco-editor/features/clipboard/register.js";
import "monaco-editor/features/codicon/register.js";
import "monaco-editor/features/comment/register.js";
import "monaco-editor/features/cursorUndo/register.js";
import "monaco-editor/features/find/register.js";
import "monaco-editor/features/folding/register.js";
import "monaco-editor/features/gotoError/register.js";
import "monaco-editor/features/hover/register.js";
import "monaco-editor/features/indentation/register.js";
import "monaco-editor/features/linesOperations/register.js";
import "monaco-editor/features/toggleTabFocusMode/register.js";
// Marks invisible and look-alike characters, such as a pasted no-break space that breaks YAML.
// The editor worker computes them, so this feature is what starts the worker.
import "monaco-editor/features/unicodeHighlighter/register.js";
import "monaco-editor/features/wordOperations/register.js";
import "monaco-editor/languages/definitions/python/register.js";
import "monaco-editor/languages/definitions/yaml/register.js";

self.MonacoEnvironment = {
  getWorker() {
    return new Worker(new URL("./editor.worker.ts", import.meta.url), { type: "module" });
  },
};

loader.config({ monaco });

export { monaco };
