import { badArgument } from '../envelope/identity-api-error'
import type { IdentityUser, IdentityUserState, IdentityUserStateFlag } from '../data/identity-users'

// One account state behind every endpoint that shows it. A user carries the SetUserState flags
// (Locked, Disabled, Expired), the separate administrator cloud lock (SetCloudLock) and a count
// of failed sign-ins; GetUser, GetUserAttributes, IsUserCloudLocked, the directory query and SCIM
// all derive what they show from these, so a change made through one shows in all of them.

const FLAG_ORDER: readonly IdentityUserStateFlag[] = ['Locked', 'Disabled', 'Expired']

/** Consecutive failed sign-ins after which the lock-out policy locks the user out (UNSURE: 5). */
export const POLICY_LOCKOUT_THRESHOLD = 5

export function stateFlags(state: IdentityUserState): Set<IdentityUserStateFlag> {
  const flags = new Set<IdentityUserStateFlag>()
  for (const part of state.split(',')) {
    const flag = FLAG_ORDER.find((known) => known === part.trim())
    if (flag) flags.add(flag)
  }
  return flags
}

/** 'None', or the flags comma separated in the vendor's order ("Locked, Disabled"). */
export function formatState(flags: Iterable<IdentityUserStateFlag>): IdentityUserState {
  const present = new Set(flags)
  const ordered = FLAG_ORDER.filter((flag) => present.has(flag))
  return ordered.length === 0 ? 'None' : ordered.join(', ')
}

/** SetUserState's `state`: 'None' or one or more of Locked, Disabled, Expired (any case). */
export function parseStateArgument(text: string): Set<IdentityUserStateFlag> {
  const flags = new Set<IdentityUserStateFlag>()
  const parts = text.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '')
  if (parts.length === 0) throw badArgument(`'${text}' is not a valid user state.`)
  for (const part of parts) {
    if (part === 'none') continue
    const flag = FLAG_ORDER.find((known) => known.toLowerCase() === part)
    if (!flag) throw badArgument(`'${text}' is not a valid user state. Use None, Locked, Disabled or Expired.`)
    flags.add(flag)
  }
  if (parts.includes('none') && flags.size > 0) throw badArgument(`'${text}' is not a valid user state: None cannot be combined.`)
  return flags
}

/** The state as served: the SetUserState flags, with Locked also while the cloud lock is on. */
export function servedStateFlags(user: IdentityUser): Set<IdentityUserStateFlag> {
  const flags = stateFlags(user.State)
  if (user.LockedByAdmin) flags.add('Locked')
  return flags
}

export function servedState(user: IdentityUser): IdentityUserState {
  return formatState(servedStateFlags(user))
}

export function isLocked(user: IdentityUser): boolean {
  return servedStateFlags(user).has('Locked')
}

export function isEnabled(user: IdentityUser): boolean {
  return !stateFlags(user.State).has('Disabled')
}

/** GetUserAttributes' CloudState: the administrator cloud lock. */
export function cloudState(user: IdentityUser): 'Locked' | 'None' {
  return user.LockedByAdmin ? 'Locked' : 'None'
}

export function isLockedOutByPolicy(user: IdentityUser): boolean {
  return user.internal.failedSignIns >= POLICY_LOCKOUT_THRESHOLD
}

export type UserStatus = 'Active' | 'Suspended' | 'Locked' | 'Expired'

/** Directory query Status: ChangeUserState documents false as "Suspended". */
export function userStatus(user: IdentityUser): UserStatus {
  const flags = servedStateFlags(user)
  if (flags.has('Disabled')) return 'Suspended'
  if (flags.has('Locked')) return 'Locked'
  if (flags.has('Expired')) return 'Expired'
  return 'Active'
}

/** SCIM `active`: neither disabled nor cloud locked. */
export function isScimActive(user: IdentityUser): boolean {
  return isEnabled(user) && !user.LockedByAdmin
}

export function isMfaExempt(user: IdentityUser, now: number): boolean {
  return user.internal.mfaExemptUntil !== null && now < user.internal.mfaExemptUntil
}
