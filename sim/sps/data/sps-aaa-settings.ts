import type { BaseRecords } from '../../framework/overlay-store'

// `/api/configuration/aaa/settings`: how SPS authenticates its own users. The body's shape is not
// documented (sps.md §7.6, UNSURE); we use the documented `{"selection": …}` idiom for the two
// choices the docs describe: where users live (local database or LDAP) and how passwords are
// checked (locally or by RADIUS).

export const USER_DATABASES = ['local', 'ldap'] as const
export const AUTHENTICATION_METHODS = ['password', 'radius'] as const

export interface SpsAaaSettings {
  readonly key: 'settings'
  readonly authentication_method: { readonly selection: (typeof AUTHENTICATION_METHODS)[number] }
  readonly user_database: { readonly selection: (typeof USER_DATABASES)[number] }
}

export const AAA_SETTINGS_KEY = 'settings'

export function spsAaaSettings(): BaseRecords<SpsAaaSettings> {
  return {
    size: 1,
    idAt: () => AAA_SETTINGS_KEY,
    recordAt: () => ({ key: AAA_SETTINGS_KEY, authentication_method: { selection: 'password' }, user_database: { selection: 'local' } }),
  }
}

/** Local accounts (other than `admin`) can sign in only with the local database and passwords. */
export function localAccountsEnabled(settings: SpsAaaSettings | undefined): boolean {
  return settings === undefined || (settings.user_database.selection === 'local' && settings.authentication_method.selection === 'password')
}

/** "Local users cannot be managed when LDAP authentication is used." (seed 004) */
export function localUsersManageable(settings: SpsAaaSettings | undefined): boolean {
  return settings === undefined || settings.user_database.selection === 'local'
}
