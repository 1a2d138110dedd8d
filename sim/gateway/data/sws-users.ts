import { DAY_MS } from '../../framework/data-time'
import { hostileKindAt, hostileText } from '../../framework/hostile-values'
import { memoizeByIndex } from '../../framework/memoize-by-index'
import type { BaseRecords } from '../../framework/overlay-store'
import { personAt, personIndexFor } from '../../framework/people'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { PHONE_MODELS } from '../../framework/word-lists'
import { IDENTITY_TENANT_SUFFIX } from '../../identity/data/identity-tenant'
import { swsRecordId } from './sws-record-id'

export type SwsUserRole = 'TenantAdmin' | 'VendorManager' | 'User'
export type SwsUserStatus = 'Activated' | 'Deactivated'

/** An SWS user as `GET /v2-edge/sws/users/{userId}` names its fields (the list adds `fullname`). */
export interface SwsUser {
  readonly id: string
  readonly invitedBy: string | null
  /** The person's Identity login, `user@suffix`. */
  readonly username: string
  readonly firstName: string
  readonly lastName: string
  readonly phoneNumber: string | null
  readonly phoneModel: string | null
  readonly phoneOS: string | null
  readonly role: SwsUserRole
  readonly status: SwsUserStatus
  /** Epoch ms. */
  readonly lastLogin: number | null
  readonly appVersion: string | null
}

const COLLECTION = 'sws.user'

export function swsUserId(options: SimDataOptions, index: number): string {
  return swsRecordId(options.seed.rng(COLLECTION, 'id', index))
}

/** The Identity person an SWS user is; user 0 of Identity is the service user, so skip it. */
export function swsUserPersonIndex(options: SimDataOptions, index: number): number {
  return 1 + personIndexFor(index, options.profile.identity.users - 1)
}

/** The fields sessions and activities repeat, without building the whole user. */
export const swsUserSummary = memoizeByIndex((options, index): { id: string; fullName: string; username: string } => {
  const user = swsUsers(options).recordAt(index)
  return { id: user.id, fullName: `${user.firstName} ${user.lastName}`, username: user.username }
})

export function swsUsers(options: SimDataOptions): BaseRecords<SwsUser> {
  const size = options.profile.sws.users
  return {
    size,
    idAt: (index) => swsUserId(options, index),
    recordAt(index) {
      const rng = options.seed.rng(COLLECTION, index)
      const person = personAt(options.seed, swsUserPersonIndex(options, index))
      const kind = hostileKindAt(options.seed, COLLECTION, index, size)
      const empty = kind === 'empty-optional'
      const [phoneModel, phoneOS] = rng.pick(PHONE_MODELS)
      const role: SwsUserRole = index === 0 ? 'TenantAdmin' : rng.weighted<SwsUserRole>([['User', 85], ['VendorManager', 10], ['TenantAdmin', 5]])
      const neverSignedIn = empty || rng.chance(0.1)
      return {
        id: swsUserId(options, index),
        invitedBy: index === 0 || empty ? null : personAt(options.seed, swsUserPersonIndex(options, 0)).login + `@${IDENTITY_TENANT_SUFFIX}`,
        username: `${person.login}@${IDENTITY_TENANT_SUFFIX}`,
        firstName: kind ? hostileText(kind, person.firstName) : person.firstName,
        lastName: person.lastName,
        phoneNumber: neverSignedIn ? null : `+1 555 ${rng.digits(3)} ${rng.digits(4)}`,
        phoneModel: neverSignedIn ? null : phoneModel,
        phoneOS: neverSignedIn ? null : phoneOS,
        role,
        status: rng.chance(0.9) ? 'Activated' : 'Deactivated',
        lastLogin: neverSignedIn ? null : options.dataNow - rng.int(45 * DAY_MS),
        appVersion: neverSignedIn ? null : `3.${rng.between(4, 9)}.${rng.between(0, 12)}`,
      }
    },
  }
}
