import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSimCliOptions, parseStartupFaults } from './sim-cli-options'

describe('parseSimCliOptions', () => {
  it('defaults to the small profile and the documented ports', () => {
    expect(parseSimCliOptions([], {})).toEqual({
      help: false,
      options: { profile: 'small', seed: undefined, dataNow: undefined, ports: {}, https: false, dataDir: undefined, faults: undefined },
    })
  })

  it('reads the environment, and flags win over it', () => {
    const env = { SIM_PROFILE: 'large', SIM_SEED: 'env-seed', SIM_IDENTITY_PORT: '5101', SIM_SPS_PORT: '5103', SIM_HTTPS: '1', SIM_DATA_NOW: '2026-01-02T00:00:00Z' }
    const parsed = parseSimCliOptions(['--seed', 'flag-seed', '--sps-port', '0'], env)
    expect(parsed).toMatchObject({
      help: false,
      options: { profile: 'large', seed: 'flag-seed', ports: { identity: 5101, sps: 0 }, https: true, dataNow: Date.UTC(2026, 0, 2) },
    })
  })

  it('asks for help, and refuses unknown profiles, bad ports and unknown flags', () => {
    expect(parseSimCliOptions(['--help'], {})).toEqual({ help: true })
    expect(() => parseSimCliOptions(['--profile', 'huge'], {})).toThrow(/unknown profile/)
    expect(() => parseSimCliOptions(['--gateway-port', '70000'], {})).toThrow(/not a port/)
    expect(() => parseSimCliOptions(['--bogus'], {})).toThrow()
  })

  it('loads start-up faults from a file or SIM_FAULTS, "all" applying to each simulator', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-sim-faults-'))
    try {
      const file = join(dir, 'faults.json')
      await writeFile(file, JSON.stringify({ all: [{ kind: 'latency', latencyMs: 20 }], sps: [{ kind: 'hang', pathPrefix: '/api/audit' }] }))
      const parsed = parseSimCliOptions(['--faults', file], {})
      expect(parsed.help ? null : parsed.options.faults).toEqual({
        identity: [{ kind: 'latency', latencyMs: 20 }],
        gateway: [{ kind: 'latency', latencyMs: 20 }],
        sps: [{ kind: 'latency', latencyMs: 20 }, { kind: 'hang', pathPrefix: '/api/audit' }],
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    expect(parseStartupFaults('{"gateway":[{"kind":"drop-connection"}]}')).toEqual({ gateway: [{ kind: 'drop-connection' }] })
    expect(() => parseStartupFaults('{"vault":[]}')).toThrow(/unknown simulator/)
    expect(() => parseStartupFaults('{"sps":[{"kind":"latency"}]}')).toThrow(/invalid fault rule/)
  })
})
