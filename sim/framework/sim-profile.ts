// Sizes of the simulated tenants. `small` keeps tests fast; `large` is the bench-sized tenant.
// Every collection has enough records to carry each kind of hostile value at least once.

export const SIM_PROFILE_NAMES = ['small', 'large'] as const
export type SimProfileName = (typeof SIM_PROFILE_NAMES)[number]

export interface SimProfile {
  readonly name: SimProfileName
  readonly identity: { readonly users: number; readonly organizations: number; readonly roles: number }
  readonly sws: {
    readonly users: number
    readonly policies: number
    /** Includes the two named long sessions. */
    readonly sessions: number
    /** Mean step count of the sessions other than the named long ones. */
    readonly meanStepsPerSession: number
    readonly activities: number
  }
  readonly sps: { readonly localUsers: number; readonly customUsergroups: number; readonly auditSessions: number }
}

const SMALL: SimProfile = {
  name: 'small',
  identity: { users: 300, organizations: 24, roles: 14 },
  sws: { users: 80, policies: 24, sessions: 240, meanStepsPerSession: 30, activities: 400 },
  sps: { localUsers: 16, customUsergroups: 10, auditSessions: 400 },
}

// 19,998 ordinary sessions × 48.25 steps + 10,000 + 25,000 ≈ 1,000,000 steps.
const LARGE: SimProfile = {
  name: 'large',
  identity: { users: 100_000, organizations: 500, roles: 60 },
  sws: { users: 5_000, policies: 200, sessions: 20_000, meanStepsPerSession: 48.25, activities: 30_000 },
  sps: { localUsers: 200, customUsergroups: 40, auditSessions: 50_000 },
}

export function simProfile(name: SimProfileName): SimProfile {
  return name === 'large' ? LARGE : SMALL
}

export function isSimProfileName(value: string): value is SimProfileName {
  return (SIM_PROFILE_NAMES as readonly string[]).includes(value)
}
