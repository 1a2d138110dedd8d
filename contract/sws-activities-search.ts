// The activity types and the activities list's page sizes.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); sws-activities.ts builds its schemas from them and re-exports them.

export const SWS_ACTIVITY_TYPES = [
  'RecreateTemplateRow',
  'PolicyDeleted',
  'PolicyConfigurationUpdated',
  'PolicyLoaded',
  'PolicyDefaultsPermissionsUpdated',
  'PolicyMembersPermissionsUpdated',
  'PolicyDisabled',
  'PolicyEnabled',
  'TenantUpdated',
  'TenantStateChanged',
  'TenantActivated',
  'TenantLogin',
  'UserDeletedFromTenant',
  'UserJointTenant',
  'UserRoleChanged',
  'UserActivated',
  'UserDeactivated',
  'CompanyUserInvitationCreated',
  'UserUsernameChanged',
  'SettingsUpdated',
] as const
export type SwsActivityType = (typeof SWS_ACTIVITY_TYPES)[number]

export const SWS_ACTIVITY_PAGE_SIZES = [25, 50, 100] as const
export type SwsActivityPageSize = (typeof SWS_ACTIVITY_PAGE_SIZES)[number]
export const SWS_ACTIVITY_DEFAULT_PAGE_SIZE: SwsActivityPageSize = 50
