import { defineConfig } from 'vitest/config'

// Unit and integration tests: BFF routes, store, security, contract, simulators.
// Browser journeys live in e2e/ and run under Playwright, not here.
export default defineConfig({
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
