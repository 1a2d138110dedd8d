import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseDataNow } from './framework/data-time'
import { parseFaultRule, type FaultRuleInput } from './framework/fault-rules'
import { isSimProfileName } from './framework/sim-profile'
import { SIMULATOR_NAMES, type SimulatorName } from './framework/simulator-name'
import type { StartSimulatorsOptions } from './start-simulators'

export const SIM_USAGE = `Usage: tsx sim/main.ts [options]

Starts the CyberArk Identity, Remote Access gateway (SWS) and SPS simulators on 127.0.0.1.

Options (environment variable in brackets; flags win):
  --profile small|large     data size [SIM_PROFILE] (default small)
  --seed TEXT               data seed [SIM_SEED] (default gatehouse)
  --data-now DATE           ISO date, epoch ms or "today": the "now" generated data counts back from [SIM_DATA_NOW]
  --identity-port N         [SIM_IDENTITY_PORT] (default 4101; 0 = any free port)
  --gateway-port N          [SIM_GATEWAY_PORT] (default 4102)
  --sps-port N              [SIM_SPS_PORT] (default 4103)
  --https                   serve a self-signed certificate [SIM_HTTPS=1]
  --data-dir PATH           certificates and keys [SIM_DATA_DIR] (default data/sim)
  --faults FILE             JSON fault rules active from the start [SIM_FAULTS holds the JSON itself]:
                            {"identity": [rules], "gateway": [...], "sps": [...], "all": [...]}
  -h, --help                this text
`

export type CliParseResult = { readonly help: true } | { readonly help: false; readonly options: StartSimulatorsOptions }

type Environment = Readonly<Record<string, string | undefined>>

const PORT_FLAGS: Readonly<Record<SimulatorName, { flag: string; env: string }>> = {
  identity: { flag: 'identity-port', env: 'SIM_IDENTITY_PORT' },
  gateway: { flag: 'gateway-port', env: 'SIM_GATEWAY_PORT' },
  sps: { flag: 'sps-port', env: 'SIM_SPS_PORT' },
}

/** Reads flags and environment into `startSimulators` options; throws with a readable message. */
export function parseSimCliOptions(argv: readonly string[], env: Environment): CliParseResult {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      profile: { type: 'string' },
      seed: { type: 'string' },
      'data-now': { type: 'string' },
      'identity-port': { type: 'string' },
      'gateway-port': { type: 'string' },
      'sps-port': { type: 'string' },
      https: { type: 'boolean' },
      'data-dir': { type: 'string' },
      faults: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return { help: true }

  const profile = values.profile ?? env.SIM_PROFILE ?? 'small'
  if (!isSimProfileName(profile)) throw new Error(`unknown profile "${profile}" (small or large)`)

  const ports: Partial<Record<SimulatorName, number>> = {}
  for (const name of SIMULATOR_NAMES) {
    const { flag, env: variable } = PORT_FLAGS[name]
    const raw = (values as Record<string, string | boolean | undefined>)[flag] ?? env[variable]
    if (raw !== undefined) ports[name] = parsePort(String(raw), `--${flag}`)
  }

  const dataNowText = values['data-now'] ?? env.SIM_DATA_NOW
  const faultsText = values.faults !== undefined ? readFileSync(values.faults, 'utf8') : env.SIM_FAULTS
  return {
    help: false,
    options: {
      profile,
      seed: values.seed ?? env.SIM_SEED,
      dataNow: dataNowText === undefined ? undefined : parseDataNow(dataNowText),
      ports,
      https: values.https ?? isTruthy(env.SIM_HTTPS),
      dataDir: values['data-dir'] ?? env.SIM_DATA_DIR,
      faults: faultsText === undefined ? undefined : parseStartupFaults(faultsText),
    },
  }
}

function parsePort(raw: string, name: string): number {
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name}: not a port: ${raw}`)
  return port
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.toLowerCase())
}

/** `{"identity": [...], "gateway": [...], "sps": [...], "all": [...]}`; "all" applies to each. */
export function parseStartupFaults(text: string): Partial<Record<SimulatorName, FaultRuleInput[]>> {
  const parsed: unknown = JSON.parse(text)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('faults: expected an object keyed by simulator (identity, gateway, sps, all)')
  }
  const entries = parsed as Record<string, unknown>
  for (const key of Object.keys(entries)) {
    if (key !== 'all' && !(SIMULATOR_NAMES as readonly string[]).includes(key)) throw new Error(`faults: unknown simulator "${key}"`)
  }
  const rulesOf = (key: string): FaultRuleInput[] => {
    const rules = entries[key] ?? []
    if (!Array.isArray(rules)) throw new Error(`faults.${key}: expected an array of rules`)
    // Validate now, so a typo stops the start instead of a request later.
    for (const rule of rules) parseFaultRule(rule)
    return rules as FaultRuleInput[]
  }
  const all = rulesOf('all')
  const out: Partial<Record<SimulatorName, FaultRuleInput[]>> = {}
  for (const name of SIMULATOR_NAMES) {
    const rules = [...all, ...rulesOf(name)]
    if (rules.length > 0) out[name] = rules
  }
  return out
}
