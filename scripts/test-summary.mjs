// Prints one closing line for the whole test run, from the Vitest and Playwright JSON reports.
import { readFileSync } from 'node:fs'

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

const vitest = read('test-results/vitest.json')
const playwright = read('test-results/playwright.json')
const unitPassed = vitest?.numPassedTests ?? 0
const unitFailed = vitest?.numFailedTests ?? 0
const unitSkipped = vitest?.numPendingTests ?? 0
const e2ePassed = playwright?.stats?.expected ?? 0
const e2eFailed = (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0)
const e2eSkipped = playwright?.stats?.skipped ?? 0

console.log(`unit: ${unitPassed} passed, ${unitFailed} failed; e2e: ${e2ePassed} passed, ${e2eFailed} failed`)
console.log(`tests: ${unitPassed + e2ePassed} passed, ${unitFailed + e2eFailed} failed, ${unitSkipped + e2eSkipped} skipped`)
process.exit(unitFailed + e2eFailed > 0 || unitPassed + e2ePassed === 0 ? 1 : 0)
