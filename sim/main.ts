// `npm run sim` (tsx sim/main.ts): runs the three vendor simulators until SIGINT/SIGTERM.
import { SIMULATOR_NAMES, SIMULATOR_TITLES } from './framework/simulator-name'
import { parseSimCliOptions, SIM_USAGE } from './sim-cli-options'
import { startSimulators } from './start-simulators'

async function main(): Promise<void> {
  const parsed = parseSimCliOptions(process.argv.slice(2), process.env)
  if (parsed.help) {
    process.stdout.write(SIM_USAGE)
    return
  }
  const startedAt = performance.now()
  const sims = await startSimulators(parsed.options)
  const readyMs = Math.round(performance.now() - startedAt)

  const lines = [`Gatehouse simulators ready in ${readyMs} ms (profile ${sims.profile}, seed "${sims.seed}")`]
  for (const name of SIMULATOR_NAMES) lines.push(`  ${SIMULATOR_TITLES[name].padEnd(58)} ${sims.urls[name]}`)
  lines.push(`  control surface on each: <url>/__sim/state, /__sim/reset, /__sim/faults`)
  if (sims.certificateFingerprint) lines.push(`  self-signed certificate SHA-256 ${sims.certificateFingerprint}`)
  process.stdout.write(`${lines.join('\n')}\n`)

  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return
    stopping = true
    process.stdout.write(`\n${signal}: stopping simulators\n`)
    sims.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`sim: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
