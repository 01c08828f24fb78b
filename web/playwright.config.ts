import { defineConfig } from '@playwright/test'

// End-to-end tests against the real server: e2e/global-setup.ts starts `tanggap serve --demo`
// on a free port with a fresh data directory, serving web/dist (run `npm run build` first).
// The browser is Debian's chromium; no test downloads one.
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 1, // one server, a shared 2-core machine
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The built app registers a service worker; only e2e/offline.spec.ts lets it run, so no
    // other spec ever gets a page or asset from its cache.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
})
