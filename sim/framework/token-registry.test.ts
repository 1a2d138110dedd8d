import { describe, expect, it } from 'vitest'
import { TokenRegistry } from './token-registry'

function clock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start
  return { now: () => time, advance: (ms) => (time += ms) }
}

describe('TokenRegistry', () => {
  it('issues tokens that verify until their lifetime ends', () => {
    const time = clock()
    const registry = new TokenRegistry({ now: time.now })
    const issued = registry.issue({ subject: 'demo', ttlSeconds: 60, claims: { scope: 'all' } })
    expect(issued.token).toMatch(/^[0-9a-f]{40}$/)
    expect(registry.verify(issued.token)).toMatchObject({ valid: true, token: { subject: 'demo', claims: { scope: 'all' } } })
    time.advance(60_000)
    expect(registry.verify(issued.token)).toEqual({ valid: false, reason: 'expired' })
    expect(registry.verify('never-issued')).toEqual({ valid: false, reason: 'unknown' })
  })

  it('accepts a given token string, e.g. a signed JWT', () => {
    const registry = new TokenRegistry()
    registry.issue({ subject: 'svc', ttlSeconds: 10, token: 'header.payload.signature' })
    expect(registry.verify('header.payload.signature').valid).toBe(true)
  })

  it('slides an idle timeout on each successful verify', () => {
    const time = clock()
    const registry = new TokenRegistry({ now: time.now })
    const { token } = registry.issue({ subject: 'admin', idleTimeoutSeconds: 1_200 })
    time.advance(1_000_000)
    expect(registry.verify(token).valid).toBe(true)
    time.advance(1_000_000)
    expect(registry.verify(token, { touch: false }).valid).toBe(true)
    time.advance(300_000)
    expect(registry.verify(token)).toEqual({ valid: false, reason: 'expired' })
  })

  it('expires every token at once and says so in its stats', () => {
    const registry = new TokenRegistry()
    const a = registry.issue({ subject: 'a', ttlSeconds: 3_600 })
    const b = registry.issue({ subject: 'b', idleTimeoutSeconds: 600 })
    expect(registry.expireAll()).toBe(2)
    expect(registry.verify(a.token)).toEqual({ valid: false, reason: 'expired' })
    expect(registry.verify(b.token)).toEqual({ valid: false, reason: 'expired' })
    const fresh = registry.issue({ subject: 'a', ttlSeconds: 3_600 })
    expect(registry.verify(fresh.token).valid).toBe(true)
    expect(registry.stats()).toEqual({ live: 1, expired: 2, revoked: 0, issued: 3, expireAllCount: 1 })
  })

  it('revokes one token or all of a subject, and clear forgets everything', () => {
    const registry = new TokenRegistry()
    const one = registry.issue({ subject: 'x', ttlSeconds: 60 })
    const two = registry.issue({ subject: 'x', ttlSeconds: 60 })
    const other = registry.issue({ subject: 'y', ttlSeconds: 60 })
    expect(registry.revoke(one.token)).toBe(true)
    expect(registry.verify(one.token)).toEqual({ valid: false, reason: 'revoked' })
    expect(registry.revokeSubject('x')).toBe(1)
    expect(registry.verify(two.token).valid).toBe(false)
    expect(registry.verify(other.token).valid).toBe(true)
    registry.clear()
    expect(registry.verify(other.token)).toEqual({ valid: false, reason: 'unknown' })
    expect(registry.stats().issued).toBe(0)
  })

  it('needs a lifetime', () => {
    expect(() => new TokenRegistry().issue({ subject: 'x' })).toThrow(/ttlSeconds or idleTimeoutSeconds/)
  })
})
