import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SwsStep } from '../data/sws-steps'
import { createGatewayTestKit } from '../test-support/gateway-test-kit'

const kit = createGatewayTestKit()
afterAll(() => kit.close())
let token = ''
beforeAll(async () => {
  token = await kit.token()
})
beforeEach(() => {
  kit.context.data.reset()
})

interface RecordingList {
  recordings: (Record<string, unknown> & { id: string; startDatetime: number; endDatetime: number; durationSeconds: number })[]
  totalCount: number
  lastUpdate: number
}

const LONG = 'LongSession-10k-step'

function putConfig(body: unknown): Promise<Response> {
  return kit.request('PUT', '/__sim/config', { body: JSON.stringify(body), contentType: 'application/json' })
}

describe('GET /v2-edge/sws/recordings', () => {
  it('lists closed sessions as recordings with the documented fields', async () => {
    const body = await kit.getJson<RecordingList>('/v2-edge/sws/recordings?limit=1000', token)
    expect(Object.keys(body)).toEqual(['recordings', 'totalCount', 'lastUpdate'])
    const closed = kit.context.data.sessions.slice(0, 1000).filter((session) => session.endDatetime !== null)
    expect(body.totalCount).toBe(closed.length)
    for (const recording of body.recordings) {
      expect(Object.keys(recording)).toEqual(['id', 'startDatetime', 'endDatetime', 'durationSeconds', 'stepsCount', 'flag', 'application', 'user', 'tabIds'])
      expect(recording.durationSeconds).toBe(recording.endDatetime - recording.startDatetime)
    }
  })

  it('takes the same search as sessions (flagged, time window, sort, paging)', async () => {
    const sessions = await kit.getJson<{ sessions: { id: string }[]; totalCount: number }>('/v2-edge/sws/sessions?isFlagged=true&sortFieldId=Duration&limit=50', token)
    const recordings = await kit.getJson<RecordingList>('/v2-edge/sws/recordings?isFlagged=true&sortFieldId=Duration&limit=50', token)
    expect(recordings.recordings.map((r) => r.id)).toEqual(sessions.sessions.map((s) => s.id))
    expect(recordings.totalCount).toBe(sessions.totalCount)
    expect((await kit.request('GET', '/v2-edge/sws/recordings?offset=9999&limit=2', { token })).status).toBe(400)
  })
})

describe('GET /v2-edge/sws/recordings/{recordingId}', () => {
  it('returns the recording steps, paged by offset and limit', async () => {
    const body = await kit.getJson<{ sessionSteps: SwsStep[]; totalCount: number; lastUpdate: number }>(`/v2-edge/sws/recordings/${LONG}?offset=100&limit=50`, token)
    expect(Object.keys(body)).toEqual(['sessionSteps', 'totalCount', 'lastUpdate'])
    expect(body.totalCount).toBe(10_000)
    expect(body.sessionSteps.map((step) => step.id)).toEqual(kit.context.data.steps(LONG, 100, 50)!.map((step) => step.id))
    expect((await kit.request('GET', '/v2-edge/sws/recordings/AAAAAAAAAAAAAAAAAAAA', { token })).status).toBe(404)
    expect((await kit.request('GET', `/v2-edge/sws/recordings/${LONG}?offset=5000&limit=5001`, { token })).status).toBe(400)
  })
})

describe('recordings-only tenant (/__sim/config)', () => {
  it('is off by default and shows in /__sim/state', async () => {
    expect(await (await kit.request('GET', '/__sim/config')).json()).toEqual({ recordingsOnly: false })
    const state = (await (await kit.request('GET', '/__sim/state')).json()) as { data: { tenantConfig: unknown } }
    expect(state.data.tenantConfig).toEqual({ recordingsOnly: false })
  })

  it('turns the sessions paths into unmapped ones (404) while recordings keep working', async () => {
    const set = await putConfig({ recordingsOnly: true })
    expect(set.status).toBe(200)
    expect(await set.json()).toEqual({ recordingsOnly: true })
    for (const path of ['/v2-edge/sws/sessions', '/v2-edge/sws/sessions/', `/v2-edge/sws/sessions/${LONG}`, `/v2-edge/sws/sessions/${LONG}/steps?limit=5`]) {
      const response = await kit.request('GET', path, { token })
      expect(response.status, path).toBe(404)
      expect(await response.json()).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `No static resource ${path.split('?')[0]!.slice(1)}.`,
        instance: path.split('?')[0],
      })
    }
    expect((await kit.request('GET', '/v2-edge/sws/recordings?limit=5', { token })).status).toBe(200)
    expect((await kit.request('GET', `/v2-edge/sws/recordings/${LONG}?limit=5`, { token })).status).toBe(200)
    // Still behind the realm: no token is a 401, as for any other path.
    expect((await kit.request('GET', '/v2-edge/sws/sessions')).status).toBe(401)
  })

  it('is undone by PUT and by /__sim/reset, and refuses unknown switches', async () => {
    await putConfig({ recordingsOnly: true })
    await putConfig({ recordingsOnly: false })
    expect((await kit.request('GET', '/v2-edge/sws/sessions?limit=1', { token })).status).toBe(200)
    await putConfig({ recordingsOnly: true })
    await kit.request('POST', '/__sim/reset')
    token = await kit.token()
    expect((await kit.request('GET', '/v2-edge/sws/sessions?limit=1', { token })).status).toBe(200)
    expect((await putConfig({ sessionsOnly: true })).status).toBe(400)
    expect((await putConfig({ recordingsOnly: 'yes' })).status).toBe(400)
    expect((await kit.request('PUT', '/__sim/config', { body: 'nope', contentType: 'application/json' })).status).toBe(400)
  })
})
