import { defineConfig, devices } from '@playwright/test';

// Playwright drives Debian's Chromium against the production app started by
// the same launcher as `npm start` (embedded PostgreSQL in .data/e2e-pg unless
// DATABASE_URL is set; the demo seed is deterministic).
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

const DEMO_MEMBER_WITHDRAWS = /withdrawals-(member|ops)\.spec\.ts/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      testIgnore: [/.*\.mobile\.spec\.ts/, DEMO_MEMBER_WITHDRAWS],
    },
    {
      // The demo member's withdrawals move their available balance, which the
      // cashback journey (same member) checks to the cent, and each reads the
      // newest e-mail to that member: they run after the rest, one after the other.
      name: 'desktop-demo-withdrawal',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      testMatch: /withdrawals-member\.spec\.ts/,
      dependencies: ['desktop'],
    },
    {
      name: 'desktop-demo-payout',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
      testMatch: /withdrawals-ops\.spec\.ts/,
      dependencies: ['desktop-demo-withdrawal'],
    },
    {
      name: 'mobile',
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, launchOptions: chromium },
      testMatch: /.*\.mobile\.spec\.ts/,
    },
  ],
  webServer: {
    command: 'npx tsx scripts/launcher/start.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // The sandbox network posts its sales at once, so a journey sees them within the test.
    env: {
      PORT: String(port),
      EMBEDDED_PG_DIR: '.data/e2e-pg',
      NEXT_TELEMETRY_DISABLED: '1',
      SANDBOX_POSTBACK_DELAY_S: '0',
      // The specs play the reverse proxy: some set X-Forwarded-For to keep their sign-in failures apart.
      TRUST_PROXY: 'true',
    },
  },
});
