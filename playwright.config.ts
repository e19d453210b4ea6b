import { defineConfig } from "@playwright/test";

// Playwright cannot download its own browsers here: it drives Debian's Chromium
// (shared/notes/services.md) with the flags Chromium needs as root and without network.
const port = Number(process.env.E2E_PORT ?? process.env.PORT ?? 3000);
const baseURL = `http://127.0.0.1:${port}`;
// A second server of the same build with BLUEPRINT_AUTH=required, for the specs under e2e/auth
// (accounts, roles, the route matrix). Its own embedded database, fresh on every run.
const requiredPort = port + 1;
const requiredURL = `http://127.0.0.1:${requiredPort}`;
const requiredDataDir = `.data/e2e-required-${requiredPort}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
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
  projects: [
    { name: "local", testIgnore: "auth/**", use: { baseURL } },
    { name: "required", testMatch: "auth/**/*.spec.ts", use: { baseURL: requiredURL } },
  ],
  // Playwright sets the servers up one after the other, so the second one starts after the
  // first has built, and serves that same build.
  webServer: [
    {
      // The built app, as users run it. E2E_SKIP_BUILD reuses a build made just before.
      command: process.env.E2E_SKIP_BUILD ? "npm run serve" : "npm run build && npm run serve",
      url: `${baseURL}/api/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `rm -rf ${requiredDataDir} && npm run serve`,
      url: `${requiredURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { PORT: String(requiredPort), BLUEPRINT_AUTH: "required", BLUEPRINT_DATA_DIR: requiredDataDir, NEXT_TELEMETRY_DISABLED: "1" },
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
