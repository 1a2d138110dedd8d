import { hostileKindAt, hostileText } from '../../framework/hostile-values'
import { memoizeByIndex } from '../../framework/memoize-by-index'
import type { BaseRecords } from '../../framework/overlay-store'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { CITIES, DEPARTMENTS, ORGANIZATION_WORDS } from '../../framework/word-lists'

/** A grant of `/Org/UpdatePermission`, named as its body names it. */
export interface IdentityOrganizationPermission {
  readonly Right: string
  readonly Principal: string
  readonly PrincipalType: string
}

/** An Identity organization, with the fields `/Org/Create` and `/Org/Update` take. */
export interface IdentityOrganization {
  readonly ID: string
  readonly Name: string
  readonly Description: string | null
  readonly internal: {
    /** Who administers the org (`/Org/GetAdministrators`), as user Uuids. */
    readonly administratorUuids: readonly string[]
    /** Administrative rights granted on the org (`/Org/GetPermission`). */
    readonly permissions: readonly IdentityOrganizationPermission[]
  }
}

const COLLECTION = 'identity.organization'
const PLAIN_NAMES = CITIES.length * DEPARTMENTS.length

export const identityOrganizationId = memoizeByIndex((options, index): string => options.seed.rng(COLLECTION, 'id', index).uuid())

/** Unique for every index: city × department, then prefixed once those run out. */
function plainOrganizationName(options: SimDataOptions, index: number): string {
  const offset = options.seed.hash(COLLECTION, 'name-offset') % PLAIN_NAMES
  const combination = (index + offset) % PLAIN_NAMES
  const city = CITIES[combination % CITIES.length] ?? ''
  const department = DEPARTMENTS[Math.floor(combination / CITIES.length)] ?? ''
  const round = Math.floor(index / PLAIN_NAMES)
  const plain = `${city} ${department}`
  return round === 0 ? plain : `${ORGANIZATION_WORDS[(round - 1) % ORGANIZATION_WORDS.length] ?? ''} ${plain} ${round}`
}

/** The organization's Name without building the record (users' OrgPath uses it). */
export const identityOrganizationName = memoizeByIndex((options, index): string => {
  const kind = hostileKindAt(options.seed, COLLECTION, index, options.profile.identity.organizations)
  const plain = plainOrganizationName(options, index)
  return kind ? hostileText(kind, plain) : plain
})

export function identityOrganizations(options: SimDataOptions, userUuidAt: (index: number) => string, userCount: number): BaseRecords<IdentityOrganization> {
  const size = options.profile.identity.organizations
  return {
    size,
    idAt: (index) => identityOrganizationId(options, index),
    recordAt(index) {
      const rng = options.seed.rng(COLLECTION, index)
      const kind = hostileKindAt(options.seed, COLLECTION, index, size)
      const name = identityOrganizationName(options, index)
      const description = kind === 'empty-optional' || rng.chance(0.2) ? null : `${plainOrganizationName(options, index)} — ${rng.between(3, 400)} people`
      const administratorUuids = Array.from({ length: rng.between(0, 3) }, () => userUuidAt(1 + rng.int(userCount - 1)))
      return { ID: identityOrganizationId(options, index), Name: name, Description: description, internal: { administratorUuids, permissions: [] } }
    },
  }
}
