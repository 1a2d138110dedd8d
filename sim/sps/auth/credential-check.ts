import { timingSafeEqual } from 'node:crypto'
import { localAccountsEnabled } from '../data/sps-aaa-settings'
import { SPS_ADMIN_USER } from '../data/sps-appliance'
import type { SpsData } from '../data/sps-data'
import { sha256Hex, type SpsLocalUser } from '../data/sps-local-users'

/**
 * Checks a user name and password against the committed local user database. While the AAA
 * settings point at LDAP or RADIUS, local accounts are disabled (seed 004) — except `admin`, the
 * built-in account that always signs in locally (our choice: the simulator has no LDAP server).
 */
export function checkLocalCredentials(data: SpsData, username: string, password: string): SpsLocalUser | null {
  const user = findUserByName(data, username)
  if (!user?.password) return null
  if (user.name !== SPS_ADMIN_USER.name && !localAccountsEnabled(data.aaaSettings.get('settings'))) return null
  const stored = data.passwords.get(user.password)
  if (!stored) return null
  const expected = Buffer.from(stored.internal.sha256, 'hex')
  const given = Buffer.from(sha256Hex(password), 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given) ? user : null
}

function findUserByName(data: SpsData, name: string): SpsLocalUser | undefined {
  for (const user of data.localUsers.values()) if (user.name === name) return user
  return undefined
}
