import { defineConfig } from '@playwright/test'

/** Its own port and an in-memory store, so a running demo on 8080 never collides with the tests. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8181)
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: E2E_ORIGIN,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // The system Chromium from Debian: Playwright cannot download its own browser here.
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The production build (npm run test:e2e builds first), served by the real BFF in demo mode.
    command: 'node --import tsx bff/main.ts --demo',
    url: `${E2E_ORIGIN}/api/health`,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      PUBLIC_ORIGIN: E2E_ORIGIN,
      GATEHOUSE_DATA_DIR: 'memory',
    },
  },
})
