import { defineConfig } from '@playwright/test'

/**
 * E2E_SLOT (0 by default) shifts every port and the build directory, so several checkouts or
 * people can run journeys side by side on one machine: build with `vite build --outDir
 * .tmp/e2e-dist-<slot>` first when the slot is not 0.
 */
const E2E_SLOT = Number(process.env.E2E_SLOT ?? 0)
// Vite resolves --outDir against its root, web/, so that is where the slot's build lands.
const STATIC_DIR = E2E_SLOT === 0 ? undefined : `web/.tmp/e2e-dist-${E2E_SLOT}`

/** Its own port and an in-memory store, so a running demo on 8080 never collides with the tests. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8181 + E2E_SLOT * 10)
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`
/** A second console whose re-authentication window is 2 seconds, for the re-auth journey. */
export const E2E_SHORT_REAUTH_ORIGIN = `http://127.0.0.1:${E2E_PORT + 1}`

/** The journeys' own simulators: ports apart from a running demo's 4101–4103. */
const SIM_PORT = 4201 + E2E_SLOT * 10
export const E2E_SIMULATORS = {
  identity: `http://127.0.0.1:${SIM_PORT}`,
  gateway: `http://127.0.0.1:${SIM_PORT + 1}`,
  sps: `http://127.0.0.1:${SIM_PORT + 2}`,
}

const simulators = {
  command: `node --import tsx sim/main.ts --identity-port ${SIM_PORT} --gateway-port ${SIM_PORT + 1} --sps-port ${SIM_PORT + 2} --data-dir .tmp/e2e-sim-${E2E_SLOT}`,
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
    ...(STATIC_DIR ? { GATEHOUSE_STATIC_DIR: STATIC_DIR } : {}),
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
  outputDir: E2E_SLOT === 0 ? 'test-results/e2e-artifacts' : `test-results/e2e-artifacts-${E2E_SLOT}`,
  reporter: [['list'], ['json', { outputFile: E2E_SLOT === 0 ? 'test-results/playwright.json' : `test-results/playwright-${E2E_SLOT}.json` }]],
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
