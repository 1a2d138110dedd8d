import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCapturingLogger } from '../testing/capturing-logger'
import { useSpawnedSimulators } from '../testing/use-spawned-simulators'
import { createSpsConnection, type SpsClientConfig } from './sps-connection'

// An appliance with a self-signed certificate: trusted through its PEM, or the explicit unsafe switch.

const sims = useSpawnedSimulators({ args: ['--https'] })

async function versionWith(tls: SpsClientConfig['tls']) {
  const sps = createSpsConnection({ connectionId: 'conn-tls', baseUrl: sims.sps, username: 'admin', password: 'sps-admin', ...(tls ? { tls } : {}) }, createCapturingLogger(), {
    baseDelayMs: 1,
  })
  try {
    return await sps.testConnection()
  } finally {
    await sps.closeAll()
  }
}

describe('SPS over TLS', () => {
  it('trusts the appliance through a CA certificate (PEM)', async () => {
    expect(sims.sps).toMatch(/^https:/)
    const caPem = readFileSync(path.join(sims.dataDir, 'tls', 'sim-cert.pem'), 'utf8')
    await expect(versionWith({ caPem })).resolves.toMatchObject({ version: '6.0.7' })
  })

  it('refuses an untrusted certificate unless self-signed is explicitly accepted', async () => {
    await expect(versionWith(undefined)).rejects.toMatchObject({ status: 502, message: expect.stringContaining('TLS certificate is not trusted') })
    await expect(versionWith({ acceptSelfSigned: true })).resolves.toMatchObject({ version: '6.0.7' })
  })
})
