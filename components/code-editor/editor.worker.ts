// Monaco's editor worker, which computes unicode highlights, diffs and word
// ranges off the main thread. It lives in a local file because Turbopack only bundles `new URL("./file", import.meta.url)`
// workers, not a package name.
import "monaco-editor/editor/editor.worker.js";
