/**
 * Shared setup of the browser benchmarks: the production server they start,
 * and Debian's Chromium launched with the flags this offline machine needs.
 * Playwright's config (`playwright.config.ts`) lists the same flags for the
 * e2e suite.
 */
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import type { Browser } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * Runs `work` against `next start` of the existing build on 127.0.0.1:`port`,
 * then stops the server's process group in a `finally`, so a failing
 * benchmark does not leave it running.
 */
export async function withProductionServer(port: number, work: (base: string) => Promise<void>): Promise<void> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    // Its own process group, so the server's children stop with it.
    detached: true,
  });
  try {
    await waitForServer(base, 30_000);
    await work(base);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not respond within ${timeoutMs} ms; run npm run build first`);
}
