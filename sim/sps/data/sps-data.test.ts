import { describe, expect, it } from 'vitest'
import { dataOptions } from '../../test-support/seeded-data'
import { SPS_BUILTIN_ACLS } from './sps-acls'
import { SpsData } from './sps-data'
import { sha256Hex } from './sps-local-users'

describe('SPS data', () => {
  const data = new SpsData(dataOptions('small'))

  it('has the demo users first, with password objects by reference', () => {
    const [admin, auditor] = data.localUsers.slice(0, 2)
    expect(admin).toMatchObject({ name: 'admin' })
    expect(auditor).toMatchObject({ name: 'auditor' })
    expect(data.passwords.get(admin!.password!)?.internal.sha256).toBe(sha256Hex('sps-admin'))
    expect(data.passwords.get(auditor!.password!)?.internal.sha256).toBe(sha256Hex('sps-auditor'))
    expect(Object.keys(admin!)).toEqual(['key', 'name', 'password', 'password_created'])
    expect(admin!.key).toMatch(/^\d{10}[0-9a-f]{12}$/)
  })

  it('has the built-in usergroups of seed 004, the read-only user only in read groups', () => {
    const groups = data.usergroups.slice(0, data.usergroups.size)
    expect(groups.slice(0, SPS_BUILTIN_ACLS.length).map((group) => group.name)).toEqual(SPS_BUILTIN_ACLS.map((acl) => acl.group))
    const auditorGroups = groups.filter((group) => group.members.includes('auditor')).map((group) => group.name)
    const writeGroups = new Set(SPS_BUILTIN_ACLS.filter((acl) => acl.permission === 'write').map((acl) => acl.group))
    expect(auditorGroups.length).toBeGreaterThan(5)
    expect(auditorGroups.some((name) => writeGroups.has(name))).toBe(false)
  })

  it('names audited session fields as sps.md does', () => {
    const session = data.auditSessions.at(0)!
    expect(Object.keys(session)).toEqual([
      'key', 'active', 'hidden', 'phantom', 'origin', 'protocol', 'node_id', 'client', 'creation_time', 'end_time', 'duration', 'analytics', 'recording',
    ])
    expect(session.key).toMatch(/^[0-9A-Za-z]{22}$/)
    expect(session.recording.session_id).toMatch(/^svc\/[0-9A-Za-z]{22}\/[a-z-]+:\d$/)
    const all = data.auditSessions.slice(0, data.auditSessions.size)
    expect(new Set(all.map((s) => s.protocol))).toEqual(new Set(['SSH', 'RDP', 'TELNET', 'VNC', 'HTTP', 'ICA']))
  })
})
