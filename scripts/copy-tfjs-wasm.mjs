// Copies the tfjs WASM binaries next to the app's static files, because the
// browser must load them from this site (no CDN at runtime).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "node_modules/@tensorflow/tfjs-backend-wasm/dist");
const target = join(root, "public/tfjs");

if (!existsSync(source)) {
  console.error(`[deploy-lab] tfjs WASM files not found in ${source}; run npm install first.`);
  process.exit(1);
}

mkdirSync(target, { recursive: true });
const files = readdirSync(source).filter((name) => name.endsWith(".wasm"));
for (const name of files) copyFileSync(join(source, name), join(target, name));
console.log(`[deploy-lab] copied ${files.length} tfjs WASM files to public/tfjs`);
