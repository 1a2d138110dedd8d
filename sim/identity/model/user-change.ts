import type { IdentityData } from '../data/identity-data'
import type { IdentityUser } from '../data/identity-users'
import { sendMessage } from './outbox'

/** Stores a change, stamping LastModifiedDate and Version as every change of a user does. */
export function changeUser(data: IdentityData, user: IdentityUser, change: (draft: IdentityUser) => IdentityUser, now: number): IdentityUser {
  const next = { ...change(user), Version: user.Version + 1, LastModifiedDate: now }
  data.users.put(user.Uuid, next)
  return next
}

/** An invitation to the addresses the user has (CreateUser's SendEmailInvite / SendSmsInvite, imports). */
export function sendInvitations(data: IdentityData, user: IdentityUser, channels: { email: boolean; sms: boolean }, now: number): void {
  if (channels.email && user.Mail) sendMessage(data, now, { channel: 'Email', kind: 'Invitation', to: user.Mail, userUuid: user.Uuid, details: {} })
  if (channels.sms && user.MobileNumber) sendMessage(data, now, { channel: 'SMS', kind: 'Invitation', to: user.MobileNumber, userUuid: user.Uuid, details: {} })
}
