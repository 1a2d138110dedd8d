import type { AuditAction, AuditResult } from '@contract/audit-log'

/** What each audit action means, in words; the table and filter also show the action's code. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  'auth.sign-in': 'Sign-in',
  'auth.sign-out': 'Sign-out',
  'auth.mfa-enrol': 'MFA enrolled',
  'auth.mfa-disable': 'MFA disabled',
  'auth.reauth': 'Re-authenticated',
  'operator.create': 'Operator created',
  'operator.update-roles': 'Operator roles changed',
  'operator.disable': 'Operator disabled',
  'operator.enable': 'Operator enabled',
  'operator.reset-password': 'Operator password reset',
  'operator.reset-mfa': 'Operator MFA reset',
  'tenant.create': 'Tenant created',
  'tenant.delete': 'Tenant deleted',
  'connection.save': 'Connection saved',
  'connection.delete': 'Connection removed',
  'connection.test': 'Connection tested',
  'audit.export': 'Audit log exported',
  'audit.verify': 'Audit chain verified',
}

export const AUDIT_RESULT_LABELS: Record<AuditResult, string> = {
  success: 'Success',
  failure: 'Failure',
  denied: 'Denied',
}
