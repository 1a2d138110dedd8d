import { defineConfig } from '@playwright/test'

/** Its own port and an in-memory store, so a running demo on 8080 never collides with the tests. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8181)
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`
/** A second console whose re-authentication window is 2 seconds, for the re-auth journey. */
export const E2E_SHORT_REAUTH_ORIGIN = `http://127.0.0.1:${E2E_PORT + 1}`

/** The journeys' own simulators: ports apart from a running demo's 4101–4103. */
export const E2E_SIMULATORS = { identity: 'http://127.0.0.1:4201', gateway: 'http://127.0.0.1:4202', sps: 'http://127.0.0.1:4203' }

const simulators = {
  command: 'node --import tsx sim/main.ts --identity-port 4201 --gateway-port 4202 --sps-port 4203 --data-dir .tmp/e2e-sim',
  url: `${E2E_SIMULATORS.identity}/__sim/state`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
}

const server = (origin: string, env: Record<string, string> = {}) => ({
  // The production build (npm run test:e2e builds first), served by the real BFF in demo mode.
  command: 'node --import tsx bff/main.ts --demo',
  url: `${origin}/api/health`,
  reuseExistingServer: false,
  timeout: 90_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  // Cheaper password hashing, as in the unit tests: two servers and a browser share 2 cores.
  env: {
    PORT: new URL(origin).port,
    PUBLIC_ORIGIN: origin,
    GATEHOUSE_DATA_DIR: 'memory',
    GATEHOUSE_SCRYPT_LOG2N: '14',
    GATEHOUSE_DEMO_IDENTITY_URL: E2E_SIMULATORS.identity,
    GATEHOUSE_DEMO_GATEWAY_URL: E2E_SIMULATORS.gateway,
    GATEHOUSE_DEMO_SPS_URL: E2E_SIMULATORS.sps,
    ...env,
  },
})

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
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
  webServer: [simulators, server(E2E_ORIGIN), server(E2E_SHORT_REAUTH_ORIGIN, { GATEHOUSE_REAUTH_SECONDS: '2' })],
})
