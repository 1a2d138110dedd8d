import { describe, expect, it } from 'vitest'
import { FaultController, FaultRuleError } from './fault-rules'

function outcomes(controller: FaultController, count: number, method = 'GET', path = '/x'): string[] {
  return Array.from({ length: count }, () => controller.decide(method, path).terminal?.kind ?? '-')
}

describe('FaultController', () => {
  it('hits an exact, evenly spread share of matching requests, starting with the first', () => {
    const controller = new FaultController()
    controller.add({ kind: 'too-many-requests', share: 0.25 })
    expect(outcomes(controller, 8)).toEqual(['too-many-requests', '-', '-', '-', 'too-many-requests', '-', '-', '-'])
    const half = new FaultController()
    half.add({ kind: 'server-error', share: 0.5 })
    expect(outcomes(half, 4)).toEqual(['server-error', '-', 'server-error', '-'])
    const third = new FaultController()
    third.add({ kind: 'server-error', share: 0.3 })
    expect(outcomes(third, 100).filter((kind) => kind !== '-')).toHaveLength(30)
  })

  it('stops after `times` hits and counts matches and hits', () => {
    const controller = new FaultController()
    const rule = controller.add({ kind: 'server-error', status: 500, times: 2 })
    expect(rule.rule).toMatchObject({ kind: 'server-error', status: 500, share: 1 })
    expect(outcomes(controller, 4)).toEqual(['server-error', 'server-error', '-', '-'])
    expect(controller.list()[0]).toMatchObject({ id: rule.id, matched: 4, hits: 2 })
  })

  it('scopes by path prefix and method, case-insensitively', () => {
    const controller = new FaultController()
    controller.add({ kind: 'drop-connection', pathPrefix: '/CDirectoryService/', method: 'post' })
    expect(controller.decide('POST', '/cdirectoryservice/GetUser').terminal?.kind).toBe('drop-connection')
    expect(controller.decide('GET', '/CDirectoryService/GetUser').terminal).toBeNull()
    expect(controller.decide('POST', '/UserMgmt/GetUserInfo').terminal).toBeNull()
  })

  it('adds latencies, flags token expiry, and applies only the first terminal fault', () => {
    const controller = new FaultController()
    controller.add({ kind: 'latency', latencyMs: 100 })
    controller.add({ kind: 'latency', latencyMs: 50 })
    controller.add({ kind: 'expire-tokens', times: 1 })
    controller.add({ kind: 'hang' })
    controller.add({ kind: 'too-many-requests' })
    expect(controller.decide('GET', '/a')).toMatchObject({ latencyMs: 150, expireTokens: true, terminal: { kind: 'hang' } })
    expect(controller.decide('GET', '/a')).toMatchObject({ expireTokens: false })
    // The 429 rule never saw a request: the hang answered first.
    expect(controller.list()[4]).toMatchObject({ matched: 0, hits: 0 })
  })

  it('rejects invalid rules with readable issues and replaces all or nothing', () => {
    const controller = new FaultController()
    expect(() => controller.add({ kind: 'latency' })).toThrow(FaultRuleError)
    expect(() => controller.add({ kind: 'server-error', status: 404 })).toThrow(FaultRuleError)
    expect(() => controller.add({ kind: 'too-many-requests', share: 2 })).toThrow(FaultRuleError)
    expect(() => controller.add({ kind: 'hang', typo: true })).toThrow(FaultRuleError)
    controller.add({ kind: 'hang' })
    expect(() => controller.replace([{ kind: 'drop-connection' }, { kind: 'nope' }])).toThrow(FaultRuleError)
    expect(controller.list().map((state) => state.rule.kind)).toEqual(['hang'])
    expect(controller.remove(controller.list()[0]!.id)).toBe(true)
    expect(controller.list()).toEqual([])
  })
})
