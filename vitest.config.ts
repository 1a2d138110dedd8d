import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Unit and integration tests: BFF routes, store, security, contract, simulators.
// Browser journeys live in e2e/ and run under Playwright, not here.
export default defineConfig({
  // The same import aliases as the SPA build (vite.config.ts), for tests of web/ code.
  resolve: {
    alias: {
      '@contract': fileURLToPath(new URL('./contract', import.meta.url)),
      '@': fileURLToPath(new URL('./web', import.meta.url)),
    },
  },
  test: {
    include: ['{bff,contract,sim,web,scripts}/**/*.test.ts'],
    environment: 'node',
    // Cheaper password hashing for test stores; production keeps the OWASP cost.
    env: { GATEHOUSE_SCRYPT_LOG2N: '14' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
})
