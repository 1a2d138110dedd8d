import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SwsStep } from '../data/sws-steps'
import { createGatewayTestKit } from '../test-support/gateway-test-kit'

const kit = createGatewayTestKit()
afterAll(() => kit.close())
let token = ''
beforeAll(async () => {
  token = await kit.token()
})

interface SessionList {
  sessions: SessionItem[]
  totalCount: number
  lastUpdate: number
}
interface SessionItem {
  id: string
  startDatetime: number
  endDatetime: number
  stepsCount: number
  flag: { datetime: number; userFirstName: string; userLastName: string } | null
  application: { id: string; name: string }
  user: { id: string; fullName: string; username: string }
}
interface StepList {
  sessionSteps: SwsStep[]
  totalCount: number
  lastUpdate: number
}

const data = kit.context.data
const closed = data.sessions.slice(0, data.sessions.size).filter((session) => session.endDatetime !== null)
const LONG = 'LongSession-25k-step'

describe('GET /v2-edge/sws/sessions', () => {
  it('lists closed sessions, newest first, with the documented fields', async () => {
    const body = await kit.getJson<SessionList>('/v2-edge/sws/sessions?limit=1000', token)
    expect(Object.keys(body)).toEqual(['sessions', 'totalCount', 'lastUpdate'])
    expect(body.totalCount).toBe(closed.length)
    expect(body.lastUpdate).toBe(kit.context.dataNow)
    for (const session of body.sessions) {
      expect(Object.keys(session)).toEqual(['id', 'startDatetime', 'endDatetime', 'stepsCount', 'flag', 'application', 'user'])
      expect(Object.keys(session.application)).toEqual(['id', 'name'])
      expect(Object.keys(session.user)).toEqual(['id', 'fullName', 'username'])
      expect(Number.isInteger(session.endDatetime)).toBe(true)
    }
    const starts = body.sessions.map((session) => session.startDatetime)
    expect(starts).toEqual([...starts].sort((a, b) => b - a))
  })

  it('filters the start time inclusively, by application ids, user names and free search', async () => {
    const sorted = [...closed].sort((a, b) => a.startDatetime - b.startDatetime)
    const [from, to] = [sorted[10]!.startDatetime, sorted[29]!.startDatetime]
    const window = await kit.getJson<SessionList>(`/v2-edge/sws/sessions?fromTime=${from}&toTime=${to}&limit=100`, token)
    expect(window.totalCount).toBe(20)
    expect(window.sessions.every((s) => s.startDatetime >= from && s.startDatetime <= to)).toBe(true)

    const [a, b] = [closed[0]!, closed[1]!]
    const byApp = await kit.getJson<SessionList>(`/v2-edge/sws/sessions?applicationIds=${a.application.id}&applicationIds=${b.application.id}&limit=1000`, token)
    expect(byApp.totalCount).toBe(closed.filter((s) => [a.application.id, b.application.id].includes(s.application.id)).length)
    const byUser = await kit.getJson<SessionList>(`/v2-edge/sws/sessions?userNames=${a.user.username.toUpperCase()},${b.user.username}&limit=1000`, token)
    expect(byUser.totalCount).toBe(closed.filter((s) => [a.user.username, b.user.username].includes(s.user.username)).length)
    const words = a.user.username.split('@')[0]!
    const search = await kit.getJson<SessionList>(`/v2-edge/sws/sessions?freeSearch=${encodeURIComponent(words)}&limit=1000`, token)
    expect(search.sessions.map((s) => s.id)).toContain(a.id)
  })

  it('filters flagged sessions (the seed has some, including both long sessions)', async () => {
    const flagged = await kit.getJson<SessionList>('/v2-edge/sws/sessions?isFlagged=true&limit=1000', token)
    const unflagged = await kit.getJson<SessionList>('/v2-edge/sws/sessions?isFlagged=false&limit=1000', token)
    expect(flagged.totalCount).toBeGreaterThan(2)
    expect(flagged.totalCount + unflagged.totalCount).toBe(closed.length)
    expect(flagged.sessions.every((s) => s.flag !== null && typeof s.flag.datetime === 'number')).toBe(true)
    expect(flagged.sessions.map((s) => s.id)).toEqual(expect.arrayContaining(['LongSession-10k-step', LONG]))
  })

  it.each([
    ['StartDateTime', (s: SessionItem) => s.startDatetime, 'desc'],
    ['EndDateTime', (s: SessionItem) => s.endDatetime, 'desc'],
    ['Duration', (s: SessionItem) => s.endDatetime - s.startDatetime, 'desc'],
    ['StepsCount', (s: SessionItem) => s.stepsCount, 'desc'],
    ['ApplicationName', (s: SessionItem) => s.application.name, 'asc'],
    ['UserFullName', (s: SessionItem) => s.user.fullName, 'asc'],
  ] as const)('sorts by %s', async (field, key, direction) => {
    const body = await kit.getJson<SessionList>(`/v2-edge/sws/sessions?sortFieldId=${field}&limit=1000`, token)
    const values: (string | number)[] = body.sessions.map((session) => key(session))
    const sorted = [...values].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    expect(values).toEqual(direction === 'asc' ? sorted : sorted.reverse())
  })

  it('refuses an unknown sortFieldId and non-numeric times', async () => {
    expect((await kit.request('GET', '/v2-edge/sws/sessions?sortFieldId=Colour', { token })).status).toBe(400)
    expect((await kit.request('GET', '/v2-edge/sws/sessions?fromTime=yesterday', { token })).status).toBe(400)
  })
})

describe('GET /v2-edge/sws/sessions/{sessionId}', () => {
  it('returns the session with tabIds and securityLayers, durationSeconds = end − start as in the vendor examples', async () => {
    type SessionDetail = SessionItem & { durationSeconds: number; tabIds: string[]; securityLayers: { layer: string; attributes: unknown }[] }
    const { session } = await kit.getJson<{ session: SessionDetail }>(`/v2-edge/sws/sessions/${LONG}`, token)
    expect(Object.keys(session)).toEqual(['id', 'startDatetime', 'endDatetime', 'durationSeconds', 'stepsCount', 'flag', 'application', 'user', 'tabIds', 'securityLayers'])
    expect(session.stepsCount).toBe(25_000)
    expect(session.durationSeconds).toBe(session.endDatetime - session.startDatetime)
    expect(session.tabIds.every((tab) => /^\d+$/.test(tab))).toBe(true)
    expect(session.securityLayers.map((layer) => layer.layer)).toContain('StepRecording')
    for (const layer of session.securityLayers) expect(Object.keys(layer)).toEqual(['layer', 'attributes'])
    expect((await kit.request('GET', '/v2-edge/sws/sessions/AAAAAAAAAAAAAAAAAAAA', { token })).status).toBe(404)
  })
})

describe('GET /v2-edge/sws/sessions/{sessionId}/steps', () => {
  const STEP_TYPES: Record<keyof SwsStep, 'string' | 'number' | 'string|null' | 'number|null' | 'flag'> = {
    id: 'string',
    datetime: 'number',
    extensionEventId: 'string',
    flag: 'flag',
    tabId: 'string',
    type: 'string',
    url: 'string',
    windowTitle: 'string',
    windowHeight: 'number',
    windowWidth: 'number',
    clientTimeZone: 'string',
    elementXPath: 'string|null',
    pressedKey: 'string|null',
    cursorX: 'number|null',
    cursorY: 'number|null',
    elementTag: 'string|null',
    elementText: 'string|null',
    elementValue: 'string|null',
    elementOldValue: 'string|null',
  }

  it('serves every documented step field with its type', async () => {
    const body = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?limit=1000`, token)
    expect(Object.keys(body)).toEqual(['sessionSteps', 'totalCount', 'lastUpdate'])
    expect(body.totalCount).toBe(25_000)
    expect(body.sessionSteps).toHaveLength(1000)
    for (const step of body.sessionSteps) {
      expect(Object.keys(step)).toEqual(Object.keys(STEP_TYPES))
      for (const [field, type] of Object.entries(STEP_TYPES)) {
        const value = (step as unknown as Record<string, unknown>)[field]
        if (type === 'flag') {
          if (value !== null) expect(Object.keys(value as object)).toEqual(['datetime', 'userFirstName', 'userLastName'])
        } else if (type.endsWith('|null')) {
          if (value !== null) expect(typeof value, field).toBe(type.slice(0, -5))
        } else {
          expect(typeof value, field).toBe(type)
        }
      }
      expect(Number.isInteger(step.datetime)).toBe(true)
    }
    const types = new Set(body.sessionSteps.map((step) => step.type))
    for (const type of ['NavigatedTo', 'MouseClick', 'KeyPress', 'ValueChange', 'ClipboardPasted']) expect(types).toContain(type)
  })

  it('filters by type (activityTypes), tab, flag and free search', async () => {
    const locks = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?activityTypes=SessionLock,%20SessionUnlock,%20SessionResumed&limit=5000`, token)
    expect(locks.totalCount).toBeGreaterThan(0)
    expect(locks.sessionSteps.every((step) => ['SessionLock', 'SessionUnlock', 'SessionResumed'].includes(step.type))).toBe(true)
    const flagged = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?isFlagged=true&limit=5000`, token)
    expect(flagged.totalCount).toBeGreaterThan(0)
    expect(flagged.sessionSteps.every((step) => step.flag !== null && typeof step.flag.datetime === 'number')).toBe(true)
    const tab = locks.sessionSteps[0]!.tabId
    const byTab = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?tabIds=${tab}&limit=50`, token)
    expect(byTab.sessionSteps.every((step) => step.tabId === tab)).toBe(true)
    const search = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?freeSearch=*script*&limit=50`, token)
    expect(search.totalCount).toBeGreaterThan(0)
  })

  it('caps offset + limit at 10,000: a request past it is refused', async () => {
    const edge = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?offset=9990&limit=10`, token)
    expect(edge.sessionSteps).toHaveLength(10)
    for (const query of ['offset=9991&limit=10', 'offset=0&limit=10001', 'offset=20000']) {
      const response = await kit.request('GET', `/v2-edge/sws/sessions/${LONG}/steps?${query}`, { token })
      expect(response.status, query).toBe(400)
      expect(((await response.json()) as { detail: string }).detail).toMatch(/^Result window is too large/)
    }
    expect((await kit.request('GET', `/v2-edge/sws/sessions/${LONG}/steps?offset=-1`, { token })).status).toBe(400)
  })

  it('pages all 25,000 steps by time window, as clients must', async () => {
    const ids: string[] = []
    let fromTime = 1
    for (let round = 0; round < 10; round++) {
      const page = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?fromTime=${fromTime}&limit=10000`, token)
      const steps = page.sessionSteps
      if (steps.length === 0) break
      // Continue after the last whole millisecond: steps sharing it would be cut in two otherwise.
      const last = steps[steps.length - 1]!.datetime
      const whole = page.totalCount > steps.length ? steps.filter((step) => step.datetime < last) : steps
      ids.push(...whole.map((step) => step.id))
      if (page.totalCount === steps.length) break
      fromTime = last
    }
    expect(ids).toHaveLength(25_000)
    expect(new Set(ids).size).toBe(25_000)
    expect(ids.slice(0, 5)).toEqual(data.steps(LONG, 0, 5)!.map((step) => step.id))
  })

  it('a time window is inclusive at both ends and counts only its steps', async () => {
    const steps = data.steps(LONG, 12_000, 500)!
    const [from, to] = [steps[0]!.datetime, steps[499]!.datetime]
    const page = await kit.getJson<StepList>(`/v2-edge/sws/sessions/${LONG}/steps?fromTime=${from}&toTime=${to}&limit=1000`, token)
    expect(page.totalCount).toBe(500)
    expect(page.sessionSteps.map((step) => step.id)).toEqual(steps.map((step) => step.id))
  })
})
