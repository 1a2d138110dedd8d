import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createSealer, loadMasterKey } from './sealing'

describe('sealing', () => {
  const sealer = createSealer(randomBytes(32))

  it('round-trips, and the sealed form does not contain the secret', () => {
    const sealed = sealer.seal('JBSWY3DPEHPK3PXP', 'operator:1:totp')
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(sealer.unseal(sealed, 'operator:1:totp')).toBe('JBSWY3DPEHPK3PXP')
  })

  it('gives every seal its own data key and nonce', () => {
    expect(sealer.seal('same', 'c')).not.toBe(sealer.seal('same', 'c'))
  })

  it('refuses to open a value moved to another record, or tampered with', () => {
    const sealed = sealer.seal('secret', 'operator:1:totp')
    expect(() => sealer.unseal(sealed, 'operator:2:totp')).toThrow()
    const envelope = JSON.parse(sealed)
    envelope.data = Buffer.from('tampered').toString('base64')
    expect(() => sealer.unseal(JSON.stringify(envelope), 'operator:1:totp')).toThrow()
  })

  it('refuses a different master key', () => {
    const sealed = sealer.seal('secret', 'c')
    expect(() => createSealer(randomBytes(32)).unseal(sealed, 'c')).toThrow()
  })

  it('generates a 0600 key file once and reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gatehouse-key-'))
    const first = loadMasterKey({}, dir)
    const second = loadMasterKey({}, dir)
    expect(first.equals(second)).toBe(true)
    expect(statSync(path.join(dir, 'master.key')).mode & 0o777).toBe(0o600)
    expect(readFileSync(path.join(dir, 'master.key'), 'utf8').trim()).toBe(first.toString('base64'))
  })

  it('rejects a master key of the wrong length with a clear message', () => {
    expect(() => loadMasterKey({ GATEHOUSE_MASTER_KEY: 'c2hvcnQ=' }, 'memory')).toThrow(/exactly 32 bytes/)
  })
})
