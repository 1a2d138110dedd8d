import { describe, expect, it } from 'vitest'
import { VendorApiError } from '../http/vendor-errors'
import {
  epochSecondsToIso,
  isoTime,
  parseListing,
  parseSessionSearch,
  toChannel,
  toEvent,
  toSessionDetail,
  toSessionSummary,
  toTrailDownload,
} from './sps-audited-sessions-wire'

// `/api/audit/sessions` answers in the shapes of the SPS 6.0.12 guide (sps.md §9), as the simulator serves them.

const sessionBody = {
  active: false,
  alerts: { href: '/api/audit/sessions/P9F36DFS1cnimo1Ej2vJfJ/alerts' },
  analytics: { interesting_events: [], scripted: false, scripted_results: {}, similar_sessions: [], tags: [] },
  channels: { href: '/api/audit/sessions/P9F36DFS1cnimo1Ej2vJfJ/channels' },
  client: { ip: '10.40.246.132', name: '<img src=x onerror=alert(1)>', port: 63252 },
  creation_time: '2026-11-01T02:51:27.540Z',
  duration: 4260,
  end_time: '2026-11-01T04:02:27+00:00',
  events: { href: '/api/audit/sessions/P9F36DFS1cnimo1Ej2vJfJ/events' },
  hidden: false,
  indexing: { href: '/api/audit/sessions/P9F36DFS1cnimo1Ej2vJfJ/indexing' },
  node_id: 'bef353bf-b2a5-4b84-871c-a5731ed94811',
  origin: 'RECORDING',
  phantom: false,
  protocol: 'VNC',
  recording: {
    archived: false,
    audit_trail: { archive: null, download: { href: '/api/audit/sessions/P9F36DFS1cnimo1Ej2vJfJ/audit_trail' } },
    auth_method: 'password',
    channel_policy: 'all',
    command_extracted: false,
    connection_policy: 'vnc-lab',
    connection_policy_id: '9830197379f81ec2446d38',
    content_reference_id: 400,
    has_accepted_channel: true,
    index_status: 'INDEXED',
    server_local: { ip: '10.20.0.5', name: 'sps.gatehouse.sim', port: 5900 },
    session_id: 'svc/8iiHigq9NWItbrIkqBBtYC/vnc-lab:1',
    target: { ip: '10.10.65.20', name: 'k8s-12.prod.gatehouse.sim', port: 5900 },
    user: { gateway_username: '=cmd|/c calc', server_username: 'root' },
    verdict: 'ACCEPT',
  },
}

describe('audited session answers', () => {
  it('reads a search page: items with the asked-for fields, match_count, whether a next page exists (6.0 and 7.x metas)', () => {
    const classic = {
      items: [
        { key: 'P9F36DFS1cnimo1Ej2vJfJ', meta: { href: '/api/audit/sessions/P9F36DFS1cnimo1Ej2vJfJ' }, body: { protocol: 'VNC', client: { ip: '10.40.246.132' } } },
        { key: '2', meta: { href: '/api/audit/sessions/2' } },
      ],
      meta: {
        fields: ['protocol', 'client.ip'],
        first: '/api/audit/sessions?limit=2&offset=0&fields=protocol,client.ip',
        href: '/api/audit/sessions',
        last: '/api/audit/sessions?limit=2&offset=38&fields=protocol,client.ip',
        limit: 2,
        match_count: 39,
        next: '/api/audit/sessions?limit=2&offset=2&fields=protocol,client.ip',
        offset: 0,
        parent: '/api/audit',
        previous: null,
      },
    }
    expect(parseSessionSearch(classic)).toEqual({
      items: [
        { id: 'P9F36DFS1cnimo1Ej2vJfJ', body: { protocol: 'VNC', client: { ip: '10.40.246.132' } } },
        { id: '2', body: null },
      ],
      matchCount: 39,
      hasNext: true,
    })
    const seven = { ...classic, meta: { ...classic.meta, next: null, remaining_seconds: 599 } }
    expect(parseSessionSearch(seven)).toMatchObject({ matchCount: 39, hasNext: false })
    expect(() => parseSessionSearch({ items: [] })).toThrow(VendorApiError)
  })

  it('maps a session body to the list row, times in UTC, hostile values kept as text', () => {
    expect(toSessionSummary('P9F36DFS1cnimo1Ej2vJfJ', sessionBody)).toEqual({
      id: 'P9F36DFS1cnimo1Ej2vJfJ',
      protocol: 'VNC',
      active: false,
      startedAt: '2026-11-01T02:51:27.540Z',
      endedAt: '2026-11-01T04:02:27.000Z',
      durationSeconds: 4260,
      gatewayUsername: '=cmd|/c calc',
      serverUsername: 'root',
      client: { ip: '10.40.246.132', name: '<img src=x onerror=alert(1)>', port: 63252 },
      server: { ip: '10.10.65.20', name: 'k8s-12.prod.gatehouse.sim', port: 5900 },
      verdict: 'ACCEPT',
      connectionPolicy: 'vnc-lab',
      channelPolicy: 'all',
    })
  })

  it('maps one session with its recording facts and whether a trail can be downloaded', () => {
    const detail = toSessionDetail({ body: sessionBody, key: 'P9F36DFS1cnimo1Ej2vJfJ', meta: { href: '/api/audit/sessions/P9F36DFS1cnimo1Ej2vJfJ', parent: '/api/audit/sessions' } })
    expect(detail).toMatchObject({
      id: 'P9F36DFS1cnimo1Ej2vJfJ',
      sessionId: 'svc/8iiHigq9NWItbrIkqBBtYC/vnc-lab:1',
      origin: 'RECORDING',
      nodeId: 'bef353bf-b2a5-4b84-871c-a5731ed94811',
      authMethod: 'password',
      indexStatus: 'INDEXED',
      archived: false,
      hasAcceptedChannel: true,
      commandExtracted: false,
      applianceAddress: { ip: '10.20.0.5', name: 'sps.gatehouse.sim', port: 5900 },
      trailAvailable: true,
    })
    const running = toSessionDetail({ key: 'x', body: { ...sessionBody, active: true, end_time: null, recording: { ...sessionBody.recording, audit_trail: { archive: null } } } })
    expect(running).toMatchObject({ active: true, endedAt: null, trailAvailable: false })
    expect(() => toSessionDetail({ key: 'x' })).toThrow(VendorApiError)
  })

  it('maps channels (epoch seconds, extra facts as details), events, content matches and trail downloads', () => {
    expect(
      toChannel({
        body: { duration: 4260, end_time: 1793505747, start_time: 1793501487, type: 'session-exec', verdict: 'accept', command: 'uptime' },
        key: '1',
        meta: { href: '/api/audit/sessions/x/channels/1' },
      }),
    ).toEqual({
      id: '1',
      type: 'session-exec',
      verdict: 'accept',
      startedAt: '2026-11-01T02:51:27.000Z',
      endedAt: '2026-11-01T04:02:27.000Z',
      durationSeconds: 4260,
      details: { command: 'uptime' },
    })
    expect(toEvent({ action: 'sudo su -', channels_id: '0', content: 'sudo su -', record_id: 28, time: '2026-11-01T02:52:38.791', type: 'command' })).toEqual({
      recordId: 28,
      time: '2026-11-01T02:52:38.791',
      type: 'command',
      action: 'sudo su -',
      content: 'sudo su -',
      channelId: '0',
    })
    expect(toTrailDownload({ from_api: true, ip_address: '127.0.0.1', time: '2018-11-20T11:10:19.000Z', username: 'admin' })).toEqual({
      at: '2018-11-20T11:10:19.000Z',
      username: 'admin',
      ipAddress: '127.0.0.1',
      fromApi: true,
    })
    const listing = { items: [{ a: 1 }], meta: { href: '/api/audit/sessions/x/events', next: '/api/audit/sessions/x/events?limit=1&offset=1', remaining_seconds: 600 } }
    expect(parseListing(listing, 'events')).toEqual({ items: [{ a: 1 }], hasNext: true })
    expect(() => parseListing({ meta: {} }, 'events')).toThrow(VendorApiError)
  })

  it('reads only times with a zone as instants', () => {
    expect(isoTime('2026-11-01T04:02:27+00:00')).toBe('2026-11-01T04:02:27.000Z')
    expect(isoTime('2026-11-01T04:02:27+0100')).toBe('2026-11-01T03:02:27.000Z')
    expect(isoTime('2026-11-01T04:02:27.123')).toBeNull()
    expect(isoTime(null)).toBeNull()
    expect(epochSecondsToIso(0)).toBeNull()
  })
})
