import { existsSync, mkdtempSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import {
  identityProviderClient,
  identityProviderIssuer,
  identityProviderName,
  identityProviderPort,
} from "./tests/e2e/support/identity-provider-settings";

// The end-to-end suite runs against the production build (`npm run build` first) on a throwaway
// embedded database, in the system's Chromium: nothing is downloaded.
const port = Number(process.env.E2E_PORT ?? 3100);
// Set once in the main process; workers inherit it, so every test knows the server's data folder.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "coalition-e2e-"));
// The sessions that the setup project saves, one per demo account (tests/e2e/fixtures.ts).
process.env.E2E_SIGN_IN_DIR ??= mkdtempSync(path.join(tmpdir(), "coalition-e2e-sign-in-"));

// Debian's headless shell is Chromium's engine without the desktop browser around it: the suite
// takes about half the CPU time it takes in the full browser. Without it, the full browser.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    // Keep Chromium from reaching out to Google services on a machine with no internet.
    args: [
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};
const COUNTING_SPECS = /\/(shell|organisations)\.spec\.ts$/;
const SIGN_IN_SETUP = /\/sign-in\.setup\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // The server and the browsers share the machine, and each waits on the other much of the time:
  // two workers keep both CPUs of a 2-CPU machine busy, where Playwright's default runs one.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A trace records every test as it runs, to keep only a failing one's: a fifth of the suite's
    // time. CI keeps nothing but what it prints, so it records none.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // The journeys share one seeded database, and some add throwaway organisations (archived when
  // they finish). Each demo account signs in once, first; the specs that count the demo coalition
  // exactly run next, before any other.
  projects: [
    { name: "sign in once per demo account", testMatch: SIGN_IN_SETUP, use: chromium },
    {
      name: "demo coalition counts",
      testMatch: COUNTING_SPECS,
      dependencies: ["sign in once per demo account"],
      use: chromium,
    },
    {
      name: "chromium",
      testIgnore: COUNTING_SPECS,
      dependencies: ["demo coalition counts"],
      use: chromium,
    },
  ],
  webServer: [
    {
      // Single sign-on goes through a real OpenID Connect provider on loopback.
      command: "node_modules/.bin/tsx tests/e2e/support/identity-provider.ts",
      url: `${identityProviderIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { E2E_PORT: String(port), E2E_IDP_PORT: String(identityProviderPort) },
    },
    {
      // The production server (npm run serve), which tells the app each connection's address.
      command: "node scripts/serve.mjs",
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NODE_ENV: "production",
        DATA_DIR: process.env.E2E_DATA_DIR,
        COALITION_DIAGNOSTICS: "1",
        // An extra origin allowed to send state-changing requests (tests/e2e/security-headers.spec.ts).
        APP_ORIGINS: "https://coalition.example",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_MANUAL_SIG_HANDLE: "true",
        // The identity provider sends people back here.
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        OIDC_ISSUER: identityProviderIssuer,
        OIDC_CLIENT_ID: identityProviderClient.clientId,
        OIDC_CLIENT_SECRET: identityProviderClient.clientSecret,
        OIDC_DISPLAY_NAME: identityProviderName,
      },
    },
  ],
});
