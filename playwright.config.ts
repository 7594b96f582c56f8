import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium where it is installed (this project's CI), Playwright's own browser otherwise
// (`npx playwright install chromium` on a laptop); CHROMIUM_PATH overrides both.
const executablePath =
  process.env.CHROMIUM_PATH || (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const port = Number(process.env.E2E_PORT || 3100);
const dataDir = process.env.E2E_DATA_DIR || ".data-e2e";
export const baseURL = `http://localhost:${port}`;
// Sign-in links and notifications go to a real SMTP server the admin tests start on this port
// (tests/e2e/admin-fixtures.ts); with no listener, mail waits in the outbox as in production.
const smtpPort = Number(process.env.E2E_SMTP_PORT || port + 1000);

const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "mobile", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /journey\.spec\.ts/ },
    {
      name: "no-javascript",
      use: { ...devices["Desktop Chrome"], javaScriptEnabled: false, launchOptions },
      testMatch: [
        /(journey|add-your-service|feedback-forms|you-said-we-did|young-people|events|advice-pages|glossary)\.spec\.ts/,
        /(shortlist|postcode-search)\.spec\.ts/,
      ],
    },
  ],
  // The real site on a throwaway embedded database: built, migrated and seeded like `npm start`.
  webServer: [
    {
      command: `rm -rf ${dataDir} && npm start`,
      env: {
        DATA_DIR: dataDir,
        PORT: String(port),
        DATABASE_URL: "",
        APP_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      },
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The same build with its database gone: every page must fail in plain words, not a stack trace.
      command: `node node_modules/next/dist/bin/next start -p ${port + 1}`,
      env: {
        DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:9/none",
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? "",
      },
      url: `http://localhost:${port + 1}/about`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
  ],
});
