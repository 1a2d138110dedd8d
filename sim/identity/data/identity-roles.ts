import { hostileKindAt, hostileText } from '../../framework/hostile-values'
import { memoizeByIndex } from '../../framework/memoize-by-index'
import type { BaseRecords } from '../../framework/overlay-store'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { DEPARTMENTS } from '../../framework/word-lists'
import { identityOrganizationId } from './identity-organizations'

export interface IdentityAdministrativeRight {
  readonly Description: string
  readonly Path: string
  readonly ServiceName: string
}

/** An Identity role, named as Redrock's Role table and GetUsersRolesAndAdministrativeRights name it. */
export interface IdentityRole {
  readonly ID: string
  readonly Name: string
  readonly Description: string | null
  readonly AdministrativeRights: readonly IdentityAdministrativeRight[]
  /** Never served as such: the organization a role is scoped to (`/Org/GetRoles`, OrgPath). */
  readonly internal: { readonly organizationId: string | null }
}

const COLLECTION = 'identity.role'
export const SYSADMIN_ROLE_ID = 'sysadmin'

const RIGHTS: readonly IdentityAdministrativeRight[] = [
  { Description: 'User Management', Path: '/lib/rights/usermgmt.json', ServiceName: 'Admin Portal' },
  { Description: 'Read Only System Administration', Path: '/lib/rights/roadmin.json', ServiceName: 'Admin Portal' },
  { Description: 'Role Management', Path: '/lib/rights/rolemgmt.json', ServiceName: 'Admin Portal' },
  { Description: 'Report Management', Path: '/lib/rights/reportmgmt.json', ServiceName: 'Admin Portal' },
]

export const identityRoleId = memoizeByIndex((options, index): string => {
  if (index === 0) return SYSADMIN_ROLE_ID
  // Identity role ids look like GUIDs written with underscores.
  return options.seed.rng(COLLECTION, 'id', index).uuid().replaceAll('-', '_')
})

export function identityRoles(options: SimDataOptions): BaseRecords<IdentityRole> {
  const size = options.profile.identity.roles
  return {
    size,
    idAt: (index) => identityRoleId(options, index),
    recordAt(index) {
      if (index === 0) {
        return {
          ID: SYSADMIN_ROLE_ID,
          Name: 'System Administrator',
          Description: 'Built-in role with every administrative right',
          AdministrativeRights: [{ Description: 'System Administrator', Path: '/lib/rights/superduper.json', ServiceName: 'Admin Portal' }],
          internal: { organizationId: null },
        }
      }
      const rng = options.seed.rng(COLLECTION, index)
      // Role 0 is the built-in sysadmin; hostile values are placed among the others.
      const kind = hostileKindAt(options.seed, COLLECTION, index - 1, size - 1)
      const department = DEPARTMENTS[index % DEPARTMENTS.length] ?? 'Staff'
      const plain = `${department} ${rng.pick(['Admins', 'Helpdesk', 'Auditors', 'Users', 'Approvers'])} ${index}`
      return {
        ID: identityRoleId(options, index),
        Name: kind ? hostileText(kind, plain) : plain,
        Description: kind === 'empty-optional' || rng.chance(0.3) ? null : `Members of ${department}`,
        AdministrativeRights: rng.chance(0.3) ? rng.sample(RIGHTS, rng.between(1, 2)) : [],
        internal: { organizationId: scopedOrganizationId(options, index) },
      }
    },
  }
}

/** About a quarter of the roles belong to an organization; a hash of their own keeps the other fields as they were. */
function scopedOrganizationId(options: SimDataOptions, index: number): string | null {
  const roll = options.seed.hash(COLLECTION, 'organization', index)
  if (roll % 4 !== 0) return null
  return identityOrganizationId(options, (roll >>> 3) % options.profile.identity.organizations)
}
