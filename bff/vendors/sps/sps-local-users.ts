import type { SpsLocalUser, SpsPendingMark } from '../../../contract/sps-config'
import { vendorFailure } from '../http/vendor-errors'
import { isRecord, objectOf, referenceKey } from './sps-config-objects'
import type { SpsTransaction } from './sps-transaction'

// Local users, `/api/configuration/aaa/local_database/users` (seed 004): `name`, `password` (a
// reference to a password object) and `password_created` (UNIX seconds). A password object is
// created first (`POST /api/configuration/passwords {"plain": …}`), can be referenced only once,
// and is never listed, changed or deleted: a new password is a new object.

export const LOCAL_USERS_PATH = '/api/configuration/aaa/local_database/users'
export const PASSWORDS_PATH = '/api/configuration/passwords'
export const AAA_SETTINGS_PATH = '/api/configuration/aaa/settings'
/** Built in, with every privilege; SPS refuses to delete or rename it. */
export const SPS_ADMIN_NAME = 'admin'

export interface SpsLocalUserRecord {
  key: string
  name: string
  passwordKey: string | null
  passwordCreated: number | null
}

export function parseLocalUser(value: unknown): SpsLocalUserRecord {
  const { key, body } = objectOf(value)
  if (typeof body.name !== 'string') throw vendorFailure('sps', `answered local user ${key} without a name.`)
  return {
    key,
    name: body.name,
    passwordKey: referenceKey(body.password),
    passwordCreated: typeof body.password_created === 'number' ? body.password_created : null,
  }
}

export function toConsoleLocalUser(record: SpsLocalUserRecord, groups: string[], pending: SpsPendingMark): SpsLocalUser {
  return {
    key: record.key,
    name: record.name,
    hasPassword: record.passwordKey !== null,
    passwordChangedAt: record.passwordCreated === null ? null : new Date(record.passwordCreated * 1000).toISOString(),
    builtIn: record.name === SPS_ADMIN_NAME,
    groups,
    pending,
  }
}

/** The PUT/POST body: the whole object, the password as a plain key (empty fields included). */
export function localUserBody(name: string, passwordKey: string | null): { name: string; password: string | null } {
  return { name, password: passwordKey }
}

/** Creates a password object in the transaction; answers its key. The password is never logged. */
export async function createPasswordObject(tx: SpsTransaction, plain: string): Promise<string> {
  const answer = await tx.post(PASSWORDS_PATH, { plain })
  const key = isRecord(answer) && typeof answer.key === 'string' ? answer.key : null
  if (!key) throw vendorFailure('sps', 'created a password object without answering its key.')
  return key
}

/** Where SPS's own users live (seed 004: local users are disabled under LDAP; RADIUS checks passwords only). */
export function aaaModes(value: unknown): { ldap: boolean; radius: boolean } {
  const body = isRecord(value) && isRecord(value.body) ? value.body : {}
  const selection = (field: unknown) => (isRecord(field) && typeof field.selection === 'string' ? field.selection : null)
  return { ldap: selection(body.user_database) === 'ldap', radius: selection(body.authentication_method) === 'radius' }
}
