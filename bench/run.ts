// `npm run bench [-- <name>…]`: runs the benchmarks, prints one table and writes bench/results.json.
// A missed budget is a figure, not a failure: the exit code is non-zero only when the bench itself breaks.
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { isPending, type BenchRow } from './benchmark'
import { BENCHMARKS } from './registry'
import { stopAllChildren } from './support/child-process'
import { formatResultsTable } from './support/results-table'
import { removeSpaBuild } from './support/spa-build'

const RESULTS_FILE = new URL('./results.json', import.meta.url)

// Vite's config, tsx entry points and GATEHOUSE_* paths are relative to the repository root.
process.chdir(fileURLToPath(new URL('..', import.meta.url)))

// Ctrl-C or a CI timeout: stop the simulators, BFFs and browser this run started, then leave.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`bench: ${signal}, stopping child processes\n`)
    void stopAllChildren()
      .then(removeSpaBuild)
      .finally(() => process.exit(130))
  })
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2)
  const unknown = requested.filter((name) => !BENCHMARKS.some((benchmark) => benchmark.name === name))
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}\nknown: ${BENCHMARKS.map((benchmark) => benchmark.name).join(', ')}\n`)
    return 2
  }
  const selected = requested.length > 0 ? BENCHMARKS.filter((benchmark) => requested.includes(benchmark.name)) : BENCHMARKS

  const rows: BenchRow[] = []
  const crashed: string[] = []
  const startedAt = new Date()
  for (const benchmark of selected) {
    if (isPending(benchmark)) {
      rows.push({ benchmark: benchmark.name, subject: `not yet measurable: ${benchmark.pendingReason}`, figures: '—', budget: benchmark.budget, met: null })
      continue
    }
    process.stderr.write(`bench: ${benchmark.name}…\n`)
    const benchStarted = performance.now()
    try {
      rows.push(...(await benchmark.run()))
      process.stderr.write(`bench: ${benchmark.name} done in ${((performance.now() - benchStarted) / 1000).toFixed(1)} s\n`)
    } catch (error) {
      // One broken benchmark must not hide the others' figures; it still fails the process.
      crashed.push(benchmark.name)
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`bench: ${benchmark.name} crashed: ${error instanceof Error ? (error.stack ?? message) : message}\n`)
      rows.push({ benchmark: benchmark.name, subject: `crashed: ${message.split('\n')[0]}`, figures: '—', budget: benchmark.budget, met: null })
    } finally {
      await stopAllChildren()
    }
  }

  process.stdout.write(`\n${formatResultsTable(rows)}\n`)
  const machine = { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg() }
  await writeFile(RESULTS_FILE, `${JSON.stringify({ startedAt: startedAt.toISOString(), machine, benchmarks: selected.map((benchmark) => benchmark.name), rows }, null, 2)}\n`)
  process.stdout.write(`\nwritten ${RESULTS_FILE.pathname}\n`)
  return crashed.length > 0 ? 1 : 0
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 1
  })
  .then(async (code) => {
    await stopAllChildren()
    await removeSpaBuild()
    process.exit(code)
  })
