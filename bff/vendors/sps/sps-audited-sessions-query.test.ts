import { describe, expect, it } from 'vitest'
import { luceneTerm, sessionSearchExpression, sessionSearchParams } from './sps-audited-sessions-query'

const NOW = new Date('2026-11-22T08:00:30Z')

describe('audited session search parameters', () => {
  it('writes simple values as terms (wildcards kept) and anything else as a phrase', () => {
    expect(luceneTerm('protocol', 'SSH')).toBe('protocol:SSH')
    expect(luceneTerm('client.ip', '10.40.*')).toBe('client.ip:10.40.*')
    expect(luceneTerm('recording.user.gateway_username', 'alice@corp')).toBe('recording.user.gateway_username:alice@corp')
    expect(luceneTerm('recording.user.gateway_username', '<img src=x onerror=alert(1)>')).toBe('recording.user.gateway_username:"<img src=x onerror=alert(1)>"')
    expect(luceneTerm('client.name', '-leading')).toBe('client.name:"-leading"')
    expect(luceneTerm('client.name', 'a:b')).toBe('client.name:"a:b"')
  })

  it('ANDs every filter, user/client/server over both of their fields, the free expression in parentheses', () => {
    expect(sessionSearchExpression({})).toBeUndefined()
    expect(
      sessionSearchExpression({ protocol: 'RDP', verdict: 'DENY', user: 'bob', client: '10.40.1.2', server: 'db-01', q: 'active:true OR duration:5' }),
    ).toBe(
      'protocol:RDP AND recording.verdict:DENY AND (recording.user.gateway_username:bob OR recording.user.server_username:bob) AND (client.ip:10.40.1.2 OR client.name:10.40.1.2) AND (recording.target.ip:db-01 OR recording.target.name:db-01) AND (active:true OR duration:5)',
    )
  })

  it('resolves a preset to a start only (running sessions stay in), a custom window to start and end', () => {
    const preset = sessionSearchParams({ range: '7d' }, '-started', NOW)
    expect(preset.query).toEqual({ start: '2026-11-15T08:01:00.000Z', sort: '-creation_time' })
    expect(preset.window.to.toISOString()).toBe('2026-11-22T08:01:00.000Z')

    const fallback = sessionSearchParams({}, 'duration', NOW)
    expect(fallback.query).toEqual({ start: '2026-10-23T08:01:00.000Z', sort: 'duration' })

    const custom = sessionSearchParams({ range: 'custom', from: '2026-10-01T00:00:00Z', to: '2026-11-01T12:00:00+01:00', protocol: 'SSH' }, 'started', NOW)
    expect(custom.query).toEqual({ q: 'protocol:SSH', start: '2026-10-01T00:00:00.000Z', end: '2026-11-01T11:00:00.000Z', sort: 'creation_time' })

    const openEnded = sessionSearchParams({ from: '2026-10-01T00:00:00Z' }, '-duration', NOW)
    expect(openEnded.query).toEqual({ start: '2026-10-01T00:00:00.000Z', sort: '-duration' })
  })
})
