import { describe, expect, it } from 'vitest'
import type { SpsAuditedSessionSummary } from '../../contract/sps-audited-sessions'
import type { SwsUserSummary } from '../../contract/sws-users'
import { loginOf, matchSpsSession, matchSwsUser } from './person-matching'

const swsUser = (username: string): SwsUserSummary => ({
  id: 'a'.repeat(32),
  username,
  fullName: 'Mark Lee',
  role: 'User',
  status: 'Activated',
  invitedBy: null,
  lastLogin: null,
  phoneNumber: null,
  phoneModel: null,
  appVersion: null,
})

const spsSession = (gatewayUsername: string | null, serverUsername: string | null): SpsAuditedSessionSummary => ({
  id: 'svc/1',
  protocol: 'SSH',
  active: false,
  startedAt: '2026-01-01T00:00:00Z',
  endedAt: null,
  durationSeconds: null,
  gatewayUsername,
  serverUsername,
  client: { ip: '10.0.0.1', name: null, port: null },
  server: { ip: '10.0.0.2', name: 'db01', port: 22 },
  verdict: 'ACCEPT',
  connectionPolicy: null,
  channelPolicy: null,
})

describe('person matching', () => {
  it('takes the login from the Identity username without its suffix', () => {
    expect(loginOf('mark.lee12@gatehouse.sim')).toBe('mark.lee12')
    expect(loginOf('no-suffix')).toBe('no-suffix')
    expect(loginOf('@odd')).toBe('@odd')
  })

  it('matches an SWS user on the whole login or the email, case-insensitively, and says which', () => {
    const identity = { username: 'Mark.Lee12@gatehouse.sim', email: 'mark@example.com' }
    expect(matchSwsUser(swsUser('mark.lee12@gatehouse.sim'), identity)?.matchedField).toBe('login')
    expect(matchSwsUser(swsUser('MARK@example.com'), identity)?.matchedField).toBe('email')
    // A name search also finds look-alikes; they are not this person.
    expect(matchSwsUser(swsUser('mark.lee123@gatehouse.sim'), identity)).toBeNull()
    expect(matchSwsUser(swsUser('mark.lee12'), { username: 'mark.lee12@gatehouse.sim', email: null })).toBeNull()
  })

  it('matches SPS sessions on the exact gateway username first, then the server username', () => {
    expect(matchSpsSession(spsSession('mark.lee12', 'root'), 'mark.lee12')).toMatchObject({ matchedField: 'gateway', server: 'db01' })
    expect(matchSpsSession(spsSession('someone', 'mark.lee12'), 'mark.lee12')?.matchedField).toBe('server')
    expect(matchSpsSession(spsSession('Mark.Lee12', null), 'mark.lee12')).toBeNull()
  })
})
