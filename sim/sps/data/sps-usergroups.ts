import { hostileKindAt, hostileText } from '../../framework/hostile-values'
import type { BaseRecords } from '../../framework/overlay-store'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { DEPARTMENTS } from '../../framework/word-lists'
import { SPS_BUILTIN_ACLS } from './sps-acls'
import { spsConfigurationKey } from './sps-keys'
import { spsLocalUserName } from './sps-local-users'

/** A local usergroup: `name` and `members` (user names), as seed 004 shows its body. */
export interface SpsUsergroup {
  readonly key: string
  readonly name: string
  readonly members: readonly string[]
}

const COLLECTION = 'sps.usergroup'
const BUILTIN_COUNT = SPS_BUILTIN_ACLS.length
const READ_ONLY_GROUPS = new Set(SPS_BUILTIN_ACLS.filter((acl) => acl.permission === 'read').map((acl) => acl.group))

export function spsUsergroupKey(options: SimDataOptions, index: number): string {
  return spsConfigurationKey(options.seed.rng(COLLECTION, 'key', index))
}

function groupCount(options: SimDataOptions): number {
  return BUILTIN_COUNT + options.profile.sps.customUsergroups
}

/** The groups (by index) a generated local user belongs to; admin needs none. */
function groupsOfUser(options: SimDataOptions, userIndex: number): number[] {
  if (userIndex === 0) return []
  if (userIndex === 1) return SPS_BUILTIN_ACLS.flatMap((acl, index) => (READ_ONLY_GROUPS.has(acl.group) ? [index] : []))
  const rng = options.seed.rng(COLLECTION, 'membership', userIndex)
  const all = Array.from({ length: groupCount(options) }, (_, index) => index)
  return rng.sample(all, rng.between(1, 3))
}

export function spsUsergroups(options: SimDataOptions): BaseRecords<SpsUsergroup> {
  const size = groupCount(options)
  return {
    size,
    idAt: (index) => spsUsergroupKey(options, index),
    recordAt(index) {
      const members: string[] = []
      for (let user = 1; user < options.profile.sps.localUsers; user++) {
        if (groupsOfUser(options, user).includes(index)) members.push(spsLocalUserName(options, user))
      }
      const builtin = SPS_BUILTIN_ACLS[index]
      if (builtin) return { key: spsUsergroupKey(options, index), name: builtin.group, members }
      const custom = index - BUILTIN_COUNT
      const kind = hostileKindAt(options.seed, COLLECTION, custom, options.profile.sps.customUsergroups)
      const plain = `${(DEPARTMENTS[custom % DEPARTMENTS.length] ?? 'team').toLowerCase().replaceAll(' ', '-')}-operators-${custom}`
      return { key: spsUsergroupKey(options, index), name: kind ? hostileText(kind, plain) : plain, members }
    },
  }
}
