import { z } from 'zod/mini'
import { requiredReasonSchema } from './reason'

/**
 * One person across vendors, found from their CyberArk Identity user. Every match names the
 * rule it used, so nothing is joined silently; each section says why it is empty.
 */

/** found: matches listed; none: looked, nothing matched; not-connected / forbidden: not looked; failed: the vendor failed. */
export type FootprintState = 'found' | 'none' | 'not-connected' | 'forbidden' | 'failed'

export interface FootprintSection<T> {
  state: FootprintState
  /** The matching rule in words, e.g. "SWS username equals the Identity login". */
  matchedOn: string
  /** Why the section is empty or failed, in words (the vendor's message where there is one). */
  message: string | null
  items: T[]
}

export interface PersonIdentity {
  id: string
  username: string
  displayName: string
  email: string | null
  enabled: boolean
  cloudLocked: boolean
}

export interface PersonSwsUser {
  id: string
  username: string
  fullName: string
  status: string
  role: string
  lastLoginAt: string | null
  /** Which Identity value this SWS user matched: the login or the email address. */
  matchedField: 'login' | 'email'
}

export interface PersonSwsSession {
  id: string
  application: string | null
  startedAt: string | null
  endedAt: string | null
  stepsCount: number | null
  flagged: boolean
}

export interface PersonSpsLocalUser {
  key: string
  name: string
  /** Usergroups the local user is a member of (names). */
  usergroups: string[]
}

export interface PersonSpsAuditedSession {
  id: string
  protocol: string | null
  server: string | null
  startedAt: string | null
  verdict: string | null
  /** Which username of the session matched: the gateway (authenticated) or the server login. */
  matchedField: 'gateway' | 'server'
}

export interface PersonFootprint {
  identity: PersonIdentity
  /** The name other vendors are matched on: the Identity login without its `@suffix`. */
  login: string
  swsUser: FootprintSection<PersonSwsUser>
  swsSessions: FootprintSection<PersonSwsSession>
  spsLocalUser: FootprintSection<PersonSpsLocalUser>
  spsAuditedSessions: FootprintSection<PersonSpsAuditedSession>
}

export const LEAVER_STEP_IDS = ['identity-disable', 'identity-sign-out', 'sws-deactivate', 'sps-remove-from-usergroups'] as const
export type LeaverStepId = (typeof LEAVER_STEP_IDS)[number]

/**
 * planned: will run; already-done: the vendor already shows the goal; not-applicable: nothing
 * to do there (no match, no connection); done / failed: after running; blocked: cannot run now.
 */
export type LeaverStepState = 'planned' | 'already-done' | 'not-applicable' | 'blocked' | 'done' | 'failed'

export interface LeaverStep {
  id: LeaverStepId
  title: string
  /** What exactly will change, e.g. "Remove mark.lee from 2 usergroups: ops, dba (one SPS commit)". */
  detail: string
  state: LeaverStepState
  /** Why it is not applicable, blocked or failed — the vendor's words where it spoke. */
  message: string | null
}

export interface LeaverPlan {
  userId: string
  steps: LeaverStep[]
}

export interface LeaverRun extends LeaverPlan {
  runId: string
  /** 1 for the first run, then one more for each retry. */
  attempt: number
  finishedAt: string
  /** True when every step is done, already done or not applicable. */
  complete: boolean
}

export const IDENTITY_LEAVER_ACTIONS = ['disable', 'lock'] as const
export type IdentityLeaverAction = (typeof IDENTITY_LEAVER_ACTIONS)[number]

export const leaverRunRequestSchema = z.object({
  reason: requiredReasonSchema,
  /** Disable the Identity account (default) or only lock it. */
  identityAction: z._default(z.enum(IDENTITY_LEAVER_ACTIONS, 'Use disable or lock'), 'disable'),
})
export type LeaverRunRequest = z.input<typeof leaverRunRequestSchema>

export const leaverRetryRequestSchema = z.object({ reason: requiredReasonSchema })
export type LeaverRetryRequest = z.infer<typeof leaverRetryRequestSchema>
