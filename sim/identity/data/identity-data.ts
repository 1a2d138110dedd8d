import type { ColumnIndex } from '../../framework/overlay-column'
import { OverlayStore } from '../../framework/overlay-store'
import type { SimDataModel } from '../../framework/sim-context'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { EMPTY_OUTBOX, type IdentityOutboxMessage } from './identity-outbox'
import { identityOrganizations, type IdentityOrganization } from './identity-organizations'
import { identityRoles, type IdentityRole } from './identity-roles'
import {
  IDENTITY_DEMO_SERVICE_USER,
  IDENTITY_DIRECTORY_SERVICE_UUID,
  IDENTITY_EXTDATA_COLUMNS,
  IDENTITY_TENANT_ID,
  IDENTITY_TENANT_SUFFIX,
  type ExtDataColumn,
} from './identity-tenant'
import {
  identityUserDisplayName,
  identityUserMail,
  identityUserName,
  identityUsers,
  identityUserUuid,
  type IdentityUser,
} from './identity-users'

/** The simulated Identity tenant: users, organizations and roles, generated lazily from the seed. */
export class IdentityData implements SimDataModel {
  readonly users: OverlayStore<IdentityUser>
  readonly organizations: OverlayStore<IdentityOrganization>
  readonly roles: OverlayStore<IdentityRole>
  /** Messages the tenant sent (invitations, bulk import reports): simulator-only, see identity-outbox.ts. */
  readonly outbox: OverlayStore<IdentityOutboxMessage>
  readonly collections: SimDataModel['collections']
  /**
   * Columns over users whose base values need no record build, so the first search or sort over
   * 100,000 users stays well under a second. Values are as stored (Mail null → '').
   */
  readonly userColumns: {
    readonly uuid: ColumnIndex<IdentityUser>
    readonly name: ColumnIndex<IdentityUser>
    readonly displayName: ColumnIndex<IdentityUser>
    readonly mail: ColumnIndex<IdentityUser>
    /** Name in lower case: logins are case-insensitive. */
    readonly nameKey: ColumnIndex<IdentityUser>
  }
  /**
   * Role ids of each user, space separated (ids have no spaces): built in one pass over the users
   * the first time role members are asked for, then kept like the other columns.
   */
  readonly userRoleColumn: ColumnIndex<IdentityUser>
  /** The tenant's ExtData schema; `/ExtData/UpdateSchema` replaces it, reset restores it. */
  extDataColumns: readonly ExtDataColumn[] = IDENTITY_EXTDATA_COLUMNS

  constructor(options: SimDataOptions) {
    const userCount = options.profile.identity.users
    this.users = new OverlayStore(identityUsers(options))
    this.organizations = new OverlayStore(identityOrganizations(options, (index) => identityUserUuid(options, index), userCount))
    this.roles = new OverlayStore(identityRoles(options))
    this.outbox = new OverlayStore(EMPTY_OUTBOX)
    this.collections = { users: this.users, organizations: this.organizations, roles: this.roles, outbox: this.outbox }
    this.userColumns = {
      uuid: this.users.column('Uuid', (user) => user.Uuid, (index) => identityUserUuid(options, index)),
      name: this.users.column('Name', (user) => user.Name, (index) => identityUserName(options, index)),
      displayName: this.users.column('DisplayName', (user) => user.DisplayName, (index) => identityUserDisplayName(options, index)),
      mail: this.users.column('Mail', (user) => user.Mail ?? '', (index) => identityUserMail(options, index) ?? ''),
      nameKey: this.users.column('NameKey', (user) => user.Name.toLowerCase(), (index) => identityUserName(options, index).toLowerCase()),
    }
    this.userRoleColumn = this.users.column('RoleIds', (user) => user.internal.roleIds.join(' '))
  }

  reset(): void {
    this.users.reset()
    this.organizations.reset()
    this.roles.reset()
    this.outbox.reset()
    this.extDataColumns = IDENTITY_EXTDATA_COLUMNS
  }

  describe(): Record<string, unknown> {
    return {
      tenantId: IDENTITY_TENANT_ID,
      tenantSuffix: IDENTITY_TENANT_SUFFIX,
      directoryServiceUuid: IDENTITY_DIRECTORY_SERVICE_UUID,
      demoServiceUser: IDENTITY_DEMO_SERVICE_USER.name,
      extDataColumns: this.extDataColumns.map((column) => column.Name),
    }
  }
}
