import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SWS_ACTIVITY_TYPES } from '../data/sws-activities'
import { createGatewayTestKit } from '../test-support/gateway-test-kit'

const kit = createGatewayTestKit()
afterAll(() => kit.close())
let token = ''
beforeAll(async () => {
  token = await kit.token()
})

interface ActivityList {
  activities: { activityType: string; activityData: Record<string, unknown> & { time: number } }[]
  totalCount: number
}

const ALL_TYPES = SWS_ACTIVITY_TYPES.join(',')

describe('GET /v2-edge/sws/activities', () => {
  it('requires activityTypes: 400 problem JSON as the vendor answers', async () => {
    for (const query of ['', '?activityTypes=', '?fromTime=0']) {
      const response = await kit.request('GET', `/v2-edge/sws/activities${query}`, { token })
      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: "Required parameter 'activityTypes' is not present.",
        instance: '/v2-edge/sws/activities',
      })
    }
  })

  it('takes the types comma separated (with spaces) or repeated, and refuses unknown ones', async () => {
    const comma = await kit.getJson<ActivityList>('/v2-edge/sws/activities?activityTypes=PolicyLoaded,%20TenantLogin&limit=1000', token)
    const repeated = await kit.getJson<ActivityList>('/v2-edge/sws/activities?activityTypes=PolicyLoaded&activityTypes=TenantLogin&limit=1000', token)
    expect(comma).toEqual(repeated)
    expect(comma.totalCount).toBeGreaterThan(0)
    expect(new Set(comma.activities.map((a) => a.activityType))).toEqual(new Set(['PolicyLoaded', 'TenantLogin']))
    const unknown = await kit.request('GET', '/v2-edge/sws/activities?activityTypes=PolicyLoaded,Teleported', { token })
    expect(unknown.status).toBe(400)
  })

  it('serves the documented activityData fields, invitation fields only where they apply', async () => {
    const body = await kit.getJson<ActivityList>(`/v2-edge/sws/activities?activityTypes=${ALL_TYPES}&limit=1000`, token)
    expect(body.totalCount).toBe(kit.context.data.activities.size)
    for (const activity of body.activities) {
      expect(Object.keys(activity)).toEqual(['activityType', 'activityData'])
      const keys = Object.keys(activity.activityData)
      expect(keys.slice(0, 5)).toEqual(['id', 'time', 'initiatedById', 'initiatedByName', 'initiatedByRole'])
      const invitation = ['CompanyUserInvitationCreated', 'UserJointTenant'].includes(activity.activityType)
      expect(keys.slice(5)).toEqual(invitation ? ['invitationId', 'initialStatus', 'email'] : [])
    }
  })

  it('filters on activityData.time (epoch ms, inclusive), oldest first, and pages', async () => {
    const all = await kit.getJson<ActivityList>(`/v2-edge/sws/activities?activityTypes=${ALL_TYPES}&limit=1000`, token)
    const times = all.activities.map((a) => a.activityData.time)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    const fromTime = times[100]!
    const toTime = times[199]!
    const window = await kit.getJson<ActivityList>(`/v2-edge/sws/activities?activityTypes=${ALL_TYPES}&fromTime=${fromTime}&toTime=${toTime}`, token)
    expect(window.totalCount).toBe(100)
    expect(window.activities.map((a) => a.activityData.id)).toEqual(all.activities.slice(100, 200).map((a) => a.activityData.id))
    const page = await kit.getJson<ActivityList>(`/v2-edge/sws/activities?activityTypes=${ALL_TYPES}&offset=390&limit=20`, token)
    expect(page.activities).toHaveLength(10)
    expect(page.totalCount).toBe(400)
  })

  it('refuses a page beyond the 10,000th hit', async () => {
    const response = await kit.request('GET', `/v2-edge/sws/activities?activityTypes=TenantLogin&offset=9950&limit=100`, { token })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^Result window is too large, from \+ size must be less than or equal to: \[10000\] but was \[10050\]/)
  })
})
