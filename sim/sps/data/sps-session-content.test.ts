import { describe, expect, it } from 'vitest'
import { dataOptions } from '../../test-support/seeded-data'
import { SpsData } from './sps-data'
import { BUILTIN_RDP_CHANNEL_POLICY_KEY, BUILTIN_SSH_CHANNEL_POLICY_KEY, BUILTIN_TIME_POLICY_KEY } from './sps-policies'
import { spsSessionContent } from './sps-session-content'

describe('SPS seeded policies', () => {
  it('starts with the built-ins and gives the other policies seed keys', () => {
    const first = new SpsData(dataOptions('small'))
    const second = new SpsData(dataOptions('small'))
    expect(first.timePolicies.at(0)).toMatchObject({ key: BUILTIN_TIME_POLICY_KEY, name: '7x24' })
    expect(first.rdpChannelPolicies.at(0)?.key).toBe(BUILTIN_RDP_CHANNEL_POLICY_KEY)
    expect(first.sshChannelPolicies.at(0)?.key).toBe(BUILTIN_SSH_CHANNEL_POLICY_KEY)
    expect([...first.timePolicies.values()]).toEqual([...second.timePolicies.values()])
    expect(new SpsData(dataOptions('small', 'other')).timePolicies.at(1)?.key).not.toBe(first.timePolicies.at(1)?.key)
  })

  it('names in its audited sessions the channel policies it has', () => {
    const data = new SpsData(dataOptions('small'))
    const names = new Set([...data.rdpChannelPolicies.values(), ...data.sshChannelPolicies.values()].map((policy) => policy.name))
    const used = new Set([...data.auditSessions.values()].filter((s) => s.protocol === 'SSH' || s.protocol === 'RDP').map((s) => s.recording.channel_policy))
    for (const name of used) expect(names).toContain(name)
  })
})

describe('SPS session content', () => {
  const options = dataOptions('small')
  const data = new SpsData(options)
  const sessions = [...data.auditSessions.values()]

  it('is the same for the same seed and session', () => {
    const session = sessions[12]!
    expect(spsSessionContent(options, session)).toEqual(spsSessionContent(dataOptions('small'), session))
  })

  it('has events only for indexed sessions, commands for terminals and window titles for desktops', () => {
    for (const session of sessions) {
      const { events, channels } = spsSessionContent(options, session)
      expect(channels.length).toBeGreaterThan(0)
      if (session.recording.index_status !== 'INDEXED') expect(events).toEqual([])
      for (const event of events) {
        expect(event.type).toBe(session.protocol === 'SSH' || session.protocol === 'TELNET' ? 'command' : 'window_title')
        expect(event.time).toBeGreaterThanOrEqual(session.creation_time)
      }
    }
  })

  it('carries hostile values in event content across the small profile', () => {
    const contents = sessions.flatMap((session) => spsSessionContent(options, session).events.map((event) => event.content)).join('\n')
    const markers = ['<script>', '<a href="javascript:', '=HYPERLINK(', '\u202E', '🦄']
    expect(markers.filter((marker) => contents.includes(marker)).length).toBeGreaterThanOrEqual(3)
  })
})
