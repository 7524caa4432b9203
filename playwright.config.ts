import { defineConfig, devices } from "@playwright/test";
import { DEFAULT_PORT, NO_PRELOAD_ENV, PRELOAD_BASE_URL, PRELOAD_ENV, PRELOAD_PORT } from "./e2e/servers";

const port = DEFAULT_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The suite runs against the production build, as users get it.
  webServer: [
    {
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: NO_PRELOAD_ENV,
    },
    {
      // The same build with preload variables set, as a classroom deployment starts it (e2e/preload.spec.ts).
      command: `npx next start -H 127.0.0.1 -p ${PRELOAD_PORT}`,
      url: PRELOAD_BASE_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      env: PRELOAD_ENV,
    },
  ],
});
