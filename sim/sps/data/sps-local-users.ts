import { createHash } from 'node:crypto'
import { DAY_MS } from '../../framework/data-time'
import { hostileKindAt, hostileText, type HostileKind } from '../../framework/hostile-values'
import type { BaseRecords } from '../../framework/overlay-store'
import { personAt, personIndexFor } from '../../framework/people'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { SPS_ADMIN_USER, SPS_READ_ONLY_USER } from './sps-appliance'
import { spsConfigurationKey } from './sps-keys'

/** A local user, as seed 004 names the body of `/api/configuration/aaa/local_database/users/<key>`. */
export interface SpsLocalUser {
  readonly key: string
  readonly name: string
  /** Key of the password object (a reference); null for users without a local password. */
  readonly password: string | null
  /** When the password was last changed, UNIX seconds. */
  readonly password_created: number | null
}

/** A password object (`/api/configuration/passwords/<key>`); only its hash is kept, never served. */
export interface SpsPasswordObject {
  readonly key: string
  readonly internal: { readonly sha256: string }
}

const USERS = 'sps.user'
const PASSWORDS = 'sps.password'

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function spsLocalUserKey(options: SimDataOptions, index: number): string {
  return spsConfigurationKey(options.seed.rng(USERS, 'key', index))
}

export function spsPasswordKey(options: SimDataOptions, index: number): string {
  return spsConfigurationKey(options.seed.rng(PASSWORDS, 'key', index))
}

/** User 0 is `admin`, user 1 the read-only demo user, the rest are people of the company. */
export function spsLocalUserName(options: SimDataOptions, index: number): string {
  if (index === 0) return SPS_ADMIN_USER.name
  if (index === 1) return SPS_READ_ONLY_USER.name
  const person = personAt(options.seed, 1 + personIndexFor(index, options.profile.identity.users - 1, 104_729))
  const kind = generatedUserHostileKind(options, index)
  return kind && kind !== 'empty-optional' ? hostileText(kind, person.login) : person.login
}

/** The two demo users come first; hostile values are placed among the generated users after them. */
function generatedUserHostileKind(options: SimDataOptions, index: number): HostileKind | null {
  if (index <= 1) return null
  return hostileKindAt(options.seed, USERS, index - 2, options.profile.sps.localUsers - 2)
}

function hasPassword(options: SimDataOptions, index: number): boolean {
  return generatedUserHostileKind(options, index) !== 'empty-optional'
}

export function spsLocalUsers(options: SimDataOptions): BaseRecords<SpsLocalUser> {
  return {
    size: options.profile.sps.localUsers,
    idAt: (index) => spsLocalUserKey(options, index),
    recordAt(index) {
      const rng = options.seed.rng(USERS, index)
      const withPassword = hasPassword(options, index)
      return {
        key: spsLocalUserKey(options, index),
        name: spsLocalUserName(options, index),
        password: withPassword ? spsPasswordKey(options, index) : null,
        password_created: withPassword ? Math.floor((options.dataNow - rng.int(400 * DAY_MS)) / 1000) : null,
      }
    },
  }
}

/** One password object per local user that has a password (same index). */
export function spsPasswords(options: SimDataOptions): BaseRecords<SpsPasswordObject> {
  return {
    size: options.profile.sps.localUsers,
    idAt: (index) => spsPasswordKey(options, index),
    recordAt(index) {
      const plain =
        index === 0 ? SPS_ADMIN_USER.password : index === 1 ? SPS_READ_ONLY_USER.password : options.seed.rng(PASSWORDS, index).base62(20)
      return { key: spsPasswordKey(options, index), internal: { sha256: sha256Hex(plain) } }
    },
  }
}
