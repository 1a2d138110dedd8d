import type { SwsUserDetail, SwsUserSummary } from '../../../contract/sws-users'
import { vendorFailure } from '../http/vendor-errors'
import { isRecord, wireText, wireTime, type WireRecord } from './sws-wire-values'

/** A row of `GET /v2-edge/sws/users/` (`fullname`, lower-case n) or the single user (first and last name). */
export function toSwsUserSummary(wire: WireRecord): SwsUserSummary {
  const first = wireText(wire.firstName)
  const last = wireText(wire.lastName)
  const joined = [first, last].filter(Boolean).join(' ')
  return {
    id: wireText(wire.id) ?? '',
    username: wireText(wire.username) ?? '',
    fullName: wireText(wire.fullname) ?? wireText(wire.fullName) ?? joined,
    role: wireText(wire.role) ?? '',
    status: wireText(wire.status) ?? '',
    invitedBy: wireText(wire.invitedBy),
    lastLogin: wireTime(wire.lastLogin),
    phoneNumber: wireText(wire.phoneNumber),
    phoneModel: wireText(wire.phoneModel),
    appVersion: wireText(wire.appVersion),
  }
}

/** `GET /v2-edge/sws/users/{userId}`. */
export function toSwsUserDetail(wire: unknown): SwsUserDetail {
  if (!isRecord(wire) || wireText(wire.id) === null) throw vendorFailure('sws', 'answered the user request without a user.')
  return {
    ...toSwsUserSummary(wire),
    firstName: wireText(wire.firstName),
    lastName: wireText(wire.lastName),
    phoneOS: wireText(wire.phoneOS),
  }
}
