import type { IdentityData } from '../data/identity-data'
import { SYSADMIN_ROLE_ID } from '../data/identity-roles'
import { IDENTITY_DIRECTORY_SERVICE_UUID, IDENTITY_TENANT_ID } from '../data/identity-tenant'
import type { IdentityUser } from '../data/identity-users'
import { DAY_MS } from '../../framework/data-time'
import { msJsonDate, msJsonDateOrNever, msJsonDateOrNull } from '../envelope/ms-json-date'
import { REDROCK_TYPE, type RedrockColumnSpec, type RedrockRow } from '../envelope/redrock-result'
import { existingRoleIds, managerName, organizationName } from './user-relations'
import { cloudState, servedState } from './user-state'

// The shapes in which Identity endpoints show a user, field for field as observed on real
// tenants (S6 response examples, S2/S3 readers). Dates as /Date(ms)/.

/** Cloud Directory password lifetime: PasswordExpDate is the last change plus this. */
const PASSWORD_LIFETIME_MS = 365 * DAY_MS

/** `/CDirectoryService/GetUser` and `/CDirectoryService/GetUserByName`. */
export function getUserView(data: IdentityData, user: IdentityUser): Record<string, unknown> {
  return {
    Uuid: user.Uuid,
    State: servedState(user),
    LastModifiedDate: msJsonDate(user.LastModifiedDate),
    DisplayName: user.DisplayName,
    Version: String(user.Version),
    Mail: user.Mail,
    Name: user.Name,
    ReportsTo: managerName(data, user) ?? 'Unassigned',
    CreateDate: msJsonDate(user.CreateDate),
    MobileNumber: user.MobileNumber,
    Alias: user.Alias,
    InEverybodyRole: user.InEverybodyRole,
    LastPasswordChangeDate: msJsonDateOrNever(user.LastPasswordChangeDate),
    OauthClient: user.OauthClient,
  }
}

/** `/CDirectoryService/GetUserAttributes` and `/UserMgmt/GetUserAttributes`. */
export function userAttributesView(data: IdentityData, user: IdentityUser): Record<string, unknown> {
  const manager = managerName(data, user)
  return {
    ReadOnly: false,
    Description: user.Description,
    directoryServiceUuid: IDENTITY_DIRECTORY_SERVICE_UUID,
    ForcePasswordChangeNext: user.ForcePasswordChangeNext ? 'True' : 'False',
    DisplayName: user.DisplayName,
    PasswordNeverExpire: user.PasswordNeverExpire,
    PictureUri: user.PictureUri,
    CloudState: cloudState(user),
    OrgPath: organizationName(data, user),
    InEverybodyRole: user.InEverybodyRole,
    OauthClient: user.OauthClient,
    imageName: null,
    MobileNumber: user.MobileNumber,
    LastModifiedDate: msJsonDate(user.LastModifiedDate),
    LastPasswordChangeDate: msJsonDateOrNever(user.LastPasswordChangeDate),
    CreateDate: msJsonDate(user.CreateDate),
    OfficeNumber: user.OfficeNumber,
    LockedByAdmin: user.LockedByAdmin,
    SubjectToCloudLocks: user.SubjectToCloudLocks,
    Alias: user.Alias,
    HomeNumber: user.HomeNumber,
    ...(manager === null ? {} : { ReportsTo: manager }),
    Name: user.Name,
    PreferredCulture: user.PreferredCulture ?? '',
    Version: String(user.Version),
    Mail: user.Mail,
    PreferredTimeZone: user.PreferredTimeZone ?? '',
    Uuid: user.Uuid,
    State: servedState(user),
    ExternalUuid: user.ExternalUuid ?? user.Uuid,
  }
}

/** `/UserMgmt/GetUserInfo`: mostly the user's authentication profile. */
export function userInfoView(data: IdentityData, user: IdentityUser): Record<string, unknown> {
  const passwordExpires = user.PasswordNeverExpire || user.LastPasswordChangeDate === null ? null : user.LastPasswordChangeDate + PASSWORD_LIFETIME_MS
  return {
    TenantId: IDENTITY_TENANT_ID,
    Id: user.Uuid,
    ExternalUuid: user.ExternalUuid ?? user.Uuid,
    Name: user.Name,
    DisplayName: user.DisplayName,
    EmailAddress: user.Mail,
    MobileNumber: user.MobileNumber,
    DirectoryServiceType: 'CDS',
    DirectoryServiceId: IDENTITY_DIRECTORY_SERVICE_UUID,
    DirectoryServiceName: 'CDS',
    DirectoryServiceLocalizedName: 'CyberArk Cloud Directory',
    IsSysAdmin: existingRoleIds(data, user).includes(SYSADMIN_ROLE_ID),
    CanChangePassword: true,
    PasswordExpDate: msJsonDateOrNever(passwordExpires),
    LastPasswordChangeDate: msJsonDateOrNever(user.LastPasswordChangeDate),
    ThirdPartyOathConfigured: false,
    SqEnabled: true,
    SecurityQuestion: null,
    SecurityQuestionsLastUpdate: null,
    PhonePinLastChangeDate: null,
    LastLoginDate: msJsonDateOrNull(user.LastLogin),
    LastLastLoginDate: null,
    PasswordChangeSoftDays: 14,
    PasswordChangeHardHours: 48,
    PasswordResetFlag: 0,
    SelfUnlocked: false,
    HasPicture: user.PictureUri !== null,
    Settings: null,
    HasU2fDeviceWithFacetIdMatched: false,
    SecurityKeyConfigured: false,
    OnDeviceAuthenticatorConfigured: false,
    PreferredCulture: user.PreferredCulture,
    PreferredTimeZone: user.PreferredTimeZone,
    DisplayPreferredCulture: null,
    EnablePurchasedLicenseMenu: false,
    MfaSetupWizardSettings: {
      ShowYubikeyOtpInMfaSetupWizard: false,
      ShowMfaSetupWizard: false,
      ShowPasskeysInMfaSetupWizard: false,
      MobileNumberAttribute: '',
      ShowU2fInMfaSetupWizard: false,
      ShowSecurityQuestionInMfaSetupWizard: false,
      SaveMobileNumberToCloud: false,
      RequiredFactorSetupCount: 0,
      ShowSmsMessageInMfaSetupWizard: false,
      ShowOathPassCodeInMfaSetupWizard: false,
    },
    IsMobileAttributeConfigured: false,
    MobileDeviceAuthCapableCount: 0,
    SlackAuthEnabled: false,
    SlackMemberIdSet: false,
    YubikeyOtpConfigured: false,
    PasskeyConfigured: false,
  }
}

/** Columns of `/CDirectoryService/GetUsers`, in the order the vendor lists them. */
export const GET_USERS_COLUMNS: readonly RedrockColumnSpec[] = [
  { name: 'Uuid', type: REDROCK_TYPE.text },
  { name: 'DisplayName', type: REDROCK_TYPE.text },
  { name: 'Description', type: REDROCK_TYPE.text },
  { name: 'Mail', type: REDROCK_TYPE.text },
  { name: 'Name', type: REDROCK_TYPE.text },
  { name: 'OfficeNumber', type: REDROCK_TYPE.text },
  { name: 'MobileNumber', type: REDROCK_TYPE.text },
  { name: 'HomeNumber', type: REDROCK_TYPE.text },
  { name: 'StartDate', type: REDROCK_TYPE.date },
  { name: 'EndDate', type: REDROCK_TYPE.date },
  { name: 'ReportsTo', type: REDROCK_TYPE.text },
  { name: 'PictureUri', type: REDROCK_TYPE.text },
  { name: 'PreferredCulture', type: REDROCK_TYPE.text },
]

/** One row of `/CDirectoryService/GetUsers` (entity type `CDUser`). */
export function getUsersRow(data: IdentityData, user: IdentityUser): RedrockRow {
  return {
    entityType: 'CDUser',
    key: user.Uuid,
    row: {
      Uuid: user.Uuid,
      DisplayName: user.DisplayName,
      Name: user.Name,
      Mail: user.Mail,
      ReportsTo: managerName(data, user),
      PreferredCulture: user.PreferredCulture,
      HomeNumber: user.HomeNumber,
      StartDate: msJsonDateOrNull(user.StartDate),
      MobileNumber: user.MobileNumber,
      EndDate: msJsonDateOrNull(user.EndDate),
      PictureUri: user.PictureUri,
      Description: user.Description,
      OfficeNumber: user.OfficeNumber,
    },
  }
}
